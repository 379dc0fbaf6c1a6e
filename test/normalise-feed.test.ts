import { expect } from '@open-wc/testing';
import { FeedError } from '../src/feed/feed-error.js';
import { normaliseFeed } from '../src/feed/normalise-feed.js';
import { fixture, SAMPLE_FEED } from './helpers.js';

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
      expect(turkiye.imageAlt).to.not.be.empty;
      expect(turkiye.imageAlt).to.not.equal(turkiye.imageCredit);
      expect(turkiye.countries).to.deep.equal(['Türkiye']);
      expect(feed.mediaContact).to.deep.equal({ name: 'ILO Newsroom', email: 'newsroom@ilo.org', url: undefined });
    });

    it('resolves relative image URLs against the feed URL', async () => {
      const feed = normaliseFeed(await readJson(SAMPLE_FEED), feedUrl);
      expect(feed.stories[0].image).to.equal('https://feeds.example.org/impact/images/skills21-sewing-machine.svg');
    });
  });

  describe('a messy feed', () => {
    let feed: ReturnType<typeof normaliseFeed>;
    before(async () => {
      feed = normaliseFeed(await readJson(fixture('messy-feed.json')), feedUrl);
    });

    it('keeps the items that can be shown, in feed order', () => {
      expect(feed.stories.map((story) => story.id)).to.deep.equal(['42', 'full-timestamp', 'bad-date']);
    });

    it('reads a date-only date_published as that calendar day', () => {
      expect(feed.stories[0].published).to.deep.equal({ iso: '2021-08-03', time: Date.UTC(2021, 7, 3), dateOnly: true });
    });

    it('reads a full timestamp as an instant', () => {
      expect(feed.stories[1].published).to.include({ iso: '2022-07-21T07:30:00.000Z', dateOnly: false });
    });

    it('drops an impossible date but keeps the story', () => {
      expect(feed.stories[2].published).to.equal(undefined);
    });

    it('splits countries and tags given as strings, trims and removes duplicates', () => {
      expect(feed.stories[0].countries).to.deep.equal(['Bangladesh', 'Nepal']);
      expect(feed.stories[1].tags).to.deep.equal(['skills', 'youth']);
    });

    it('collapses whitespace in titles and names, and trims summaries', () => {
      expect(feed.title).to.equal('Messy feed');
      expect(feed.stories[0].title).to.equal('A story with a numeric id');
      // A summary keeps its inner whitespace: the page collapses it when the card shows it.
      expect(feed.stories[1].summary).to.equal('Summary  with\n extra   whitespace.');
    });

    it('resolves relative story URLs and drops unsafe ones', () => {
      expect(feed.stories[0].url).to.equal('https://feeds.example.org/impact/stories/numeric-id.html');
      expect(feed.homePageUrl).to.equal(undefined);
      expect(feed.stories[2].image).to.equal(undefined);
    });

    it('keeps no alt text or credit for a story without a usable image', () => {
      expect(feed.stories[0].image).to.equal(undefined);
      expect(feed.stories[2].imageCredit).to.equal('');
      expect(feed.stories[1]).to.include({ imageAlt: 'A bricklayer at work', imageCredit: '© Someone / ILO' });
    });

    it('reports every skipped item with its position and reason', () => {
      expect(feed.skipped).to.deep.equal([
        { index: 2, id: 'no-title', reason: 'it has no title' },
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
      const error = notAFeed(await readJson(fixture('not-a-feed.json')));
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
