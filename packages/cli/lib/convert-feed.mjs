// Turns a spreadsheet (CSV) or a CMS feed (RSS 0.9x, 1.0 and 2.0, Atom, JSON Feed) into a JSON Feed 1.1 with the
// _impact extension. Rows and items that cannot become stories are reported with their row or item number and left
// out. Feeds are read by the widgets' own reader, and written as the stories the widgets show.
import { parse } from 'csv-parse/sync';
import { FILE_BASE, readFeed } from './read-feed.mjs';

/** @typedef {import('impact-stories-core/feed/story').Story} Story */
/** @typedef {import('impact-stories-core/feed/normalise-feed').FeedDocument} FeedDocument */
/** A JSON Feed item, or a feed's fields, as convert writes them: only those that hold something. @typedef {Record<string, unknown>} Fields */
/**
 * The feed's own fields, from the command's options; each may be missing.
 * @typedef {{ title?: string, homePageUrl?: string, feedUrl?: string, language?: string, contactName?: string, contactEmail?: string, contactUrl?: string }} FeedHead
 */
/** A JSON Feed as convert writes it. @typedef {Fields & { items: Fields[] }} ConvertedFeed */
/** A row or item left out, numbered from 1, and why. @typedef {{ row: number, message: string }} Problem */
/** How categories map (see CATEGORY_MAPPINGS), and a project for every story. @typedef {{ categories?: string, project?: string }} MappingOptions */

/** The spreadsheet's columns, in the template's order (schema/stories-template.csv). */
export const CSV_COLUMNS = [
  'title',
  'date',
  'summary',
  'url',
  'image',
  'image_alt',
  'image_credit',
  'project',
  'countries',
  'tags',
  'language',
];
/** Read when present: a story's own id, which otherwise is its url. */
export const OPTIONAL_CSV_COLUMNS = ['id'];

/** Several countries or tags in one cell are separated by semicolons ("Kenya; Uganda"): country names hold commas. */
const list = (/** @type {unknown} */ cell) =>
  String(cell ?? '')
    .split(';')
    .map((value) => value.trim())
    .filter(Boolean);

const dayOrRfc3339 = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * The date as the feed should carry it, or undefined. A day alone ("2022-07-21") and an RFC 3339 date-time stay
 * as written, offset included, since the widgets show the publisher's own day; anything else `Date` reads
 * ("21 July 2022 10:00 GMT") becomes UTC.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function feedDate(value) {
  const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
  const time = Date.parse(text);
  if (!text || Number.isNaN(time)) return undefined;
  return dayOrRfc3339.test(text) ? text : new Date(time).toISOString().replace('.000Z', 'Z');
}

/** An absolute http(s) address; undefined for none, null for something else. @param {unknown} value @returns {string | null | undefined} */
const httpUrl = (value) => {
  const text = String(value ?? '').trim();
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
};

/**
 * Keeps the fields that hold something, so the feed carries no empty strings or lists.
 * @param {Fields} object
 * @returns {Fields}
 */
const compact = (object) =>
  Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)),
  );

/** @param {Fields} fields */
function impactOf(fields) {
  const impact = compact(fields);
  return Object.keys(impact).length ? impact : undefined;
}

/**
 * A stable id from the story's address, else its title and date.
 * @param {string | undefined} url
 * @param {string} title
 * @param {string | undefined} date
 */
const idFor = (url, title, date) => url ?? `${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}-${date ?? 'undated'}`;

/**
 * A JSON Feed of `items`, with `head`'s fields. `items` stays when empty: a feed has a list of items.
 * @param {Fields[]} items
 * @param {FeedHead} head
 * @returns {ConvertedFeed}
 */
function feedOf(items, head) {
  const contact = compact({ name: head.contactName, email: head.contactEmail, url: head.contactUrl });
  const fields = compact({
    version: 'https://jsonfeed.org/version/1.1',
    title: head.title || 'Impact stories',
    home_page_url: head.homePageUrl,
    feed_url: head.feedUrl,
    language: head.language,
    _impact: Object.keys(contact).length ? { media_contact: contact } : undefined,
  });
  return { ...fields, items };
}

/**
 * Stories from CSV text with a header row. Returns `{ feed, problems }`, each problem `{ row, message }`.
 * @param {string} text
 * @param {FeedHead} [head]
 * @returns {{ feed: ConvertedFeed, problems: Problem[] }}
 */
export function fromCsv(text, head = {}) {
  // With `columns` and `info`, each record is its cells by column name, and where it was read.
  const records = /** @type {{ record: Record<string, string | undefined>, info: import('csv-parse/sync').Info }[]} */ (
    parse(text, {
      columns: (header) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    })
  );
  /** @type {Problem[]} */
  const problems = [];
  const [first] = records;
  const missing = first ? CSV_COLUMNS.slice(0, 2).filter((name) => !(name in first.record)) : [];
  if (missing.length)
    return { feed: feedOf([], head), problems: [{ row: 1, message: `The header row has no ${missing.join(' or ')} column.` }] };
  /** @type {Fields[]} */
  const items = [];
  for (const { record, info } of records) {
    // The row as a spreadsheet numbers it (the header is row 1), even when a cell holds line breaks.
    const row = info.records + 1;
    const title = String(record.title ?? '').trim();
    const date = feedDate(record.date);
    const url = httpUrl(record.url);
    const image = httpUrl(record.image) ?? (record.image && !/^[a-z][a-z0-9+.-]*:/i.test(record.image) ? record.image.trim() : undefined);
    if (!title) problems.push({ row, message: 'no title: the row is left out.' });
    else if (record.date && !date)
      problems.push({ row, message: `"${record.date}" is not a date (write 2022-07-21): the row is left out.` });
    else if (url === null) problems.push({ row, message: `"${record.url}" is not an http(s) address: the row is left out.` });
    else {
      items.push(
        compact({
          id: String(record.id ?? '').trim() || idFor(url, title, date),
          url,
          title,
          summary: String(record.summary ?? '').trim(),
          date_published: date,
          image: image ?? undefined,
          tags: list(record.tags),
          language: String(record.language ?? '').trim() || undefined,
          _impact: impactOf({
            project: String(record.project ?? '').trim(),
            countries: list(record.countries),
            image_alt: image ? String(record.image_alt ?? '').trim() : undefined,
            image_credit: image ? String(record.image_credit ?? '').trim() : undefined,
          }),
        }),
      );
    }
  }
  return { feed: feedOf(items, head), problems };
}

/**
 * How RSS and Atom categories map to fields: `tags` (all of them, the default), `project` (the first is the
 * project, the rest tags) or `countries` (all of them).
 */
export const CATEGORY_MAPPINGS = ['tags', 'project', 'countries'];

/**
 * A story's address as the feed wrote it: one relative to a local file stays relative.
 * @param {string | undefined} url
 */
const relativeTo = (url) => (url?.startsWith(FILE_BASE) ? url.slice(FILE_BASE.length) : url);

/**
 * A story the widgets read, as the JSON Feed item that reads back as the same story; categories mapped as asked.
 * @param {Story} story
 * @param {MappingOptions} [options]
 * @param {string | undefined} [feedLanguage]
 * @returns {Fields}
 */
function itemOf(story, { categories = 'tags', project } = {}, feedLanguage = undefined) {
  const { tags } = story;
  return compact({
    id: story.id,
    url: relativeTo(story.url),
    title: story.title,
    summary: story.summary,
    date_published: story.published?.iso,
    image: relativeTo(story.image),
    authors: story.authors.map((name) => ({ name })),
    tags: categories === 'tags' ? tags : categories === 'project' ? tags.slice(1) : [],
    language: story.language === feedLanguage ? undefined : story.language,
    _impact: impactOf({
      project: project ?? (categories === 'project' ? tags[0] : story.project),
      countries: categories === 'countries' ? tags : story.countries,
      image_alt: story.imageAlt,
      image_credit: story.imageCredit,
    }),
  });
}

/**
 * Stories from a feed's text (RSS, Atom or JSON Feed), read by the widgets' own reader. Options: `categories` (see
 * CATEGORY_MAPPINGS), `project` for every item. Returns `{ feed, problems }`, each problem `{ row, message }`
 * (`row` is the item's number); throws when the text is no feed.
 * @param {string} text
 * @param {string} location
 * @param {MappingOptions} [options]
 * @param {FeedHead} [head]
 */
export async function fromFeed(text, location, options = {}, head = {}) {
  return storiesFeed((await readFeed(text, location)).document, options, head);
}

/**
 * A FeedDocument's stories as a JSON Feed that reads back as the same stories; its skipped items as problems.
 * @param {FeedDocument} document
 * @param {MappingOptions} [options]
 * @param {FeedHead} [head]
 * @returns {{ feed: ConvertedFeed, problems: Problem[] }}
 */
export function storiesFeed(document, options = {}, head = {}) {
  const { stories, skipped, ...read } = document.feed();
  const problems = skipped.map(({ index, reason }) => ({ row: index + 1, message: `${reason}: the item is left out.` }));
  const feedHead = { title: read.title, homePageUrl: read.homePageUrl, language: read.language, ...head };
  return {
    feed: feedOf(
      stories.map((story) => itemOf(story, options, feedHead.language)),
      feedHead,
    ),
    problems,
  };
}

/**
 * XML when the text starts with markup (after white space and a byte-order mark, which trimStart removes too). No
 * pattern: `^\s*(\uFEFF)?\s*<` took seconds on a file of 40,000 spaces (two adjacent quantifiers over the same
 * characters).
 * @param {string} text
 */
export const looksLikeXml = (text) => text.trimStart().startsWith('<');

/** A feed (RSS, Atom, JSON Feed) rather than CSV: markup or a JSON object first. @param {string} text */
export const looksLikeFeed = (text) => looksLikeXml(text) || text.trimStart().startsWith('{');

/**
 * The JSON Feed to publish from what readFeed() read: a JSON Feed as it is (its own fields kept: next_url,
 * _impact.split…), RSS and Atom as the stories the widgets read from them.
 * @param {import('./read-feed.mjs').ReadFeed} read
 * @returns {unknown}
 */
export const publishedFeed = ({ format, json, document }) => (format === 'json' ? json : storiesFeed(document).feed);
