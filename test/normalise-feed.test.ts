import { expect } from '@open-wc/testing';
import { FeedError } from '../packages/core/src/feed/feed-error.js';
import { parseStoryDate } from '../packages/core/src/feed/parse-date.js';
import { FeedDocument, normaliseFeed } from '../packages/core/src/feed/normalise-feed.js';
import type { Story } from '../packages/core/src/feed/story.js';
import { SAMPLE_FEED, testFeed } from './helpers.js';

const feedUrl = 'https://feeds.example.org/impact/feed.json';
const readJson = async (url: string) => (await fetch(url)).json();

describe('normaliseFeed', () => {
  describe('a good feed (the sample)', () => {
    it('keeps all 20 stories with their projects, countries, credits and media contact', async () => {
      const feed = normaliseFeed(await readJson(SAMPLE_FEED), new URL(SAMPLE_FEED, location.href).href);
      expect(feed.stories).to.have.length(20);
      expect(feed.skipped).to.deep.equal([]);
      expect(feed.stories.filter((story) => story.project === 'Skills 21')).to.have.length(6);
      const turkiye = feed.stories.find((story) => story.title === 'Skills and lifelong learning: A path to a positive future')!;
      expect(turkiye.imageCredit).to.equal('© Kıvanç Özvardar / ILO 2022');
      expect(turkiye.imageAlt).to.have.length.above(0);
      expect(turkiye.imageAlt).to.not.equal(turkiye.imageCredit);
      expect(turkiye.countries).to.deep.equal(['Türkiye']);
      expect(feed.mediaContact).to.deep.equal({ name: 'ILO Newsroom', email: 'newsroom@ilo.org', url: undefined });
    });

    it('resolves relative image URLs against the feed URL', async () => {
      const feed = normaliseFeed(await readJson(SAMPLE_FEED), feedUrl);
      expect(feed.stories[0]!.image).to.equal('https://feeds.example.org/impact/images/skills21-sewing-machine.svg');
    });
  });

  describe('a messy feed', () => {
    let feed: ReturnType<typeof normaliseFeed>;
    before(async () => {
      feed = normaliseFeed(await readJson(testFeed('messy-feed.json')), feedUrl);
    });

    it('keeps the items that can be shown, in feed order', () => {
      expect(feed.stories.map((story) => story.id)).to.deep.equal(['42', 'full-timestamp', 'bad-date']);
    });

    it('reads a date-only date_published as that calendar day', () => {
      expect(feed.stories[0]!.published).to.deep.equal({ iso: '2021-08-03', time: Date.UTC(2021, 7, 3), day: Date.UTC(2021, 7, 3) });
    });

    it('reads a full timestamp as an instant, shown on the day it was written', () => {
      expect(feed.stories[1]!.published).to.include({ time: Date.UTC(2022, 6, 21, 7, 30), day: Date.UTC(2022, 6, 21) });
    });

    it("shows a static-site generator's midnight timestamp on the publisher's day, in any offset", () => {
      for (const [written, day] of [
        ['2020-12-03T00:00:00-06:00', Date.UTC(2020, 11, 3)],
        ['2020-12-03T00:00:00Z', Date.UTC(2020, 11, 3)],
        ['2020-12-03T23:30:00+14:00', Date.UTC(2020, 11, 3)],
        ['2020-12-03 23:30:00-10:00', Date.UTC(2020, 11, 3)],
      ] as const) {
        const date = parseStoryDate(written)!;
        expect(date.day, written).to.equal(day);
        expect(date.time, written).to.equal(Date.parse(written.replace(' ', 'T')));
      }
      expect(parseStoryDate('2020-12-03T00:00:00-06:00')!.iso).to.equal('2020-12-03T00:00:00-06:00');
    });

    it("shows a JSON Feed's RFC 822 date on the publisher's day, as an RSS one", () => {
      for (const [written, iso] of [
        ['Tue, 03 Jun 2025 23:30:00 -0400', '2025-06-03'],
        ['Tue, 03 Jun 2025 23:30:00 -0700', '2025-06-03'],
        ['Wed, 04 Jun 2025 00:30:00 +0900', '2025-06-04'],
      ] as const) {
        const date = parseStoryDate(written)!;
        expect(date.day, written).to.equal(Date.UTC(2025, 5, +iso.slice(8, 10)));
        expect(date.time, written).to.equal(Date.parse(written));
        // A card given this story reads the same day from it.
        expect(date.iso, written).to.equal(iso);
      }
    });

    it('drops an impossible date but keeps the story', () => {
      expect(feed.stories[2]!.published).to.equal(undefined);
    });

    it('splits countries and tags given as strings, trims and removes duplicates', () => {
      expect(feed.stories[0]!.countries).to.deep.equal(['Bangladesh', 'Nepal']);
      expect(feed.stories[1]!.tags).to.deep.equal(['skills', 'youth']);
    });

    it('collapses whitespace in titles and names, and trims summaries', () => {
      expect(feed.title).to.equal('Messy feed');
      expect(feed.stories[0]!.title).to.equal('A story with a numeric id');
      // A summary keeps its inner whitespace: the page collapses it when the card shows it.
      expect(feed.stories[1]!.summary).to.equal('Summary  with\n extra   whitespace.');
    });

    it('resolves relative story URLs and drops unsafe ones', () => {
      expect(feed.stories[0]!.url).to.equal('https://feeds.example.org/impact/stories/numeric-id.html');
      expect(feed.homePageUrl).to.equal(undefined);
      expect(feed.stories[2]!.image).to.equal(undefined);
    });

    it('keeps no alt text or credit for a story without a usable image', () => {
      expect(feed.stories[0]!.image).to.equal(undefined);
      expect(feed.stories[2]!.imageCredit).to.equal('');
      expect(feed.stories[1]).to.include({ imageAlt: 'A bricklayer at work', imageCredit: '© Someone / ILO' });
    });

    it('reports every skipped item with its position and reason', () => {
      expect(feed.skipped).to.deep.equal([
        { index: 2, id: 'no-title', reason: 'it has no title and no text' },
        { index: 3, id: undefined, reason: 'it has no id' },
        { index: 4, id: 'bad-url', reason: 'it has no http(s) url' },
        { index: 5, id: 'full-timestamp', reason: 'its id repeats an earlier item' },
        { index: 6, id: undefined, reason: 'it is not an object' },
      ]);
    });

    it('accepts a media contact given as a plain e-mail address', () => {
      expect(feed.mediaContact).to.deep.equal({ name: undefined, email: 'press@example.org', url: undefined });
    });
  });

  describe('a broken feed', () => {
    const notAFeed = (json: unknown) => {
      try {
        normaliseFeed(json, feedUrl);
      } catch (error) {
        return error as FeedError;
      }
      throw new Error('expected normaliseFeed to throw');
    };

    it('rejects JSON that is not a JSON Feed, saying what it found', async () => {
      const error = notAFeed(await readJson(testFeed('not-a-feed.json')));
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('not-json-feed');
      expect(error.message).to.equal(
        `The file at ${feedUrl} is JSON but not a JSON Feed: it needs an "items" list and a jsonfeed.org "version".`,
      );
    });

    it('rejects a list, null and a string', () => {
      for (const json of [[], null, 'feed']) expect(notAFeed(json).kind).to.equal('not-json-feed');
    });

    it('rejects a feed whose version is not JSON Feed', () => {
      expect(notAFeed({ version: 'https://example.org/other', items: [] }).kind).to.equal('not-json-feed');
    });

    it('accepts an empty feed', () => {
      expect(normaliseFeed({ version: 'https://jsonfeed.org/version/1', items: [] }, feedUrl).stories).to.deep.equal([]);
    });
  });
});

const everyStory = () => true;
const ids = (stories: Story[] | undefined) => stories?.map((story) => story.id);

/** Items dated one day apart, newest first, in the given date shape. */
function items(count: number, date: (day: string) => string = (day) => day) {
  return Array.from({ length: count }, (_, index) => ({
    id: `s${index}`,
    url: `https://example.org/${index}`,
    title: `Story ${index}`,
    date_published: date(new Date(Date.UTC(2024, 0, 1) - index * 86_400_000).toISOString().slice(0, 10)),
    _impact: { project: index % 2 ? 'Odd' : 'Even' },
  }));
}

const json = (list: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  items: list,
  ...extra,
});

describe('FeedDocument', () => {
  it('gives the same whole feed as normaliseFeed, with its own fields read at once', () => {
    const source = json(items(5), { title: 'Stories', next_url: 'page-2.json' });
    const document = new FeedDocument(source, feedUrl);
    expect(document.head.nextUrl).to.equal('https://feeds.example.org/impact/page-2.json');
    expect(document.feed()).to.deep.equal(normaliseFeed(source, feedUrl));
    expect(document.feed()).to.equal(document.feed());
  });

  it('throws a FeedError for JSON that is not a JSON Feed', () => {
    expect(() => new FeedDocument({ items: 'none' }, feedUrl)).to.throw(FeedError);
  });

  it('reads only as many items as the first stories need, when the feed is newest first', () => {
    let titlesRead = 0;
    const counted = items(1000).map((item) => ({
      ...item,
      get title() {
        titlesRead++;
        return item.title;
      },
    }));
    const document = new FeedDocument(json(counted), feedUrl);
    expect(ids(document.firstStories(3, everyStory))).to.deep.equal(['s0', 's1', 's2']);
    expect(titlesRead).to.be.below(10);
    expect(document.feed().stories).to.have.length(1000);
    expect(titlesRead).to.equal(1000);
  });

  it('reads the rest for as long as it is given, to the same whole feed', () => {
    const source = json(items(25));
    const document = new FeedDocument(source, feedUrl);
    expect(document.readAhead(0)).to.equal(false);
    expect(document.firstStories(25, everyStory)).to.have.length(25);
    expect(document.whole).to.equal(undefined);
    expect(document.readAhead(1000)).to.equal(true);
    expect(document.feed()).to.deep.equal(normaliseFeed(source, feedUrl));
  });

  it('keeps reading until enough stories match, skipping bad and repeated items as the whole feed does', () => {
    const list: unknown[] = items(8);
    (list[0] as { title: string }).title = '';
    list[3] = { ...(list[1] as object), date_published: (list[3] as { date_published: string }).date_published };
    const document = new FeedDocument(json(list), feedUrl);
    expect(ids(document.firstStories(3, (story) => story.project === 'Odd'))).to.deep.equal(['s1', 's5', 's7']);
    expect(ids(document.firstStories(9, everyStory))).to.deep.equal(ids(document.feed().stories));
  });

  it('says nothing when only a full read can tell the order', () => {
    const cases: Record<string, unknown[]> = {
      'out of order': [...items(3)].reverse(),
      'an undated item': [...items(3), { id: 'x', url: 'https://example.org/x', title: 'Undated' }],
      // Newest first as text, not in time: 01:00 at +02:00 is 23:00 UTC, half an hour before the next item.
      'offsets out of order in time': items(2, (day) => (day.startsWith('2024') ? `${day}T01:00:00+02:00` : `${day}T23:30:00Z`)),
      'a date with spaces': items(3, (day) => ` ${day}`),
    };
    for (const [name, list] of Object.entries(cases)) {
      expect(new FeedDocument(json(list), feedUrl).firstStories(2, everyStory), name).to.equal(undefined);
    }
  });

  it('trusts dates newest first in time, whatever their shapes and offsets (daylight saving changes them)', () => {
    const cases: Record<string, unknown[]> = {
      'date shapes mixed': items(3, (day) => (day.endsWith('1') ? `${day}T12:00:00Z` : day)),
      'time zones mixed': items(3, (day) => `${day}T12:00:00${day.endsWith('1') ? 'Z' : '+02:00'}`),
      'summer and winter time': items(3, (day) => `${day}T09:00:00${day.endsWith('1') ? '-05:00' : '-04:00'}`),
    };
    for (const [name, list] of Object.entries(cases)) {
      expect(ids(new FeedDocument(json(list), feedUrl).firstStories(2, everyStory)), name).to.deep.equal(['s0', 's1']);
    }
  });

  it('trusts one consistent shape of date and time', () => {
    const document = new FeedDocument(json(items(4, (day) => `${day}T08:30:00+02:00`)), feedUrl);
    expect(ids(document.firstStories(2, everyStory))).to.deep.equal(['s0', 's1']);
  });

  it('says nothing when a first story has a date that is not a real day', () => {
    const list = items(4);
    list[1]!.date_published = '2023-12-32';
    expect(new FeedDocument(json(list), feedUrl).firstStories(3, everyStory)).to.equal(undefined);
  });
});
