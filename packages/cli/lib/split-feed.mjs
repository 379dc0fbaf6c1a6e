// Splits a feed into a static folder: the main feed and one feed per project, country and year, each paged with
// next_url, and an index. Pure: it returns the files' paths and texts; the same feed always gives the same bytes.

/** A value as a path segment: "Skills 21" is skills-21, "Türkiye" is turkiye, "Côte d'Ivoire" is cote-d-ivoire. */
export function slugOf(value) {
  const slug = String(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** Where the split feeds of each value sit, beside the main feed. The widgets read this pattern from `_impact.split`. */
export const SPLIT_PATH = '{field}/{slug}/feed.json';

const time = (item) => {
  const value = Date.parse(typeof item?.date_published === 'string' ? item.date_published : '');
  return Number.isNaN(value) ? -Infinity : value;
};

/** Newest first; undated last; ties in the feed's own order, so reruns give the same pages. */
const newestFirst = (items) =>
  items
    .map((item, index) => ({ item, index, time: time(item) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ item }) => item);

/** Text as the widgets read it (normalise-feed.ts text()): trimmed, whitespace collapsed; '' for anything else. */
const text = (value) => (typeof value === 'string' ? value.slice(0, 1000).trim().replace(/\s+/g, ' ') : '');

/** A list of names as the widgets read it: an array, or one string separated by commas or semicolons; 20 at most. */
const names = (value) => {
  const parts = typeof value === 'string' ? value.split(/[,;]/, 20) : Array.isArray(value) ? value.slice(0, 20) : [];
  return [...new Set(parts.map(text).filter(Boolean))];
};

const impactOf = (item) => (item?._impact && typeof item._impact === 'object' ? item._impact : {});

/** The year of the day a story is shown with: its date_published, else its date_modified, as the feed wrote it. */
const yearOf = (item) => {
  for (const date of [item?.date_published, item?.date_modified]) {
    const match = typeof date === 'string' ? /^\s*(\d{4})-\d\d-\d\d/.exec(date.slice(0, 40)) : null;
    if (match && !Number.isNaN(Date.parse(date.trim().replace(' ', 'T')))) return match[1];
  }
  return undefined;
};

/** The values of each field a feed is split by, for one item, as the widgets' filters read them. */
const fields = {
  project: (item) => (text(impactOf(item).project) ? [text(impactOf(item).project)] : []),
  country: (item) => names(impactOf(item).countries ?? impactOf(item).country),
  year: (item) => (yearOf(item) ? [yearOf(item)] : []),
};

const isRelative = (url) => typeof url === 'string' && url !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

/** `item` as read from a folder `depth` levels below the main feed: its relative addresses climb back up. */
function rebased(item, depth) {
  if (!depth) return item;
  const up = '../'.repeat(depth);
  const moved = { ...item };
  for (const key of ['url', 'external_url', 'image', 'banner_image']) if (isRelative(moved[key])) moved[key] = up + moved[key];
  return moved;
}

/** The page file names of a feed in `folder` ('' for the root): feed.json, then feed-2.json and so on. */
const pageName = (folder, page) => `${folder}${page === 1 ? 'feed.json' : `feed-${page}.json`}`;

/**
 * Pages of `items` in `folder`: the first of `firstPage` stories, the rest of `pageSize`, each linking the next by
 * a URL relative to itself. `head` is the feed's own fields; `extra` goes on the first page's `_impact` only.
 */
function* pages(folder, items, head, { firstPage, pageSize }, extra) {
  const sizes = [firstPage];
  for (let start = firstPage; start < items.length; start += pageSize) sizes.push(pageSize);
  let start = 0;
  for (const [index, size] of sizes.entries()) {
    const page = index + 1;
    const depth = folder.split('/').length - 1;
    const slice = items.slice(start, start + size).map((item) => rebased(item, depth));
    start += size;
    const last = start >= items.length;
    const impact = { ...head._impact, ...(page === 1 ? extra : {}) };
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      ...head,
      ...(head.feed_url ? { feed_url: new URL(pageName(folder, page), head.feed_url).href } : {}),
      ...(Object.keys(impact).length ? { _impact: impact } : {}),
      ...(last ? {} : { next_url: pageName('', page + 1) }),
      items: slice,
    };
    yield { path: pageName(folder, page), text: `${JSON.stringify(feed)}\n` };
  }
}

/**
 * The folder for `feed`: `feed.json` (newest first, with `_impact.split` naming the split feeds and their story
 * counts), `project/<slug>/feed.json`, `country/<slug>/feed.json`, `year/<yyyy>/feed.json`, their older pages
 * (`feed-2.json`…), and `index.json` (a feed with no stories and the same `_impact.split`). Options: `firstPage` (stories on each feed's first page, default 12: what an
 * embed usually shows), `pageSize` (on the older pages, default 50). Yields `{ path, text }` one file at a time, so
 * an archive of 100,000 stories is never held twice.
 */
export function* splitFeed(feed, { firstPage = 12, pageSize = 50 } = {}) {
  const { items = [], ...head } = feed;
  // Each page links its own next page.
  delete head.next_url;
  const sorted = newestFirst(items);
  const options = { firstPage, pageSize };
  const groups = { project: new Map(), country: new Map(), year: new Map() };
  for (const item of sorted) {
    for (const [field, valuesOf] of Object.entries(fields)) {
      for (const value of new Set(valuesOf(item))) {
        const group = groups[field];
        if (!group.has(value)) group.set(value, []);
        group.get(value).push(item);
      }
    }
  }
  // The main feed names every split feed: counted first, written after.
  const split = { path: SPLIT_PATH };
  const folders = [];
  for (const [field, group] of Object.entries(groups)) {
    const counts = {};
    const slugs = new Set();
    for (const value of [...group.keys()].sort((a, b) => a.localeCompare(b, 'en'))) {
      const slug = slugOf(value);
      // Two values with one slug ("Côte d'Ivoire" and "Cote d'Ivoire") cannot share a folder: the second is left to the main feed.
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      counts[value] = group.get(value).length;
      folders.push({ folder: `${field}/${slug}/`, items: group.get(value), title: `${head.title ?? 'Impact stories'}: ${value}` });
    }
    if (Object.keys(counts).length) split[field] = counts;
  }
  yield* pages('', sorted, head, options, { split });
  for (const { folder, items: stories, title } of folders) yield* pages(folder, stories, { ...head, title }, options, {});
  // The index is a feed too, with no stories: any JSON Feed reader, and the widgets, can read it.
  const index = {
    version: 'https://jsonfeed.org/version/1.1',
    ...head,
    title: `${head.title ?? 'Impact stories'}: index`,
    _impact: { split },
    items: [],
  };
  yield { path: 'index.json', text: `${JSON.stringify(index)}\n` };
}
