// Splits a feed into a static folder: the main feed and one feed per project, country and year, each paged with
// next_url, and an index. It returns the files' paths and texts; the same feed always gives the same bytes. Stories
// are read, sorted, grouped and named by the widgets' own code (built into the packages' dist/), so each split feed sits at the address a
// filtered list asks for, and holds every story that list shows.

import { widgetsDates, widgetsReader, widgetsSplitFeeds } from './widgets.mjs';

/** @typedef {import('impact-stories-core/feed/story').Story} Story */
/** @typedef {import('impact-stories-core/feed/story').SplitFeeds} SplitFeeds */
/** A JSON Feed item, or anything a feed's `items` holds. @typedef {Record<string, unknown>} Item */
/**
 * A JSON Feed's own fields, as split copies them onto each page (a feed `validate` passed: `feed_url` a string,
 * `_impact` an object).
 * @typedef {Record<string, unknown> & { title?: unknown, feed_url?: string, _impact?: object }} FeedHead
 */
/** A JSON Feed to split: its own fields, and its items. @typedef {FeedHead & { items?: unknown[], next_url?: unknown }} SplitInput */
/** The fields a feed is split by. @typedef {'project' | 'country' | 'year'} Field */
/** One split feed: its folder (`project/skills-21/`), the value it is named by in `_impact.split`, its items. @typedef {{ folder: string, value: string, items: Item[] }} Folder */

/** Where the split feeds of each value sit, beside the main feed. The widgets read this pattern from `_impact.split`. */
export const SPLIT_PATH = '{field}/{slug}/feed.json';

/** @type {Field[]} */
const FIELDS = ['project', 'country', 'year'];

/** Any address will do to ask the widgets where a split feed is: only the path below it differs. */
const ASKING_BASE = 'https://split.invalid/';

/**
 * The widgets' code split reads with, loaded on first use (so that `--help` and usage errors need no build): their
 * reader (a feed's stories as the widgets show them), their split-feed addresses, and the day a story is shown with.
 */
async function widgetsRules() {
  const [{ feedDocument }, { slugOf, splitFeedUrl }, { storyYear }] = await Promise.all([
    widgetsReader(),
    widgetsSplitFeeds(),
    widgetsDates(),
  ]);
  /** The values a story is found by, with each field's filter, as the widgets read them (select-stories.ts). */
  const valuesOf = {
    /** @param {Story} story */
    project: (story) => (story.project ? [story.project] : []),
    /** @param {Story} story */
    country: (story) => story.countries,
    /** @param {Story} story */
    year: (story) => {
      const year = storyYear(story.published);
      return year ? [year] : [];
    },
  };
  return { feedDocument, slugOf, splitFeedUrl, valuesOf };
}

/**
 * Each item of `items` with the story the widgets read from it, or undefined for an item they skip (no id, no
 * address, an id seen before...): one reading, by their own code.
 * @param {typeof import('impact-stories-ssr/internal/server/read-feed').feedDocument} feedDocument
 * @param {FeedHead} head
 * @param {unknown[]} items
 * @returns {{ item: Item, story: Story | undefined, index: number }[]}
 */
function readItems(feedDocument, head, items) {
  const { stories, skipped } = feedDocument({ ...head, items }, ASKING_BASE).feed();
  const skippedAt = new Set(skipped.map(({ index }) => index));
  let next = 0;
  return items.map((item, index) => ({
    item: /** @type {Item} */ (item),
    story: skippedAt.has(index) ? undefined : stories[next++],
    index,
  }));
}

/**
 * Newest first, by the day the widgets show each story with; undated stories, and items the widgets skip, last;
 * ties in the feed's own order, so reruns give the same pages.
 * @template {{ story: Story | undefined, index: number }} T
 * @param {T[]} read
 * @returns {T[]}
 */
const newestFirst = (read) => {
  /** @param {T} entry */
  const time = ({ story }) => story?.published?.time ?? -Infinity;
  // Two undated stories give NaN, which must read as a tie.
  return read.slice().sort((a, b) => time(b) - time(a) || a.index - b.index);
};

/** @param {unknown} url @returns {url is string} */
const isRelative = (url) => typeof url === 'string' && url !== '' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url);

/**
 * `item` as read from a folder `depth` levels below the main feed: its relative addresses climb back up.
 * @param {Item} item
 * @param {number} depth
 */
function rebased(item, depth) {
  if (!depth) return item;
  const up = '../'.repeat(depth);
  const moved = { ...item };
  for (const key of ['url', 'external_url', 'image', 'banner_image']) {
    const address = moved[key];
    if (isRelative(address)) moved[key] = up + address;
  }
  return moved;
}

/**
 * The page file names of a feed in `folder` ('' for the root): feed.json, then feed-2.json and so on.
 * @param {string} folder
 * @param {number} page
 */
const pageName = (folder, page) => `${folder}${page === 1 ? 'feed.json' : `feed-${page}.json`}`;

/**
 * Pages of `items` in `folder`: the first of `firstPage` stories, the rest of `pageSize`, each linking the next by
 * a URL relative to itself. `head` is the feed's own fields; `extra` goes on the first page's `_impact` only.
 * @param {string} folder
 * @param {Item[]} items
 * @param {FeedHead} head
 * @param {{ firstPage: number, pageSize: number }} options
 * @param {Record<string, unknown>} extra
 * @returns {Generator<{ path: string, text: string }>}
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
 * The split feeds of `read` (newest first): for each field, one folder per value the widgets would ask for, at the
 * very address their splitFeedUrl() computes for a list with that filter, holding every story that filter shows.
 * Values the widgets take for one ("Kenya", "kenya": filters match ignoring case) share the folder of the first in
 * sorted order. Two values with one slug that the widgets tell apart ("Côte d'Ivoire" and "Cote d'Ivoire") cannot
 * share a folder: the second is left to the main feed, which the widgets then filter.
 *
 * The widgets are asked about values of one slug only, so this stays linear in the number of values: values they
 * take for one differ in case alone, so share a slug (short of case rules of one locale, such as Turkish dotless
 * ı, which a visitor's browser may not share with the command's process anyway).
 * @param {Awaited<ReturnType<typeof widgetsRules>>} rules
 * @param {{ item: Item, story: Story | undefined }[]} read
 * @returns {{ split: SplitFeeds, folders: Folder[] }}
 */
function splitFolders({ slugOf, splitFeedUrl, valuesOf }, read) {
  /** @type {SplitFeeds} */
  const split = { path: SPLIT_PATH };
  /** @type {Folder[]} */
  const folders = [];
  /** @type {Map<Field, Map<string, Folder>>} */
  const folderOf = new Map();
  for (const field of FIELDS) {
    /** The address the widgets ask for with this field's filter set to `value`, when the feed names `named` alone. */
    const asked = (/** @type {string} */ value, /** @type {string} */ named) =>
      splitFeedUrl({ path: SPLIT_PATH, [field]: { [named]: 1 } }, { [field]: value }, ASKING_BASE);
    /** @type {Map<string, Folder>} */
    const bySlug = new Map();
    /** @type {Map<string, Folder>} */
    const byValue = new Map();
    const values = new Set(read.flatMap(({ story }) => (story ? valuesOf[field](story) : [])));
    for (const value of [...values].sort((a, b) => a.localeCompare(b, 'en'))) {
      const slug = slugOf(value);
      const taken = bySlug.get(slug);
      if (taken) {
        // The same value to the widgets: its stories go with the first's. Else it is left to the main feed.
        if (asked(value, taken.value) !== undefined) byValue.set(value, taken);
        continue;
      }
      const path = SPLIT_PATH.replace('{field}', field).replace('{slug}', slug);
      const folder = { folder: path.slice(0, path.lastIndexOf('/') + 1), value, items: [] };
      if (asked(value, value) !== new URL(path, ASKING_BASE).href)
        throw new Error(`split would write ${path}, but the widgets would not read it for ${field} "${value}".`);
      bySlug.set(slug, folder);
      byValue.set(value, folder);
      folders.push(folder);
    }
    folderOf.set(field, byValue);
  }
  for (const { item, story } of read) {
    if (!story) continue;
    for (const field of FIELDS) {
      const byValue = folderOf.get(field);
      // One story once in a folder, even with two values the widgets take for one.
      for (const folder of new Set(valuesOf[field](story).map((value) => byValue?.get(value)))) folder?.items.push(item);
    }
  }
  for (const field of FIELDS) {
    // Null-prototype, so that no value ("__proto__") is special.
    /** @type {Record<string, number>} */
    const counts = Object.create(null);
    for (const folder of new Set(folderOf.get(field)?.values())) counts[folder.value] = folder.items.length;
    if (Object.keys(counts).length) split[field] = counts;
  }
  return { split, folders };
}

/**
 * The folder for `feed`: `feed.json` (newest first, with `_impact.split` naming the split feeds and their story
 * counts), `project/<slug>/feed.json`, `country/<slug>/feed.json`, `year/<yyyy>/feed.json`, their older pages
 * (`feed-2.json`…), and `index.json` (a feed with no stories and the same `_impact.split`). Options: `firstPage` (stories on each feed's first page, default 12: what an
 * embed usually shows), `pageSize` (on the older pages, default 50). Yields `{ path, text }` one file at a time, so
 * an archive of 100,000 stories is never held twice. Stories are read, and grouped, by the widgets' own code.
 * @param {SplitInput} feed
 * @param {{ firstPage?: number, pageSize?: number }} [options]
 * @returns {AsyncGenerator<{ path: string, text: string }>}
 */
export async function* splitFeed(feed, { firstPage = 12, pageSize = 50 } = {}) {
  const rules = await widgetsRules();
  const { items = [], ...head } = feed;
  // Each page links its own next page.
  delete head.next_url;
  const read = newestFirst(readItems(rules.feedDocument, head, items));
  const sorted = read.map(({ item }) => item);
  const options = { firstPage, pageSize };
  // The main feed names every split feed: counted first, written after.
  const { split, folders } = splitFolders(rules, read);
  yield* pages('', sorted, head, options, { split });
  for (const { folder, items: stories, value } of folders)
    yield* pages(folder, stories, { ...head, title: `${head.title ?? 'Impact stories'}: ${value}` }, options, {});
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
