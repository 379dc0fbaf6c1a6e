import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { attach, cards, cardTitles, consoleWarnings, createList, failedList, loadedList, statusText, testFeed } from './helpers.js';

const summaries = (list: Element) => cards(list).map((card) => card.querySelector('[part="summary"]')?.textContent ?? '');
const dates = (list: Element) => cards(list).map((card) => card.querySelector('time')?.textContent ?? '');
const images = (list: Element) => cards(list).map((card) => card.querySelector('img')?.getAttribute('src') ?? '');

/** A list reading `body`, served as `type`, through its fetcher. */
async function listReading(body: string, type: string, attributes: Record<string, string> = {}) {
  const list = createList({ lang: 'en', ...attributes });
  (list as unknown as { fetcher: typeof fetch }).fetcher = async () => new Response(body, { headers: { 'content-type': type } });
  list.setAttribute('src', '/feed');
  const settled = new Promise<CustomEvent>((resolve) => {
    list.addEventListener('impact-stories-load', resolve as EventListener, { once: true });
    list.addEventListener('impact-stories-error', resolve as EventListener, { once: true });
  });
  attach(list);
  const event = await settled;
  await list.updateComplete;
  return { list, event };
}

describe('JSON Feeds as real publishers write them', () => {
  describe('a micro.blog-style feed whose posts have no title', () => {
    it('heads each post with the start of its text, cut at a word, and goes on with the rest in the summary', async () => {
      const { list, detail } = await loadedList({ src: testFeed('untitled-feed.json'), lang: 'en' });
      expect(detail.total).to.equal(2);
      expect(detail.skipped).to.equal(1);
      const [short, long] = cardTitles(list);
      // content_text's Markdown link is reduced to its words; a post that fits is its own heading.
      expect(short).to.equal('Short note: the new workshop opens on Monday.');
      expect(summaries(list)[0]).to.equal('');
      expect(long!.length).to.be.at.most(101);
      expect(long).to.match(/^Today I walked to the training centre .*[a-z]…$/);
      expect(long).to.not.contain('<p>');
      const rest = summaries(list)[1]!;
      expect(rest.startsWith('…')).to.equal(true);
      expect(rest.length).to.be.at.most(601);
      expect(rest).to.not.match(/<p>|\]\(/);
      // Each post keeps one link: its heading.
      for (const card of cards(list)) expect(card.querySelectorAll('a')).to.have.length(1);
      expect(cards(list)[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://micro.example.org/2024/03/03/short.html');
      await expect(list).to.be.accessible();
    });

    it('keeps a long post from making a tall card', async () => {
      const { list } = await loadedList({ src: testFeed('untitled-feed.json') });
      const long = cards(list)[1]!;
      expect(long.getBoundingClientRect().height).to.be.below(600);
    });
  });

  it('reads a link blog: external_url links, character references decoded, and still shown as text', async () => {
    const { list } = await loadedList({ src: testFeed('link-blog-feed.json'), lang: 'en' });
    expect(cardTitles(list)[0]).to.equal('Skills & jobs: ‘a quiet revolution’');
    expect(summaries(list)[0]).to.equal("Why Bangladesh's TVET reform matters — and what’s next. Text with a literal < sign stays.");
    expect(cards(list)[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example.org/skills');
    expect(cards(list)[0]!.querySelector('[part~="title"] *:not(a)')).to.equal(null);
  });

  it('reads an Eleventy feed with content_html only: words through an inert document, nothing run, the banner image', async () => {
    // A reader in Los Angeles, behind every offset in the feed (WebKit runs in New York, also behind them).
    await executeServerCommand('emulate-timezone', { timezoneId: 'America/Los_Angeles' });
    let loaded;
    try {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.match(/^America\/(Los_Angeles|New_York)$/);
      loaded = await loadedList({ src: testFeed('eleventy-feed.json'), lang: 'en' });
    } finally {
      await executeServerCommand('emulate-timezone', { timezoneId: '' });
    }
    const { list, detail } = loaded;
    expect(detail.total).to.equal(2);
    expect(summaries(list)).to.deep.equal(['Intro The cohort graduated this week. Next: placements.', 'Hello & welcome.']);
    expect(cards(list)[0]!.querySelector('strong, script, style')).to.equal(null);
    expect(images(list)[0]).to.match(/\/sample\/images\/skills21-training-workshop\.svg$/);
    // Stamped at midnight in the publisher's offset: 3 December for every reader. No date_published: date_modified.
    expect(dates(list)).to.deep.equal(['3 December 2020', '20 November 2020']);
    await expect(list).to.be.accessible();
  });

  it('reads a podcast: the first image attachment is the photo, audio ones are not', async () => {
    const { list } = await loadedList({ src: testFeed('podcast-feed.json'), lang: 'en' });
    expect(images(list)[0]).to.match(/\/sample\/images\/skills21-instructor-whiteboard\.svg$/);
    expect(images(list)[1]).to.equal('');
    expect(summaries(list)[1]).to.equal('Welcome to the show.');
    expect(dates(list)).to.deep.equal(['15 January 2024', '1 January 2024']);
  });
});

describe('feeds that could freeze a page', () => {
  const huge = 'word '.repeat(210_000);

  it('cuts a 1 MiB title, summary, credit, project and country before they are laid out', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: 'huge',
          url: 'https://www.example.org/huge',
          title: huge,
          summary: huge,
          date_published: '2024-01-01',
          image: '/sample/images/skills21-sewing-machine.svg',
          _impact: { project: huge, countries: [huge], image_credit: huge, image_alt: huge },
        },
      ],
    };
    const { list, event } = await listReading(JSON.stringify(feed), 'application/feed+json');
    expect(event.type).to.equal('impact-stories-load');
    const card = cards(list)[0]!;
    expect(card.querySelector('[part~="title"]')!.textContent!.trim().length).to.be.at.most(201);
    expect(card.querySelector('[part="summary"]')!.textContent!.length).to.be.at.most(601);
    expect(card.querySelector('[part="credit"]')!.textContent!.length).to.be.below(260);
    expect(card.querySelector('img')!.alt.length).to.be.at.most(201);
    expect(card.textContent!.length).to.be.below(2000);
    expect(card.getBoundingClientRect().height).to.be.below(1000);
  });
});

describe('RSS and Atom feeds', () => {
  it('reads a WordPress RSS 2.0 feed with Media RSS: titles, links, days, summaries, photos, credits and tags', async () => {
    const { list, detail } = await loadedList({ src: testFeed('wordpress-rss.xml'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal([
      'Apprentices & employers meet in Dhaka',
      'A workshop without a photo',
      'Photo as an enclosure',
    ]);
    expect(cards(list).map((card) => card.querySelector('a')!.getAttribute('href'))).to.deep.equal([
      'https://partner.example.org/2024/04/apprentices-employers/',
      'https://partner.example.org/2024/03/workshop/',
      'https://partner.example.org/2024/02/enclosure/',
    ]);
    // 23:30 on 1 April in the publisher's offset (-06:00) is already 2 April in UTC: readers see 1 April.
    expect(dates(list)).to.deep.equal(['1 April 2024', '15 March 2024', '1 February 2024']);
    expect(summaries(list)[0]).to.equal('Forty apprentices met employers at a job fair… Read more');
    expect(summaries(list)[1]).to.equal('Plain text description & an ampersand.');
    expect(images(list)[0]).to.match(/skills21-skills-certificate\.svg$/);
    expect(images(list)[1]).to.equal('');
    expect(images(list)[2]).to.match(/skills21-market-stall-entrepreneur\.svg$/);
    expect(cards(list)[0]!.querySelector('[part="credit"]')!.textContent).to.contain('© Partner / ILO');
    expect(detail.feed.stories[0]!.tags).to.deep.equal(['Skills', 'Bangladesh']);
    expect(detail.feed.title).to.equal('Partner news – Skills');
    await expect(list).to.be.accessible();
  });

  it('filters, groups and pages an RSS feed as it does a JSON Feed', async () => {
    const { list, detail } = await loadedList({ src: testFeed('wordpress-rss.xml'), tag: 'bangladesh', 'group-by': 'month', lang: 'en' });
    expect(detail.total).to.equal(1);
    expect(cardTitles(list)).to.deep.equal(['Apprentices & employers meet in Dhaka']);
    expect(list.shadowRoot!.querySelector('[part="group-heading"]')!.textContent!.trim()).to.equal('April 2024');
    const paged = await loadedList({ src: testFeed('wordpress-rss.xml'), 'page-size': '2' });
    expect(cards(paged.list)).to.have.length(2);
    expect(paged.list.shadowRoot!.querySelector('[part="load-more"]')).to.not.equal(null);
  });

  it('reads an Atom 1.0 feed: html and xhtml text, the enclosure photo, the day in its offset, the feed language', async () => {
    const { list, detail } = await loadedList({ src: testFeed('atom-feed.xml') });
    expect(cardTitles(list)).to.deep.equal(['Formation & emploi', 'Sans résumé']);
    expect(summaries(list)).to.deep.equal(['Des maçons formés à Antananarivo.', 'Un contenu XHTML.']);
    expect(cards(list)[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://atom.example.org/2024/05/formation');
    expect(images(list)[0]).to.match(/bricklayer-madagascar\.svg$/);
    expect(detail.feed.stories[0]!.published!.day).to.equal(Date.UTC(2024, 4, 1));
    expect(cards(list)[0]!.getAttribute('lang')).to.equal('fr');
    expect(detail.feed.stories[0]!.tags).to.deep.equal(['Madagascar']);
    await expect(list).to.be.accessible();
  });
});

describe('feeds that cannot be read', () => {
  const retry = (list: Element) => list.shadowRoot!.querySelector('[part="retry"]');

  for (const [what, file, kind, message] of [
    [
      'broken JSON, with where it broke',
      'broken-json.json',
      'not-json',
      /broken-json\.json \(content type application\/json[^)]*\) is not valid JSON: .+\./,
    ],
    ['an HTML page', 'not-json.html', 'not-json', /not-json\.html is an HTML page \(content type text\/html[^)]*\), not a feed/],
    [
      'RSS that is not well-formed XML',
      'broken-rss.xml',
      'not-xml-feed',
      /broken-rss\.xml is XML but not an RSS or Atom feed: it is not well-formed XML/,
    ],
  ] as const) {
    it(`says plainly that it is ${what}, tells the page author once in the console, and offers no Retry`, async () => {
      let failed!: Awaited<ReturnType<typeof failedList>>;
      const warnings = await consoleWarnings(async () => {
        failed = await failedList({ src: testFeed(file), lang: 'en' });
        await import('../packages/core/src/console-warnings.js');
      });
      expect(failed.detail.kind).to.equal(kind);
      expect(failed.detail.message).to.match(message);
      expect(statusText(failed.list)).to.contain('The stories could not be loaded.');
      expect(warnings).to.deep.equal([`impact-stories: ${failed.detail.message}`]);
      expect(retry(failed.list)).to.equal(null);
      expect(failed.list.querySelector('a') ?? failed.list.shadowRoot!.querySelector('slot')).to.not.equal(null);
      await expect(failed.list).to.be.accessible();
    });
  }

  it('offers Retry for a server error, which trying again can mend, and not for a missing feed', async () => {
    const unavailable = await failedList({ src: '/__test__/status/503' });
    expect(retry(unavailable.list)).to.not.equal(null);
    const tooMany = await failedList({ src: '/__test__/status/429' });
    expect(retry(tooMany.list)).to.not.equal(null);
    const missing = await failedList({ src: '/__test__/status/404' });
    expect(retry(missing.list)).to.equal(null);
  });
});

describe('bylines', () => {
  it("shows a story's authors (JSON Feed 1.1 authors, 1.0 author, RSS dc:creator), labelled for screen readers", async () => {
    const blog = await loadedList({ src: testFeed('link-blog-feed.json'), lang: 'en' });
    const byline = cards(blog.list)[1]!.querySelector('[part="byline"]')!;
    expect(byline.textContent).to.equal('Authors: Amal Haddad, Li Wei');
    expect(byline.querySelector('.visually-hidden')!.textContent).to.equal('Authors: ');
    expect(cards(blog.list)[0]!.querySelector('[part="byline"]')).to.equal(null);
    const micro = await loadedList({ src: testFeed('untitled-feed.json'), locale: 'fr' });
    expect(cards(micro.list)[0]!.querySelector('[part="byline"]')!.textContent).to.equal('Auteur\u00a0: Rahim Uddin');
    const rss = await loadedList({ src: testFeed('wordpress-rss.xml') });
    expect(rss.detail.feed.stories[0]!.authors).to.deep.equal(['Nusrat Jahan']);
    await expect(blog.list).to.be.accessible();
  });
});

describe('feeds written in less usual ways', () => {
  const atom = (entries: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>${entries}</feed>`;

  it('reads plain text with a "<" in it as text, and HTML titles in Atom as their words', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: '1', url: 'https://example.org/1', title: 'Maths', content_text: 'If a<b and b<c, then a<c.' }],
    });
    const { list } = await listReading(json, 'application/feed+json');
    expect(summaries(list)).to.deep.equal(['If a<b and b<c, then a<c.']);
    const feed = atom(`<entry><id>e</id><link href="https://example.org/e"/><title type="html">&lt;em&gt;New&lt;/em&gt; courses</title>
      <updated>2024-01-02T00:00:00Z</updated><content type="text">Use a &lt;script&gt; tag.</content></entry>`);
    const { list: atomList } = await listReading(feed, 'application/atom+xml');
    expect(cardTitles(atomList)).to.deep.equal(['New courses']);
    expect(summaries(atomList)).to.deep.equal(['Use a <script> tag.']);
  });

  it('links an Atom entry to its alternate link only, never to its self or enclosure link', async () => {
    const feed = atom(`<entry><id>a</id><title>Has one</title><updated>2024-01-02T00:00:00Z</updated>
        <link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/a"/></entry>
      <entry><id>b</id><title>Has none</title><updated>2024-01-01T00:00:00Z</updated>
        <link rel="enclosure" type="image/png" href="https://example.org/b.png"/></entry>`);
    const { list, event } = await listReading(feed, 'application/atom+xml');
    expect(cards(list).map((card) => card.querySelector('a')!.getAttribute('href'))).to.deep.equal(['https://example.org/a']);
    expect(event.detail.skipped).to.equal(1);
  });

  it('reads RFC 822 dates as publishers write them: one-digit hours, two-digit years, named zones', async () => {
    const item = (id: string, date: string) =>
      `<item><guid>${id}</guid><link>https://example.org/${id}</link><title>${id}</title><pubDate>${date}</pubDate></item>`;
    const rss = `<!-- generator: a CMS --><rss version="2.0"><channel><title>R</title>
      ${item('a', 'Sat, 2 Mar 2024 9:05:00 CET')}${item('b', '01 Feb 24 23:30 PST')}${item('c', 'Mon, 01 Jan 2024 00:00:00 +1400')}</channel></rss>`;
    const { list } = await listReading(rss, 'text/xml');
    expect(dates(list)).to.deep.equal(['2 March 2024', '1 February 2024', '1 January 2024']);
  });

  it('knows an HTML page that starts with a comment, or is served as text/html, and RSS served as text/html', async () => {
    const page = await listReading('<!-- build 42 -->\n<title>Not found</title><p>Gone.</p>', 'text/plain');
    expect(page.event.detail.message).to.match(/is an HTML page \(content type text\/plain\), not a feed/);
    const served = await listReading('<p>Sorry</p>', 'text/html; charset=utf-8');
    expect(served.event.detail.message).to.match(/is an HTML page/);
    const rss = await listReading(
      '<rss version="2.0"><channel><title>R</title><item><guid>x</guid><link>https://example.org/x</link><title>Read anyway</title></item></channel></rss>',
      'text/html',
    );
    expect(cardTitles(rss.list)).to.deep.equal(['Read anyway']);
  });

  it('reads an RSS feed of 3,000 items, a slice per task, into every story in order', async () => {
    const items = Array.from(
      { length: 3000 },
      (_, index) =>
        `<item><guid>i${index}</guid><link>https://example.org/${index}</link><title>Item ${index}</title><description>&lt;p&gt;Text ${index}&lt;/p&gt;</description><pubDate>${new Date(Date.UTC(2024, 0, 1) - index * 3_600_000).toUTCString()}</pubDate></item>`,
    ).join('');
    const { list, event } = await listReading(
      `<rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`,
      'application/rss+xml',
      {
        'page-size': '3',
      },
    );
    expect(cardTitles(list)).to.deep.equal(['Item 0', 'Item 1', 'Item 2']);
    expect(event.detail.total).to.equal(3000);
    expect(event.detail.feed.stories.at(-1).title).to.equal('Item 2999');
  });

  it('reads a large feed out of date order, and a rare filter in a large one, before showing the right first stories', async () => {
    const day = (index: number) => new Date(Date.UTC(2024, 0, 1) - index * 86_400_000).toISOString().slice(0, 10);
    // Oldest first: only a full read finds the newest.
    const items = Array.from({ length: 5000 }, (_, index) => ({
      id: `s${index}`,
      url: `https://example.org/${index}`,
      title: `Story ${index}`,
      content_html: `<p>Text of story ${index}</p>`,
      date_published: day(4999 - index),
      _impact: { project: index === 7 ? 'Rare' : 'Common' },
    }));
    const unsorted = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
    const { list } = await listReading(unsorted, 'application/feed+json', { 'page-size': '2' });
    expect(cardTitles(list)).to.deep.equal(['Story 4999', 'Story 4998']);
    const newestFirst = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [...items].reverse() });
    const rare = await listReading(newestFirst, 'application/feed+json', { project: 'Rare' });
    expect(cardTitles(rare.list)).to.deep.equal(['Story 7']);
    expect(rare.event.detail.total).to.equal(1);
  });

  it('keeps at most 20 countries and authors a story names, however many the feed lists', async () => {
    const many = Array.from({ length: 5000 }, (_, index) => `Country ${index}`);
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: '1',
          url: 'https://example.org/1',
          title: 'Everywhere',
          summary: 'A story from everywhere.',
          authors: many.map((name) => ({ name })),
          _impact: { project: 'P', countries: many.join(', ') },
        },
      ],
    });
    const { list, event } = await listReading(json, 'application/feed+json');
    const [story] = event.detail.feed.stories;
    expect(story.countries).to.have.length(20);
    expect(story.authors).to.have.length(20);
    expect(cards(list)[0]!.getBoundingClientRect().height).to.be.below(600);
  });
});
