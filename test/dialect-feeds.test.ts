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
    expect(detail.feed.stories[0]!.tags).to.deep.equal(['Bangladesh']);
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
    expect(detail.feed.stories[0]!.authors).to.deep.equal(['山田花子']);
    expect(cards(list)[0]!.getAttribute('lang')).to.equal('ja');
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

describe('photos as feeds give them', () => {
  it("reads a podcast's episode art (itunes:image), never its audio, and its itunes:summary", async () => {
    const { list, detail } = await readIn('Asia/Tokyo', { src: testFeed('dialect-podcast.xml'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal(['Episode 12: Welders of Dhaka', 'Episode 11: Tailors']);
    expect(summaries(list)).to.deep.equal(['We meet three welders who trained in Dhaka.', 'Tailors talk about their first orders.']);
    expect(images(detail)).to.deep.equal(['https://podcast.example.org/artwork/ep12.jpg', '']);
    expect(dates(list)).to.deep.equal(['5 March 2024', '20 February 2024']);
    expectNoMarkup(list);
  });

  it("reads a YouTube channel's Atom feed: the thumbnail and description in media:group", async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-youtube.xml'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal(['How a sewing cooperative started']);
    // Plain text, as written: "<3" is no tag.
    expect(summaries(list)).to.deep.equal(['Ten women, two machines & one idea. Subscribe <3']);
    expect(links(list)).to.deep.equal(['https://www.youtube.com/watch?v=abc123XYZ_0']);
    expect(images(detail)).to.deep.equal(['https://i4.ytimg.example/vi/abc123XYZ_0/hqdefault.jpg']);
    expect(dates(list)).to.deep.equal(['5 March 2024']);
  });

  it("reads Medium's RSS: the post's first figure from content:encoded, never its tracking pixel", async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-medium.xml'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal(['What apprentices taught us', 'A post without a picture']);
    expect(summaries(list)).to.deep.equal(['Apprentices taught us to listen first.', 'Only words here.']);
    expect(images(detail)).to.deep.equal(['https://cdn-images-1.medium.example.com/max/1024/1*abc.jpeg', '']);
    expect(alts(detail)).to.deep.equal(['Apprentices at a workbench', '']);
    expect(links(list)[0]).to.equal('https://medium.example.com/skills-stories/what-apprentices-taught-us-1a2b3c?source=rss----abc---4');
    expect(detail.feed.stories.map((story: { authors: string[] }) => story.authors)).to.deep.equal([['Amal Haddad'], ['Li Wei']]);
    expectNoMarkup(list);
  });

  it("reads Mastodon's RSS: untitled posts headed by their words, the photo and its description, no emoji as a photo", async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-mastodon.xml'), lang: 'en' });
    expect(detail.skipped).to.equal(0);
    expect(cardTitles(list)).to.deep.equal([
      'Our first class of #electricians graduated today!',
      'Short update: the tool library opens on Monday.',
    ]);
    expect(images(detail)).to.deep.equal(['https://files.social.example/media_attachments/files/112/044/original/abc.jpg', '']);
    expect(alts(detail)).to.deep.equal(['Twelve graduates hold up their certificates', '']);
    expect(dates(list)).to.deep.equal(['6 March 2024', '5 March 2024']);
    expectNoMarkup(list);
  });

  it("reads Blogger's Atom: its media:thumbnail, the alternate link among five, text titles with an ampersand", async () => {
    const { list, detail } = await readIn('Europe/Berlin', { src: testFeed('dialect-blogger.xml'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal(['Bricklayers & their first wall']);
    expect(summaries(list)).to.deep.equal(['The apprentices built their first wall.']);
    expect(links(list)).to.deep.equal(['https://skillsblog.example.com/2024/03/bricklayers.html']);
    expect(images(detail)).to.deep.equal(['https://blogger.googleusercontent.example/img/b/R29v/s72-c/wall.jpg']);
    // 21:30 at -08:00 is already 6 March in Berlin.
    expect(dates(list)).to.deep.equal(['5 March 2024']);
    expectNoMarkup(list);
  });

  it('reads Media RSS with neither medium nor type as a photo, unless it is a sound or video file', async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-untyped-media.xml'), lang: 'es' });
    expect(cardTitles(list)).to.deep.equal(['Soldadoras en Bilbao', 'Un vídeo del taller']);
    expect(images(detail)).to.deep.equal([
      'https://imagenes.example.es/resizer/AbC123=/800x600/smart/filters:format(jpg)/photo',
      'https://imagenes.example.es/thumbs/taller',
    ]);
    expect(detail.feed.stories[0]!.imageCredit).to.equal('EFE');
    expect(dates(list)).to.deep.equal(['5 de marzo de 2024', '4 de marzo de 2024']);
  });
});

describe("an item's first picture, where it declares none", () => {
  it('skips emoji, lazy-loading placeholders and tracking pixels, and resolves the picture against the link', async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-wordpress-content.xml'), lang: 'es' });
    expect(cardTitles(list)).to.deep.equal(['Carpinteras de Oaxaca – primera promoción', 'Aviso: horarios de marzo']);
    expect(summaries(list)[0]).to.equal('Quince carpinteras terminaron el curso “Madera y oficio” … Leer más');
    expect(images(detail)).to.deep.equal(['https://oficios.example.org/wp-content/uploads/2024/03/carpinteras-1024x683.jpg', '']);
    expect(alts(detail)).to.deep.equal(['Carpinteras en el taller', '']);
    expectNoMarkup(list);
  });
});

describe('micro.blog and other JSON Feeds of short posts', () => {
  it('never shows markup written into content_text, skips no post with words, and shows each post its photo', async () => {
    const { list, detail } = await readIn('Asia/Tokyo', { src: testFeed('dialect-microblog.json'), lang: 'en' });
    expect(detail.skipped).to.equal(0);
    expect(cardTitles(list)).to.deep.equal([
      'Sunset over the training centre.',
      // A photo post with no words is headed by its photo's description.
      'Twelve graduates with their certificates',
      'Lunch with the apprentices: rice & dal.',
      'https://example.org/report.pdf',
      'The new workshop in Sylhet',
      'Tool library',
    ]);
    expect(summaries(list).slice(4)).to.deep.equal([
      'The new workshop in Sylhet opened with twelve apprentices.',
      'The tool library lends drills and saws.',
    ]);
    // Photos from the posts' HTML, resolved against each post's address.
    expect(images(detail)).to.deep.equal([
      'https://rahim.micro.example/2024/03/06/uploads/2024/sunset.jpg',
      'https://rahim.micro.example/uploads/2024/graduates.jpg',
      '',
      '',
      '',
      'https://rahim.micro.example/uploads/2024/tools.jpg',
    ]);
    expect(dates(list).slice(0, 2)).to.deep.equal(['6 March 2024', '5 March 2024']);
    expectNoMarkup(list);
  });

  it('reads "a < b" in text as text, and a tag the HTML parser knows as markup', async () => {
    const { list } = await loadedList({ src: testFeed('dialect-microblog-text.json'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal(['If a < b and b<c, then a<c.', 'Certificates for all']);
    expect(summaries(list)).to.deep.equal(['', 'Twelve graduates, one photo.']);
    expect(cards(list)[1]!.textContent).to.not.contain('<');
  });
});

describe('what CMSs write', () => {
  it('Ghost: CDATA everywhere, a uuid guid, media:content', async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-ghost.xml'), lang: 'en' });
    expect(cardTitles(list)).to.deep.equal(['Plumbers of Nairobi']);
    expect(summaries(list)).to.deep.equal(['Eight plumbers, one new trade.']);
    expect(links(list)).to.deep.equal(['https://journal.example.org/plumbers-of-nairobi/']);
    expect(images(detail)).to.deep.equal(['https://journal.example.org/content/images/2024/03/plumbers.jpg']);
    expect(dates(list)).to.deep.equal(['5 March 2024']);
    expectNoMarkup(list);
  });

  it('Drupal: a site-relative picture resolved against the link, &nbsp; in escaped HTML', async () => {
    const { list, detail } = await loadedList({ src: testFeed('dialect-drupal.xml') });
    expect(cardTitles(list)).to.deep.equal(['Des menuisiers formés à Dakar']);
    expect(summaries(list)).to.deep.equal(['Vingt menuisiers ont reçu leur diplôme. Bravo !']);
    expect(images(detail)).to.deep.equal([
      'https://www.drupal-site.example.org/sites/default/files/styles/large/public/2024-03/menuisiers.jpg?itok=Ab12Cd34',
    ]);
    expect(alts(detail)).to.deep.equal(['Menuisiers au travail']);
    expect(cards(list)[0]!.getAttribute('lang')).to.equal('fr');
    expectNoMarkup(list);
  });

  it("Hugo: a page-relative picture in the summary, the publisher's day at +01:00", async () => {
    const { list, detail } = await readIn('America/Los_Angeles', { src: testFeed('dialect-hugo.xml'), locale: 'en' });
    expect(cardTitles(list)).to.deep.equal(['Elektrikerinnen in Köln']);
    expect(summaries(list)).to.deep.equal(['Zwölf Frauen lernen das Handwerk – „mit Begeisterung“.']);
    expect(images(detail)).to.deep.equal(['https://notes.example.org/posts/elektrikerinnen/elektrikerinnen.jpg']);
    expect(dates(list)).to.deep.equal(['5 March 2024']);
    expectNoMarkup(list);
  });

  it('Jekyll (jekyll-feed): html titles and summaries, media:content before its thumbnail', async () => {
    const { list, detail } = await readIn('America/Los_Angeles', { src: testFeed('dialect-jekyll.xml'), locale: 'en-GB' });
    expect(detail.feed.title).to.equal('Skills & Stories');
    expect(cardTitles(list)).to.deep.equal(['Masons’ first bridge']);
    expect(summaries(list)).to.deep.equal(['The masons finished their first bridge & celebrated.']);
    expect(images(detail)).to.deep.equal(['https://jekyll.example.org/assets/img/bridge-large.jpg']);
    expect(dates(list)).to.deep.equal(['5 March 2024']);
    expect(detail.feed.stories[0]!.authors).to.deep.equal(['Priya Nair']);
    expectNoMarkup(list);
  });

  it("news sites' dates: the day written, whatever the shape of the date and the reader's zone", async () => {
    const { list } = await readIn('Asia/Tokyo', { src: testFeed('dialect-news-dates.xml'), locale: 'en' });
    expect(cardTitles(list)).to.deep.equal(['Eins', 'Zwei', 'Drei', 'Vier', 'Fünf', 'Sechs']);
    expect(dates(list)).to.deep.equal(['5 March 2024', '4 March 2024', '3 March 2024', '2 March 2024', '1 March 2024', '29 February 2024']);
  });
});
