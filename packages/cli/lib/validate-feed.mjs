// Checks a feed the way the widgets read it, with their own code (built into the packages' dist/): errors are only what no widget can show
// at all: text that is neither JSON nor an RSS or Atom feed, JSON that is no JSON Feed (no items list, another
// version), a feed none of whose items can be shown. Everything the widgets work around is a warning: an item they
// skip (and why), an unreadable date, a photo without alt text or credit, a repeated id, a field of the wrong type
// they ignore. JSON is also checked against schema/impact-feed.schema.json (ajv), for structure. Every problem has
// its JSON pointer (for RSS and Atom, into the JSON Feed they read as) and, in JSON, its line and column.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { looksLikeXml } from './convert-feed.mjs';
import { baseOf } from './read-feed.mjs';
import { widgetsDates, widgetsReader, widgetsUrls } from './widgets.mjs';

/** @typedef {import('impact-stories-core/feed/story').Feed} Feed */
/** A problem at a place in the feed: a JSON Pointer ('' for the whole file), and what it means. @typedef {{ pointer: string, message: string }} Problem */
/** A problem with its line and column (from 1), where the text is JSON. @typedef {Problem & { line?: number, column?: number }} PlacedProblem */
/**
 * What validateFeedText() found, and how it read the text: 'json', 'rss' or 'atom' ('xml' for markup that is no feed).
 * @typedef {{ format: string, errors: PlacedProblem[], warnings: PlacedProblem[] }} Validation
 */
/** Makes a problem. @typedef {(pointer: string, message: string) => Problem} Pointed */

const schema = JSON.parse(readFileSync(new URL(import.meta.resolve('impact-stories-core/schema/impact-feed.schema.json')), 'utf8'));
// Formats (uri, email) document the intent; addresses are checked by the widgets' own reading.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const check = ajv.compile(schema);

/** RFC 3339 date-time, or a day alone, as JSON Feed readers read them. Anchored, one way to match: linear. */
const rfc3339 = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * `/items/3/title` as the path segments jsonc-parser and JSON Pointer unescaping give.
 * @param {string} pointer
 * @returns {(string | number)[]}
 */
const segments = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Line and column (from 1) of each offset in `text`.
 * @param {string} text
 * @returns {(offset: number) => { line: number, column: number }}
 */
function positions(text) {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/**
 * A pointer in words: '' is "The feed", `/items/2/_impact/countries` is "Item 3's _impact.countries".
 * @param {string} pointer
 */
function where(pointer) {
  const [first, index, ...rest] = segments(pointer);
  if (first === undefined) return 'The feed';
  if (first === 'items' && typeof index === 'number') return rest.length ? `Item ${index + 1}'s ${rest.join('.')}` : `Item ${index + 1}`;
  return `The feed's ${[first, index, ...rest].filter((part) => part !== undefined).join('.')}`;
}

const article = (/** @type {string} */ type) => (type === 'array' ? 'a list' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** @param {import('ajv').ErrorObject} error */
function wordsFor(error) {
  const { keyword, params } = error;
  if (keyword === 'required') return `has no "${params.missingProperty}"`;
  if (keyword === 'type') return `should be ${String(params.type).split(',').map(article).join(' or ')}`;
  if (keyword === 'pattern' && error.instancePath === '/version') return 'should be "https://jsonfeed.org/version/1.1"';
  if (keyword === 'anyOf') return 'has no text: it needs a title, summary, content_text or content_html';
  if (keyword === 'oneOf') return 'is neither of the shapes the widgets read';
  if (keyword === 'minLength') return 'should not be empty';
  if (keyword === 'minimum') return `should be at least ${params.limit}`;
  return error.message ?? keyword;
}

/**
 * The first `max` characters of a string; '' for anything else.
 * @param {unknown} value
 * @param {number} max
 */
const short = (value, max) => (typeof value === 'string' ? value.slice(0, max) : '');

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Problems of a feed's text, JSON Feed, RSS or Atom: `errors` the widgets cannot read past, `warnings` they work
 * around. Each has `pointer` (JSON Pointer; '' for the whole file) and `message`; in JSON, `line` and `column`.
 * `format` says how the text was read: 'json', 'rss' or 'atom' (RSS and Atom pointers are into the JSON Feed they
 * read as). `base` resolves relative addresses (the feed's URL, when it has one).
 * @param {string} text
 * @param {{ base?: string }} [options]
 * @returns {Promise<Validation>}
 */
export async function validateFeedText(text, { base } = {}) {
  const feedBase = baseOf(base);
  // A byte-order mark, as the widgets drop it; a space keeps every offset.
  const source = text.replace(/^\uFEFF/, ' ');
  if (looksLikeXml(source)) return validateXml(source, feedBase);
  let feed;
  try {
    feed = JSON.parse(source);
  } catch {
    return { format: 'json', errors: [notJson(source)], warnings: [] };
  }
  const { errors, warnings } = await checkFeed(feed, feedBase);
  if (!errors.length && !warnings.length) return { format: 'json', errors, warnings };
  // Lines and columns need the text's syntax tree: built only when there is something to point at.
  const root = parseTree(source, [], { allowTrailingComma: false, disallowComments: true });
  const at = positions(source);
  /** @param {Problem} problem */
  const place = ({ pointer, message }) => {
    // The text is JSON (JSON.parse read it), so it has a tree.
    const node = root && (findNodeAtLocation(root, segments(pointer)) ?? root);
    return { pointer, ...at(node?.offset ?? 0), message };
  };
  return { format: 'json', errors: errors.map(place), warnings: warnings.map(place) };
}

/**
 * RSS and Atom, read into a JSON Feed by the widgets' own reader, then checked as that.
 * @param {string} text
 * @param {string} base
 * @returns {Promise<Validation>}
 */
async function validateXml(text, base) {
  const { feedJson, NotAFeedText } = await widgetsReader();
  try {
    const { json, format } = await feedJson(text, 'The file');
    return { format, ...(await checkFeed(json, base)) };
  } catch (error) {
    if (!(error instanceof NotAFeedText)) throw error;
    return { format: 'xml', errors: [{ pointer: '', line: 1, column: 1, message: error.message }], warnings: [] };
  }
}

/**
 * Where and why text is not JSON, from jsonc-parser, which says where JSON.parse gave up.
 * @param {string} text
 * @returns {PlacedProblem}
 */
function notJson(text) {
  /** @type {import('jsonc-parser').ParseError[]} */
  const parseErrors = [];
  parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  const [first] = parseErrors;
  const words = first
    ? printParseErrorCode(first.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
    : 'empty file';
  return { pointer: '', ...positions(text)(first?.offset ?? 0), message: `Not JSON: ${words}.` };
}

/**
 * One message per place and words: ajv reports an item without text once per anyOf branch as well.
 * @param {Problem[]} problems
 */
const dropRepeats = (problems) => [...new Map(problems.map((each) => [`${each.pointer} ${each.message}`, each])).values()];

/**
 * Is `pointer` at or under `/items/<index>` for a skipped index?
 * @param {string} pointer
 * @param {Map<number, string>} skipped
 */
const underSkipped = (pointer, skipped) => {
  const [first, index] = segments(pointer);
  return first === 'items' && typeof index === 'number' && skipped.has(index);
};

const REPEATED_ID = 'its id repeats an earlier item';

/**
 * What the widgets make of the feed (their own FeedDocument), and what the schema's ajv errors mean for them.
 * @param {unknown} feed
 * @param {string} base
 * @returns {Promise<{ errors: Problem[], warnings: Problem[] }>}
 */
async function checkFeed(feed, base) {
  /** @type {Pointed} */
  const pointed = (pointer, message) => ({ pointer, message });
  /** @type {Problem[]} */
  const errors = [];
  /** @type {Problem[]} */
  const warnings = [];
  if (!isObject(feed) || !Array.isArray(feed.items)) {
    errors.push(pointed('', 'Not a JSON Feed: it needs an "items" list (and a jsonfeed.org "version").'));
    return { errors, warnings };
  }
  const { feedDocument } = await widgetsReader();
  /** @type {Feed | undefined} */
  let read;
  try {
    read = feedDocument(feed, base).feed();
  } catch {
    // Not a JSON Feed version: said below, at /version.
  }
  const items = feed.items;
  const skipped = new Map((read?.skipped ?? []).map(({ index, reason }) => [index, reason]));
  for (const error of check(feed) ? [] : (check.errors ?? [])) {
    const pointer = error.instancePath;
    // The branches of anyOf and oneOf are said once, by anyOf or oneOf itself.
    if (/\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath)) continue;
    if (pointer === '/version') errors.push(pointed(pointer, `${where(pointer)} ${wordsFor(error)}: the widgets read JSON Feed only.`));
    else if (!underSkipped(pointer, skipped))
      warnings.push(pointed(pointer, `${where(pointer)} ${wordsFor(error)}: the widgets ignore it.`));
  }
  if (!read) {
    if (!errors.length)
      errors.push(pointed('/version', "The feed's version is not a jsonfeed.org version: the widgets read JSON Feed only."));
    return { errors: dropRepeats(errors), warnings: dropRepeats(warnings) };
  }
  if (feed.version === undefined)
    warnings.push(pointed('', 'The feed has no "version": JSON Feed asks for "https://jsonfeed.org/version/1.1".'));
  if (typeof feed.title !== 'string' || !feed.title.trim()) warnings.push(pointed('', 'The feed has no "title": JSON Feed asks for one.'));
  warnings.push(...feedProblems(feed, read, pointed));
  for (const [index, reason] of skipped)
    if (reason !== REPEATED_ID) warnings.push(pointed(`/items/${index}`, `Item ${index + 1} is skipped by the widgets: ${reason}.`));
  if (items.length && !read.stories.length)
    errors.push(
      pointed(
        '/items',
        `None of the feed's ${items.length} item${items.length === 1 ? '' : 's'} can be shown: the widgets show no stories.`,
      ),
    );
  warnings.push(...(await storyProblems(items, read, base, pointed)));
  return { errors: dropRepeats(errors), warnings: dropRepeats(warnings) };
}

/**
 * The feed's own fields the widgets drop: `read` is what they made of it.
 * @param {Record<string, unknown>} feed
 * @param {Feed} read
 * @param {Pointed} problem
 */
function feedProblems(feed, read, problem) {
  /** @type {Problem[]} */
  const warnings = [];
  if (typeof feed.home_page_url === 'string' && !read.homePageUrl)
    warnings.push(problem('/home_page_url', "The feed's home_page_url is not an http(s) address: the widgets ignore it."));
  if (typeof feed.next_url === 'string' && !read.nextUrl)
    warnings.push(
      problem(
        '/next_url',
        "The feed's next_url is not an http(s) address on the feed's own origin or its _impact.archive_origins: the widgets read no older page.",
      ),
    );
  const contact = isObject(feed._impact) ? feed._impact.media_contact : undefined;
  const given = typeof contact === 'string' ? (contact.includes('@') ? { email: contact } : { url: contact }) : contact;
  if (!isObject(given)) return warnings;
  const shown = read.mediaContact;
  const at = (/** @type {string} */ field) => (typeof contact === 'string' ? '/_impact/media_contact' : `/_impact/media_contact/${field}`);
  if (given.email !== undefined && !shown?.email)
    warnings.push(
      problem(at('email'), `The media contact's e-mail address "${short(given.email, 200)}" is not one: the widgets leave it out.`),
    );
  if (given.url !== undefined && !shown?.url)
    warnings.push(
      problem(at('url'), `The media contact's address "${short(given.url, 200)}" is not an http(s) URL: the widgets leave it out.`),
    );
  if (!shown)
    warnings.push(problem('/_impact/media_contact', 'The media contact has no usable e-mail address or URL: the widgets show none.'));
  return warnings;
}

/**
 * What the widgets work around in the stories they show, each at its item.
 * @param {unknown[]} items
 * @param {Feed} read
 * @param {string} base
 * @param {Pointed} problem
 */
async function storyProblems(items, read, base, problem) {
  const { parseStoryDate } = await widgetsDates();
  const { safeHttpUrl } = await widgetsUrls();
  /** @type {Problem[]} */
  const warnings = [];
  /** @type {Map<string, number>} */
  const shownAt = new Map();
  const skippedAt = new Map(read.skipped.map((each) => [each.index, each]));
  const stories = read.stories.values();
  items.forEach((entry, index) => {
    // An item the widgets show, or skip for its repeated id, is an object; the others are skipped below.
    const item = isObject(entry) ? entry : {};
    const path = `/items/${index}`;
    const { reason, id } = skippedAt.get(index) ?? {};
    if (reason === REPEATED_ID) {
      const first = shownAt.get(id ?? '') ?? NaN;
      const name = typeof item.title === 'string' && item.title.trim() ? `"${short(item.title.trim(), 60)}"` : `Item ${index + 1}`;
      warnings.push(
        problem(`${path}/id`, `${name} repeats the id "${short(String(item.id), 200)}" of item ${first + 1}: the widgets show the first.`),
      );
    }
    if (reason) return;
    const story = stories.next().value;
    // One story for each item not skipped.
    if (!story) return;
    shownAt.set(story.id, index);
    const name = `"${short(story.title, 60)}"`;
    const date = item.date_published;
    if (date === undefined || date === null || date === '') {
      if (!story.published) warnings.push(problem(path, `${name} has no date_published: it is shown last, undated.`));
    } else if (!parseStoryDate(date)) {
      warnings.push(
        problem(
          `${path}/date_published`,
          `${name}: "${short(date, 100)}" is not an RFC 3339 date: the widgets show the story without a date.`,
        ),
      );
    } else if (typeof date === 'string' && !rfc3339.test(date.trim().slice(0, 100))) {
      warnings.push(
        problem(
          `${path}/date_published`,
          `${name}: "${short(date, 100)}" is not an RFC 3339 date: the widgets read it, other JSON Feed readers may not.`,
        ),
      );
    }
    if (item.image !== undefined && !safeHttpUrl(item.image, base))
      warnings.push(
        problem(
          `${path}/image`,
          `${name}: the photo's address is not an http(s) URL: the widgets show ${story.image ? 'another photo' : 'no photo'}.`,
        ),
      );
    if (story.image) {
      const at = item.image !== undefined ? `${path}/image` : item.banner_image !== undefined ? `${path}/banner_image` : path;
      if (!story.imageAlt) warnings.push(problem(at, `${name}: the photo has no _impact.image_alt, so screen readers skip it.`));
      if (!story.imageCredit) warnings.push(problem(at, `${name}: the photo has no _impact.image_credit.`));
    }
  });
  return warnings;
}
