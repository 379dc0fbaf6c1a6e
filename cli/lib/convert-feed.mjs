// Turns a spreadsheet (CSV) or a CMS feed (RSS 2.0, Atom 1.0) into a JSON Feed 1.1 with the _impact extension.
// Rows and items that cannot become stories are reported with their row or item number and left out.
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';

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
const list = (cell) =>
  String(cell ?? '')
    .split(';')
    .map((value) => value.trim())
    .filter(Boolean);

const dayOrRfc3339 = /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * The date as the feed should carry it, or undefined. A day alone ("2022-07-21") and an RFC 3339 date-time stay
 * as written, offset included, since the widgets show the publisher's own day; anything else `Date` reads
 * ("21 July 2022 10:00 GMT") becomes UTC.
 */
export function feedDate(value) {
  const text = value instanceof Date ? value.toISOString() : String(value ?? '').trim();
  const time = Date.parse(text);
  if (!text || Number.isNaN(time)) return undefined;
  return dayOrRfc3339.test(text) ? text : new Date(time).toISOString().replace('.000Z', 'Z');
}

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

/** Keeps the fields that hold something, so the feed carries no empty strings or lists. */
const compact = (object) =>
  Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)),
  );

function impactOf(fields) {
  const impact = compact(fields);
  return Object.keys(impact).length ? impact : undefined;
}

/** A stable id from the story's address, else its title and date. */
const idFor = (url, title, date) => url ?? `${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}-${date ?? 'undated'}`;

function feedOf(items, head) {
  const contact = compact({ name: head.contactName, email: head.contactEmail, url: head.contactUrl });
  return compact({
    version: 'https://jsonfeed.org/version/1.1',
    title: head.title || 'Impact stories',
    home_page_url: head.homePageUrl,
    feed_url: head.feedUrl,
    language: head.language,
    _impact: Object.keys(contact).length ? { media_contact: contact } : undefined,
    items,
  });
}

/** Stories from CSV text with a header row. Returns `{ feed, problems }`, each problem `{ row, message }`. */
export function fromCsv(text, head = {}) {
  const records = parse(text, {
    columns: (header) => header.map((name) => name.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  });
  const problems = [];
  const missing = records.length ? CSV_COLUMNS.slice(0, 2).filter((name) => !(name in records[0].record)) : [];
  if (missing.length)
    return { feed: feedOf([], head), problems: [{ row: 1, message: `The header row has no ${missing.join(' or ')} column.` }] };
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

/** HTML from a feed as plain text, through htmlparser2's document (nothing runs, nothing is fetched). */
const textOf = (html) =>
  DomUtils.textContent(parseDocument(String(html ?? ''), { decodeEntities: true }))
    .replace(/\s+/g, ' ')
    .trim();

const zones = { UT: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

/**
 * An item's date as its feed wrote it, offset kept, so the stories show the publisher's own day: Atom's RFC 3339
 * as it is, RSS's RFC 822 (`Mon, 01 Apr 2024 23:30:00 -0600`) turned into RFC 3339 in the same offset.
 */
function writtenDate(item) {
  const element = ['published', 'pubdate', 'date', 'updated'].map((name) => item.element?.findElementWithName(name)).find(Boolean);
  const text = element?.textContent.trim() ?? '';
  const time = Date.parse(text);
  if (Number.isNaN(time)) return feedDate(item.published ?? item.updated);
  if (dayOrRfc3339.test(text)) return text;
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  const named = /\b([A-Z]{1,3})$/.exec(text)?.[1];
  const minutes = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : named in zones ? zones[named] * 60 : 0;
  const local = new Date(time + minutes * 60_000).toISOString().slice(0, 19);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return `${local}${minutes ? offset : 'Z'}`;
}

/**
 * How RSS and Atom categories map to fields: `tags` (all of them, the default), `project` (the first is the
 * project, the rest tags) or `countries` (all of them).
 */
export const CATEGORY_MAPPINGS = ['tags', 'project', 'countries'];

/** Stories from RSS 2.0 or Atom 1.0 text. Options: `categories` (see CATEGORY_MAPPINGS), `project` for every item. */
export function fromXmlFeed(text, options = {}, head = {}) {
  const parsed = parseFeed(text);
  const problems = [];
  const items = [];
  parsed.items.forEach((item, index) => {
    const title = textOf(item.title);
    const summary = textOf(item.description || item.content);
    const url = httpUrl(item.url);
    if (!title && !summary) return problems.push({ row: index + 1, message: 'no title and no text: the item is left out.' });
    const categories = item.categories.map((category) => (category.label || category.term || '').trim()).filter(Boolean);
    const mapping = options.categories ?? 'tags';
    const project = options.project ?? (mapping === 'project' ? categories[0] : undefined);
    const image = item.image?.url ?? item.media.find((media) => media.type === 'image')?.url;
    items.push(
      compact({
        id: item.id || url || `item-${index + 1}`,
        url: url ?? undefined,
        title: title || undefined,
        summary,
        date_published: writtenDate(item),
        image: image ?? undefined,
        authors: item.authors.filter((author) => author.name).map((author) => compact({ name: author.name, url: author.url ?? undefined })),
        tags: mapping === 'tags' ? categories : mapping === 'project' ? categories.slice(1) : [],
        _impact: impactOf({ project, countries: mapping === 'countries' ? categories : [] }),
      }),
    );
  });
  const feedHead = { title: parsed.title, homePageUrl: httpUrl(parsed.url) ?? undefined, language: parsed.language ?? undefined, ...head };
  return { feed: feedOf(items, feedHead), problems };
}

/**
 * CSV, or RSS and Atom when the text starts with markup (after white space and a byte-order mark, which trimStart
 * removes too). No pattern: `^\s*(\uFEFF)?\s*<` took seconds on a file of 40,000 spaces (two adjacent quantifiers
 * over the same characters).
 */
export const looksLikeXml = (text) => text.trimStart().startsWith('<');
