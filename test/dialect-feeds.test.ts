// RSS and Atom as the tools of the world write them (issue 28): each fixture in test/fixtures/dialect-* is the
// shape one CMS, feed library or platform writes, and each test asserts what a reader sees of it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cards, cardTitles, failedList, loadedList, testFeed } from './helpers.js';

const summaries = (list: Element) => cards(list).map((card) => card.querySelector('[part="summary"]')?.textContent?.trim() ?? '');
const dates = (list: Element) => cards(list).map((card) => card.querySelector('time')?.textContent ?? '');
/** Each story's photo, as its card's img src gets it (a card hides a photo that fails to load: these hosts are not reachable here). */
const images = (detail: { feed: { stories: { image?: string }[] } }) => detail.feed.stories.map((story) => story.image ?? '');
const alts = (detail: { feed: { stories: { imageAlt: string }[] } }) => detail.feed.stories.map((story) => story.imageAlt);
const links = (list: Element) => cards(list).map((card) => card.querySelector('a')?.getAttribute('href') ?? '');

/** What a reader must never see on a card: a tag, or a character reference left undecoded. */
function expectNoMarkup(list: Element) {
  for (const card of cards(list)) {
    expect(card.textContent, card.textContent!).to.not.match(/<[a-z/!]|&(?:[a-z]+|#\d+|#x[\da-f]+);/i);
  }
}

/** The feed read by a reader in `timezoneId` (Chromium and Firefox; WebKit's runs read in New York). */
async function readIn(timezoneId: string, attributes: Record<string, string>) {
  await executeServerCommand('emulate-timezone', { timezoneId });
  try {
    return await loadedList(attributes);
  } finally {
    await executeServerCommand('emulate-timezone', { timezoneId: '' });
  }
}

describe('RSS dialects', () => {
  it("reads RSS 2.0 in UserLand's default namespace, on the publisher's day for a reader in Tokyo", async () => {
    const { list, detail } = await readIn('Asia/Tokyo', { src: testFeed('dialect-userland-rss2.xml'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal(["Apprentices in Cox's Bazar", 'A note on welding']);
    expect(summaries(list)).to.deep.equal(['Twelve apprentices started work this week.', 'Welding classes open in April.']);
    expect(links(list)).to.deep.equal([
      'http://scripting.example.org/2024/03/05/apprentices',
      'http://scripting.example.org/2024/03/01/welding',
    ]);
    // 23:30 on 5 March at -05:00 is 6 March in Tokyo: the card shows the day the publisher wrote.
    expect(dates(list)).to.deep.equal(['5 March 2024', '1 March 2024']);
    expect(detail.feed.title).to.equal('Scripting News – Skills');
    expect(detail.feed.stories[0].tags).to.deep.equal(['Bangladesh']);
    expectNoMarkup(list);
  });

  it('reads RSS 0.91 (a doctype, no guid, no dates, escaped HTML descriptions)', async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-rss091.xml'), lang: 'en' });
    expect(detail.skipped).to.equal(0);
    expect(cardTitles(list)).to.deep.equal(['Tailoring course graduates 30', 'Café workers & electricians certified']);
    expect(summaries(list)).to.deep.equal(['Thirty tailors graduated & found work. More inside.', 'Plain words only.']);
    expect(links(list)).to.deep.equal([
      'https://oldnews.example.org/stories/tailoring.html',
      'https://oldnews.example.org/stories/electricians.html',
    ]);
    // The channel's logo is no story's photo.
    expect(images(detail)).to.deep.equal(['', '']);
    expectNoMarkup(list);
  });

  it('reads RSS 0.92: an item of only a description is headed by its words, an audio enclosure is no photo', async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-rss092.xml'), lang: 'en' });
    expect(detail.skipped).to.equal(0);
    const [untitled, podcast] = cardTitles(list);
    expect(untitled).to.match(/^Bricklayers in Antananarivo finished their first wall today, .*…$/);
    expect(summaries(list)[0]).to.match(/^….*Toamasina\.$/);
    expect(podcast).to.equal('Podcast: the welding school');
    expect(links(list)).to.deep.equal(['https://radio.example.org/2024/03/06.html#a1', 'https://radio.example.org/2024/03/05.html#a2']);
    expect(images(detail)).to.deep.equal(['', '']);
    expectNoMarkup(list);
  });

  it("reads RSS 1.0 (RDF): items beside the channel, dc:date, content:encoded's picture, the feed language", async () => {
    const { list, detail } = await readIn('America/Los_Angeles', { src: testFeed('dialect-rss1-rdf.xml'), locale: 'en' });
    expect(cardTitles(list)).to.deep.equal(['溶接の研修が始まりました', '縫製の卒業式']);
    expect(summaries(list)).to.deep.equal(['二十人の研修生が溶接を学びます。', '卒業おめでとうございます。']);
    expect(links(list)).to.deep.equal(['https://rdf.example.jp/2024/03/welding.html', 'https://rdf.example.jp/2024/02/sewing.html']);
    // 23:30 in Japan is 06:30 the same day in Los Angeles' morning... of the day before: the written day stands.
    expect(dates(list)).to.deep.equal(['5 March 2024', '20 February 2024']);
    // The picture of content:encoded, resolved against the item's link.
    expect(images(detail)).to.deep.equal(['https://rdf.example.jp/images/welding.jpg', '']);
    expect(alts(detail)).to.deep.equal(['溶接の研修', '']);
    expect(detail.feed.stories[0].authors).to.deep.equal(['山田花子']);
    expect(cards(list)[0].getAttribute('lang')).to.equal('ja');
    expectNoMarkup(list);
  });
});

describe('XML that is no feed explains itself', () => {
  it('names what it found: a root that is no feed, or an <rss> without its <channel>', async () => {
    const opml = await failedList({ src: testFeed('dialect-opml.xml'), lang: 'en' });
    expect(opml.detail.kind).to.equal('not-xml-feed');
    expect(opml.detail.message).to.match(/: its root element <opml> is not RSS's <rss> or <rdf:RDF>, nor Atom's <feed>\.$/);
    const lost = await failedList({ src: testFeed('dialect-rss-no-channel.xml'), lang: 'en' });
    expect(lost.detail.message).to.match(/: its <rss> element holds no <channel>\.$/);
  });
});
