// Checks a feed's text against schema/impact-feed.schema.json (ajv), then for the soft problems the widgets work
// around. Every problem has its JSON pointer, line and column in the text, and plain words.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';

const schema = JSON.parse(readFileSync(new URL('../../schema/impact-feed.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(schema);

/** RFC 3339 date-time, as JSON Feed asks for. */
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

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

function wordsFor(error) {
  const { keyword, params } = error;
  if (keyword === 'required') return `has no "${params.missingProperty}"`;
  if (keyword === 'type') return `should be ${params.type === 'array' ? 'a list' : `a ${params.type}`}`;
  if (keyword === 'format')
    return `is not a valid ${params.format === 'uri-reference' ? 'URL' : params.format === 'uri' ? 'absolute URL' : params.format}`;
  if (keyword === 'pattern' && error.instancePath === '/version') return 'should be "https://jsonfeed.org/version/1.1"';
  if (keyword === 'anyOf') return 'has no text: it needs a title, summary, content_text or content_html';
  if (keyword === 'minLength') return 'should not be empty';
  if (keyword === 'minimum') return `should be at least ${params.limit}`;
  return error.message ?? keyword;
}

/**
 * Problems of one feed text: `errors` the widgets cannot read past, `warnings` they work around. Each has `pointer`
 * (JSON Pointer; '' for the whole file), `line`, `column` and `message`.
 */
export function validateFeedText(text) {
  let feed;
  try {
    feed = JSON.parse(text);
  } catch {
    return { errors: [notJson(text)], warnings: [] };
  }
  const pointed = (pointer, message) => ({ pointer, message });
  const errors = check(feed)
    ? []
    : check.errors.map((error) => pointed(error.instancePath, `${where(error.instancePath)} ${wordsFor(error)}.`));
  const warnings = Array.isArray(feed?.items) ? softProblems(feed.items, pointed) : [];
  if (!errors.length && !warnings.length) return { errors, warnings };
  // Lines and columns need the text's syntax tree: built only when there is something to point at.
  const root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true });
  const at = positions(text);
  const place = ({ pointer, message }) => ({ pointer, ...at((findNodeAtLocation(root, segments(pointer)) ?? root).offset), message });
  return { errors: dropRepeats(errors).map(place), warnings: warnings.map(place) };
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

/** ajv reports an item without text once per anyOf branch as well: one message per place is enough. */
const dropRepeats = (problems) => [...new Map(problems.map((each) => [`${each.pointer} ${each.message}`, each])).values()];

function softProblems(items, problem) {
  const warnings = [];
  const seen = new Map();
  items.forEach((item, index) => {
    if (!item || typeof item !== 'object') return;
    const path = `/items/${index}`;
    const name = typeof item.title === 'string' && item.title ? `"${item.title.slice(0, 60)}"` : `Item ${index + 1}`;
    if (!item.url && !item.external_url) warnings.push(problem(path, `${name} has no url: its card has no link.`));
    const date = item.date_published;
    if (!date) warnings.push(problem(path, `${name} has no date_published: it is shown last, undated.`));
    // A day alone ("2022-07-21") is read as that day everywhere, as publishers mean it.
    else if (typeof date === 'string' && !dateOnly.test(date) && (!dateTime.test(date) || Number.isNaN(Date.parse(date))))
      warnings.push(
        problem(`${path}/date_published`, `${name}: "${date}" is not an RFC 3339 date: the widgets show the story without a date.`),
      );
    if (item.image) {
      if (!item._impact?.image_alt)
        warnings.push(problem(`${path}/image`, `${name}: the photo has no _impact.image_alt, so screen readers skip it.`));
      if (!item._impact?.image_credit) warnings.push(problem(`${path}/image`, `${name}: the photo has no _impact.image_credit.`));
    }
    if (typeof item.id === 'string') {
      if (seen.has(item.id))
        warnings.push(
          problem(`${path}/id`, `${name} repeats the id "${item.id}" of item ${seen.get(item.id) + 1}: the widgets show the first.`),
        );
      else seen.set(item.id, index);
    }
  });
  return warnings;
}
