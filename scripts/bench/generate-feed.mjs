// Writes JSON Feeds of any size for the benchmark:
// `node scripts/bench/generate-feed.mjs 10000 http://127.0.0.1:8000 > feed.json` (the origin serves the images).
const images = [
  'skills21-sewing-machine.svg',
  'skills21-electrical-wiring.svg',
  'bricklayer-madagascar.svg',
  'refugee-digital-worker-laptop.svg',
  'community-meeting-child-labour.svg',
];
const projects = ['Skills 21', 'PROSPECTS', 'ACCEL Africa', 'Rebuilding Better', 'Decent jobs for refugees in Türkiye'];
const countries = ['Bangladesh', 'Kenya', 'Nigeria', 'Philippines', 'Türkiye', 'Madagascar'];
const words = 'training skills workers youth community decent work project learning jobs women rights school future'.split(' ');

/**
 * The `index`th of `list`, counting round from its start again past its end.
 * @template T
 * @param {readonly T[]} list
 * @param {number} index
 */
const nth = (list, index) => /** @type {T} */ (list[index % list.length]);

/**
 * A JSON Feed item as the benchmark writes it: a photo, its alt text and credit on one in two.
 * @typedef {{ id: string, url: string, title: string, summary: string, date_published: string, tags: string[], image?: string,
 *   _impact: { project: string, countries: string[], image_alt?: string, image_credit?: string } }} Item
 */

/**
 * A deterministic feed of `size` stories, newest first, one in two with a photo served from `origin`.
 * @param {number} size
 */
export function generateFeed(size, origin = 'http://127.0.0.1:8000') {
  const items = Array.from({ length: size }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1) - index * 86_400_000).toISOString().slice(0, 10);
    const summary = Array.from({ length: 30 }, (_, word) => nth(words, index + word * 7)).join(' ');
    /** @type {Item} */
    const item = {
      id: `story-${index}`,
      url: `https://www.example.org/stories/${index}`,
      title: `Story ${index}: ${nth(words, index)} and ${nth(words, index * 3)} in ${nth(countries, index)}`,
      summary: `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`,
      date_published: day,
      tags: [nth(words, index)],
      _impact: { project: nth(projects, index), countries: [nth(countries, index)] },
    };
    if (index % 2 === 0) {
      item.image = `${origin}/sample/images/${nth(images, index)}`;
      item._impact.image_alt = `Illustration for story ${index}`;
      item._impact.image_credit = `© Photographer ${index % 17} / ILO`;
    }
    return item;
  });
  return { version: 'https://jsonfeed.org/version/1.1', title: `Generated feed of ${size} stories`, items };
}

/** `count` stories, the first with 1 MiB of text in each field a card shows: a feed that could freeze a page. */
export function generateHugeFieldsFeed(count = 20, origin = 'http://127.0.0.1:8000') {
  const feed = generateFeed(count, origin);
  const huge = 'word '.repeat(2 ** 20 / 5);
  const [first] = feed.items;
  if (!first) throw new RangeError('A feed with huge fields needs at least one story.');
  Object.assign(first, { title: huge, summary: huge, image: `${origin}/sample/images/${nth(images, 0)}` });
  Object.assign(first._impact, { project: huge, countries: [huge], image_alt: huge, image_credit: huge });
  feed.title = 'Generated feed whose first story has 1 MiB in each field';
  return feed;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  process.stdout.write(JSON.stringify(generateFeed(Number(process.argv[2]) || 20, process.argv[3])));
}
