// Everything the command prints goes through here: a feed's text (titles, ids, values, names, paths made from them)
// reaches a terminal or a CI log only with its control characters made visible, so a feed cannot move the cursor,
// recolour or clear the screen, ring the bell, reorder a line (bidi overrides), start a new line, or start a
// GitHub Actions workflow command (`::error::...` at the start of a line).

/**
 * C0 and C1 control characters, DEL, the line and paragraph separators, and the invisible marks and overrides that
 * reorder text (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), lone surrogates, and U+FEFF. One character
 * class, no quantifier nesting: linear in the text's length.
 */
const unsafe =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What JSON.stringify leaves raw of `unsafe` (it escapes C0 controls and lone surrogates itself). */
const unsafeInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** @type {Record<string, string>} */
const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** @param {string} character */
const escapeOne = (character) => {
  const name = named[character];
  if (name) return name;
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * `value` as text that is safe to print on one line: every control, bidi or invisible character as an escape (`\x1b`, `\n`, `\u202e`).
 * @param {unknown} value
 */
export const printable = (value) => String(value).replace(unsafe, escapeOne);

/**
 * A line as printed: printable, and never starting a CI runner's command (GitHub Actions reads `::name::` and
 * `##[name]` at the start of a line): such a line starts with its first character escaped.
 * @param {unknown} value
 */
export function printableLine(value) {
  const line = printable(value);
  return /^(::|##\[)/.test(line) ? `${escapeOne(line.charAt(0))}${line.slice(1)}` : line;
}

/** Prints one line on stdout. @param {unknown} line */
export const say = (line) => process.stdout.write(`${printableLine(line)}\n`);

/** Prints one line on stderr. @param {unknown} line */
export const complain = (line) => process.stderr.write(`${printableLine(line)}\n`);

/**
 * JSON for a pipeline, one value per run: JSON.stringify escapes C0 controls already; C1 controls, bidi marks and
 * the line separators are escaped too (`\u202e`), which any JSON reader reads back as the same string.
 * @param {unknown} value
 */
export const printableJson = (value, indent = 2) =>
  JSON.stringify(value, null, indent).replace(unsafeInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Prints `value` as JSON on stdout (see printableJson). @param {unknown} value */
export const sayJson = (value) => process.stdout.write(`${printableJson(value)}\n`);

/** The command's own fixed text (help, usage), printed as written. @param {string} text */
export const sayOwn = (text) => process.stdout.write(`${text}\n`);
