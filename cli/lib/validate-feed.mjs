// Checks a feed the way the widgets read it. Errors are only what no widget can show at all: text that is neither
// JSON nor an RSS or Atom feed, JSON that is no JSON Feed (no items list, another version), a feed none of whose items
// can be shown. Everything the widgets work around is a warning: an item they skip (and why), an unreadable date, a
// photo without alt text or credit, a repeated id, a field of the wrong type they ignore. JSON is checked against
// schema/impact-feed.schema.json (ajv); RSS and Atom are read into a JSON Feed with convert's own mapping first.
// Every problem has its JSON pointer, and, in JSON, its line and column; plain words.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import { fromXmlFeed, looksLikeXml } from './convert-feed.mjs';

const schema = JSON.parse(readFileSync(new URL('../../schema/impact-feed.schema.json', import.meta.url), 'utf8'));
// Formats (uri, email) document the intent; addresses are checked below as the widgets read them.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const check = ajv.compile(schema);

/** RFC 3339 date-time, as JSON Feed asks for. Anchored, one way to match: linear. */
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const writtenDay = /^(\d{4})-(\d\d)-(\d\d)(?:$|[T ])/;
/** Longest text read as a date, an address or an id: anything longer is not one, and no pattern scans more. */
const MAX_SHORT = 2000;
/** Of a long post only the start is read, as the widgets read it. */
const MAX_PROSE = 4800;

/** `/items/3/title` as the path segments jsonc-parser and JSON Pointer unescaping give. */
const segments = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** Line and column (from 1) of each offset in `text`. */
function positions(text) {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}

/** A pointer in words: '' is "The feed", `/items/2/_impact/countries` is "Item 3's _impact.countries". */
function where(pointer) {
  const [first, index, ...rest] = segments(pointer);
  if (first === undefined) return 'The feed';
  if (first === 'items' && typeof index === 'number') return rest.length ? `Item ${index + 1}'s ${rest.join('.')}` : `Item ${index + 1}`;
  return `The feed's ${[first, index, ...rest].filter((part) => part !== undefined).join('.')}`;
}

const article = (type) => (type === 'array' ? 'a list' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

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

/** The first `max` characters of a string; '' for anything else. */
const short = (value, max = MAX_SHORT) => (typeof value === 'string' ? value.slice(0, max) : '');

/** As the widgets' text(): trimmed, whitespace collapsed; '' for anything that is not a string. */
const plainText = (value, max = MAX_SHORT) => short(value, max).trim().replace(/\s+/g, ' ');

/** Markup or a character reference, as the widgets test for it (normalise-feed.ts `markup`). */
const markup = /<[a-z/!]|&(?:[a-z]+\d*|#\d+|#x[\da-f]+);/i;

/** The words of a feed's HTML (or of text with character references), as the widgets read them: nothing runs. */
const wordsOf = (value) => {
  const start = short(value, MAX_PROSE);
  if (!markup.test(start)) return start.trim();
  return DomUtils.textContent(parseDocument(start, { decodeEntities: true }))
    .replace(/\s+/g, ' ')
    .trim();
};

/** An item's id as the widgets read it: a finite number, or text. */
const identifier = (value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : plainText(value, 1000));

/** Addresses of a local file are resolved as the page that reads it from a server would. */
const fileBase = 'https://feed.invalid/';

/** `value` as an http(s) URL the widgets use (relative ones resolved against `base`), else undefined. */
function httpUrl(value, base) {
  const text = short(value).trim();
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** As safe-url.ts: name@domain.tld, the domain's labels excluding the dot between them, so linear; at most 254 characters. */
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/;
const isEmail = (value) => {
  if (typeof value !== 'string') return false;
  const address = value.trim().replace(/^mailto:/i, '');
  return address.length <= 254 && emailPattern.test(address);
};

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The day a date shows, as parse-date.ts reads it, or undefined for a date the widgets drop. */
function readableDate(value) {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const text = value.trim();
  const time = Date.parse(text.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T'));
  if (Number.isNaN(time)) return undefined;
  const written = writtenDay.exec(text);
  // 31 April would roll over into 1 May: the widgets drop it.
  if (written && new Date(Date.UTC(+written[1], +written[2] - 1, +written[3])).getUTCDate() !== +written[3]) return undefined;
  return text;
}

/** Why the widgets skip `item`, or undefined when they show it (normalise-feed.ts normaliseItem and untidy-items.ts). */
function skipReason(item, base) {
  if (!isObject(item)) return 'it is not an object';
  if (!identifier(item.id)) return 'it has no id';
  if (!httpUrl(item.url ?? item.external_url, base)) return 'it has no http(s) url (url, else external_url)';
  const text = [item.title, item.summary, item.content_text, item.content_html].some((value) => wordsOf(value));
  if (!text) return 'it has no title and no text (summary, content_text or content_html)';
  return undefined;
}

/**
 * Problems of a feed's text, JSON Feed, RSS or Atom: `errors` the widgets cannot read past, `warnings` they work
 * around. Each has `pointer` (JSON Pointer; '' for the whole file) and `message`; in JSON, `line` and `column`.
 * `format` says how the text was read: 'json', 'rss' or 'atom' (RSS and Atom pointers are into the JSON Feed they
 * read as). `base` resolves relative addresses (the feed's URL, when it has one).
 */
export function validateFeedText(text, { base } = {}) {
  const base_ = /^https?:\/\//i.test(base ?? '') ? base : fileBase;
  // A byte-order mark, as the widgets drop it; a space keeps every offset.
  const source = text.replace(/^\uFEFF/, ' ');
  if (looksLikeXml(source)) return validateXml(source, base_);
  let feed;
  try {
    feed = JSON.parse(source);
  } catch {
    return { format: 'json', errors: [notJson(source)], warnings: [] };
  }
  const { errors, warnings } = checkFeed(feed, base_);
  if (!errors.length && !warnings.length) return { format: 'json', errors, warnings };
  // Lines and columns need the text's syntax tree: built only when there is something to point at.
  const root = parseTree(source, [], { allowTrailingComma: false, disallowComments: true });
  const at = positions(source);
  const place = ({ pointer, message }) => ({ pointer, ...at((findNodeAtLocation(root, segments(pointer)) ?? root).offset), message });
  return { format: 'json', errors: errors.map(place), warnings: warnings.map(place) };
}

/** The first place where XML is not well-formed (an element not closed, or closed by another's end tag), or undefined. */
function notWellFormed(text) {
  let problem;
  let ending = false;
  const at = positions(text);
  const parser = new Parser(
    {
      onclosetag(name, implied) {
        if (!implied || problem) return;
        // htmlparser2 calls a self-closing element's end implied too: it is the one whose tag ends "/>".
        const tag = text.slice(parser.startIndex, parser.endIndex + 1);
        if (ending || !/\/\s*>$/.test(tag.slice(-20))) problem = { ...at(parser.startIndex), name };
      },
    },
    { xmlMode: true },
  );
  parser.write(text);
  ending = true;
  parser.end();
  return problem;
}

/** The local name of the document's first element (`feed` for Atom, `rss` or `rdf:RDF` for RSS). */
function rootOf(text) {
  let root;
  const parser = new Parser(
    {
      onopentagname(name) {
        root ??= name.replace(/^[^:]*:/, '');
        parser.pause();
      },
    },
    { xmlMode: true },
  );
  parser.end(text);
  return root;
}

function validateXml(text, base) {
  const broken = notWellFormed(text);
  if (broken) {
    const { line, column, name } = broken;
    return {
      format: 'xml',
      errors: [{ pointer: '', line, column, message: `Not well-formed XML: <${name}> is not closed.` }],
      warnings: [],
    };
  }
  let converted;
  try {
    converted = fromXmlFeed(text);
  } catch {
    return {
      format: 'xml',
      errors: [{ pointer: '', line: 1, column: 1, message: 'XML, but neither an RSS 2.0 nor an Atom 1.0 feed.' }],
      warnings: [],
    };
  }
  const format = rootOf(text) === 'feed' ? 'atom' : 'rss';
  const { errors, warnings } = checkFeed(converted.feed, base);
  // Convert leaves out what the widgets skip; its reasons are the widgets' own.
  const left = converted.problems.map(({ row, message }) => ({ pointer: '', message: `Item ${row} is skipped: ${message}` }));
  return { format, errors, warnings: [...left, ...warnings] };
}

/** Where and why text is not JSON, from jsonc-parser, which says where JSON.parse gave up. */
function notJson(text) {
  const parseErrors = [];
  parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  const first = parseErrors[0] ?? { offset: 0, error: 0 };
  const words = parseErrors.length
    ? printParseErrorCode(first.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
    : 'empty file';
  return { pointer: '', ...positions(text)(first.offset), message: `Not JSON: ${words}.` };
}

/** One message per place and words: ajv reports an item without text once per anyOf branch as well. */
const dropRepeats = (problems) => [...new Map(problems.map((each) => [`${each.pointer} ${each.message}`, each])).values()];

/** Is `pointer` at or under `/items/<index>` for a skipped index? */
const underSkipped = (pointer, skipped) => {
  const [first, index] = segments(pointer);
  return first === 'items' && skipped.has(index);
};

/** What the schema's ajv errors mean for the widgets: the few that stop them are errors, the rest warnings. */
function checkFeed(feed, base) {
  const pointed = (pointer, message) => ({ pointer, message });
  const errors = [];
  const warnings = [];
  if (!isObject(feed) || !Array.isArray(feed.items)) {
    errors.push(pointed('', 'Not a JSON Feed: it needs an "items" list (and a jsonfeed.org "version").'));
    return { errors, warnings };
  }
  const items = feed.items;
  const skipped = new Map();
  items.forEach((item, index) => {
    const reason = skipReason(item, base);
    if (reason) skipped.set(index, reason);
  });
  for (const error of check(feed) ? [] : check.errors) {
    const pointer = error.instancePath;
    // The branches of anyOf and oneOf are said once, by anyOf or oneOf itself.
    if (/\/(anyOf|oneOf)\/\d+\//.test(error.schemaPath)) continue;
    if (pointer === '/version') errors.push(pointed(pointer, `${where(pointer)} ${wordsFor(error)}: the widgets read JSON Feed only.`));
    else if (!underSkipped(pointer, skipped))
      warnings.push(pointed(pointer, `${where(pointer)} ${wordsFor(error)}: the widgets ignore it.`));
  }
  if (feed.version === undefined)
    warnings.push(pointed('', 'The feed has no "version": JSON Feed asks for "https://jsonfeed.org/version/1.1".'));
  if (typeof feed.title !== 'string' || !feed.title.trim()) warnings.push(pointed('', 'The feed has no "title": JSON Feed asks for one.'));
  warnings.push(...feedProblems(feed, base, pointed));
  for (const [index, reason] of skipped)
    warnings.push(pointed(`/items/${index}`, `Item ${index + 1} is skipped by the widgets: ${reason}.`));
  if (items.length && skipped.size === items.length)
    errors.push(
      pointed(
        '/items',
        `None of the feed's ${items.length} item${items.length === 1 ? '' : 's'} can be shown: the widgets show no stories.`,
      ),
    );
  warnings.push(...softProblems(items, skipped, base, pointed));
  return { errors: dropRepeats(errors), warnings: dropRepeats(warnings) };
}

/** The feed's own fields the widgets drop. */
function feedProblems(feed, base, problem) {
  const warnings = [];
  const impact = isObject(feed._impact) ? feed._impact : {};
  for (const key of ['home_page_url', 'next_url']) {
    if (feed[key] !== undefined && typeof feed[key] === 'string' && !httpUrl(feed[key], base))
      warnings.push(
        problem(
          `/${key}`,
          `The feed's ${key} is not an http(s) address: the widgets ${key === 'next_url' ? 'read no older page' : 'ignore it'}.`,
        ),
      );
  }
  const contact = impact.media_contact;
  if (contact !== undefined) {
    const given = typeof contact === 'string' ? (contact.includes('@') ? { email: contact } : { url: contact }) : contact;
    if (isObject(given)) {
      const email = given.email !== undefined && isEmail(given.email);
      const url = given.url !== undefined && httpUrl(given.url, base);
      if (given.email !== undefined && !email)
        warnings.push(
          problem(
            typeof contact === 'string' ? '/_impact/media_contact' : '/_impact/media_contact/email',
            `The media contact's e-mail address "${short(given.email, 200)}" is not one: the widgets leave it out.`,
          ),
        );
      if (given.url !== undefined && !url)
        warnings.push(
          problem(
            typeof contact === 'string' ? '/_impact/media_contact' : '/_impact/media_contact/url',
            `The media contact's address "${short(given.url, 200)}" is not an http(s) URL: the widgets leave it out.`,
          ),
        );
      if (!email && !url)
        warnings.push(problem('/_impact/media_contact', 'The media contact has no usable e-mail address or URL: the widgets show none.'));
    }
  }
  return warnings;
}

/** What the widgets work around in the items they show. */
function softProblems(items, skipped, base, problem) {
  const warnings = [];
  const seen = new Map();
  items.forEach((item, index) => {
    if (skipped.has(index)) return;
    const path = `/items/${index}`;
    const title = plainText(item.title, 60);
    const name = title ? `"${title}"` : `Item ${index + 1}`;
    const date = item.date_published;
    if (date === undefined || date === null || date === '') {
      if (!readableDate(item.date_modified)) warnings.push(problem(path, `${name} has no date_published: it is shown last, undated.`));
    } else if (!readableDate(date)) {
      warnings.push(
        problem(
          `${path}/date_published`,
          `${name}: "${short(date, 100)}" is not an RFC 3339 date: the widgets show the story without a date.`,
        ),
      );
    } else if (!dateOnly.test(date.trim()) && !dateTime.test(date.trim())) {
      // A day alone ("2022-07-21") is read as that day everywhere, as publishers mean it.
      warnings.push(
        problem(
          `${path}/date_published`,
          `${name}: "${short(date, 100)}" is not an RFC 3339 date: the widgets read it, other JSON Feed readers may not.`,
        ),
      );
    }
    const photo = httpUrl(item.image, base) ?? httpUrl(item.banner_image, base);
    if (item.image !== undefined && !photo)
      warnings.push(problem(`${path}/image`, `${name}: the photo's address is not an http(s) URL: the widgets show no photo.`));
    if (photo) {
      const at = item.image !== undefined ? `${path}/image` : `${path}/banner_image`;
      const impact = isObject(item._impact) ? item._impact : {};
      if (!plainText(impact.image_alt))
        warnings.push(problem(at, `${name}: the photo has no _impact.image_alt, so screen readers skip it.`));
      if (!plainText(impact.image_credit)) warnings.push(problem(at, `${name}: the photo has no _impact.image_credit.`));
    }
    const id = identifier(item.id);
    if (seen.has(id))
      warnings.push(problem(`${path}/id`, `${name} repeats the id "${id}" of item ${seen.get(id) + 1}: the widgets show the first.`));
    else seen.set(id, index);
  });
  return warnings;
}
