// The WordPress plugin's copies of the list attributes: the shortcode's and block's PHP allowlist, the block's
// attributes in block.json, and the block preview's mapping of block attributes to the element's.
import { generatedNote } from './generated-note.mjs';

/** @typedef {import('../../packages/core/src/attributes/list-attribute-schema.js').ListAttribute} ListAttribute */

const phpKinds = { url: 'url', text: 'text', year: 'year', 'whole-number': 'count', locale: 'locale', boolean: 'flag' };
const phpString = (/** @type {string} */ text) => `'${text.replace(/[\\']/g, '\\$&')}'`;
const phpKind = (/** @type {ListAttribute} */ attribute) =>
  attribute.type === 'choice' ? `array( ${(attribute.values ?? []).map(phpString).join(', ')} )` : phpString(phpKinds[attribute.type]);

/** includes/list-attributes.php: every attribute the list takes, with the kind of value read for it. */
export function listAttributesPhp(/** @type {readonly ListAttribute[]} */ schema) {
  const width = Math.max(...schema.map((attribute) => phpString(attribute.name).length));
  const rows = schema.map((attribute) => `\t\t${phpString(attribute.name).padEnd(width)} => ${phpKind(attribute)},`);
  return `<?php
/**
 * The attributes of <impact-story-list>.
 *
 * ${generatedNote.charAt(0).toUpperCase()}${generatedNote.slice(1)}.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every attribute the list takes, with the kind of value it takes: a list of allowed values, or a kind name
 * (read by impact_stories_read_attribute()).
 *
 * @return array<string, string|string[]>
 */
function impact_stories_list_attributes() {
\treturn array(
${rows.join('\n')}
\t);
}
`;
}

/** The block attribute of an HTML attribute: `group-by` is `groupBy` (block.php turns it back). */
export const blockKey = (/** @type {string} */ name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

const blockOffered = (/** @type {readonly ListAttribute[]} */ schema) => schema.filter((attribute) => attribute.offeredIn.block);

/** @param {ListAttribute} attribute */
function blockAttribute({ type, values, default: elementDefault, offeredIn }) {
  const { integer, default: blockDefault } = offeredIn.block ?? {};
  if (type === 'boolean') return { type: 'boolean', default: false };
  const fallback = blockDefault ?? elementDefault;
  if (integer) return fallback === undefined ? { type: 'integer' } : { type: 'integer', default: Number(fallback) };
  if (type === 'choice')
    return { type: 'string', enum: fallback === undefined ? ['', ...(values ?? [])] : [...(values ?? [])], default: fallback ?? '' };
  return { type: 'string', default: fallback ?? '' };
}

/** block.json with its `attributes` written from the schema; everything else in it is kept as it is. */
/**
 * @param {readonly ListAttribute[]} schema
 * @param {string} current block.json as it is
 */
export function blockJson(schema, current) {
  const metadata = JSON.parse(current);
  const rest = Object.fromEntries(Object.entries(metadata).filter(([key]) => key !== 'attributes' && key !== '$comment'));
  const entries = blockOffered(schema).map(({ name, ...attribute }) => [blockKey(name), blockAttribute({ name, ...attribute })]);
  const attributes = `{\n${entries.map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n')}\n  }`;
  const keys = Object.entries(rest).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  // "attributes" where it stood: after the block's description, before its supports.
  const at = Object.keys(metadata)
    .filter((key) => key !== '$comment')
    .indexOf('attributes');
  keys.splice(
    at === -1 ? keys.length : at,
    0,
    `  "$comment": ${JSON.stringify(`attributes: ${generatedNote}`)}`,
    `  "attributes": ${attributes}`,
  );
  return `{\n${keys.join(',\n')}\n}\n`;
}

/**
 * block-src/choice-options.js: the block's menus for the choices that have editor labels, each label a literal
 * `__()` call so WordPress's translation tools find it.
 */
export function blockChoiceOptionsJs(/** @type {readonly ListAttribute[]} */ schema) {
  const option = (/** @type {string} */ value, /** @type {string} */ label) =>
    `    { value: ${JSON.stringify(value)}, label: __(${JSON.stringify(label)}, 'impact-stories') },`;
  const menus = blockOffered(schema)
    .filter(({ labels }) => labels)
    .map(({ name, values = [], labels = {}, unsetLabel }) => {
      const options = [...(unsetLabel ? [option('', unsetLabel)] : []), ...values.map((value) => option(value, labels[value] ?? value))];
      return `  ${blockKey(name)}: [\n${options.join('\n')}\n  ],`;
    });
  return `// ${generatedNote}.
import { __ } from '@wordpress/i18n';

/** The block's menus for the list's choices, by block attribute, in the editor's language. */
export const choiceOptions = () => ({
${menus.join('\n')}
});
`;
}

/** block-src/list-attributes.js: the block's attributes as the element's, for the editor's preview. */
export function blockListAttributesJs(/** @type {readonly ListAttribute[]} */ schema) {
  const offered = blockOffered(schema).filter(({ name }) => name !== 'src');
  const names = offered.filter(({ type }) => type !== 'boolean').map(({ name }) => `  ${blockKey(name)}: '${name}',`);
  const flags = offered.filter(({ type }) => type === 'boolean').map(({ name }) => `  ${blockKey(name)}: '${name}',`);
  return `// ${generatedNote}.

/** The block's attributes that hold a value, by the element's attribute names. */
const valueAttributes = {
${names.join('\n')}
};

/** The block's on/off attributes, by the element's attribute names. */
const flagAttributes = {
${flags.join('\n')}
};

const isSet = (value) => value !== undefined && value !== null && value !== '' && value !== 0;

/** The block's attributes as the list element's attributes: only those that are set; a flag is an empty string. */
export function listAttributes(attributes, src) {
  const values = Object.entries(valueAttributes)
    .filter(([key]) => isSet(attributes[key]))
    .map(([key, name]) => [name, String(attributes[key])]);
  const flags = Object.entries(flagAttributes)
    .filter(([key]) => attributes[key])
    .map(([, name]) => [name, '']);
  return Object.fromEntries([...(isSet(src) ? [['src', String(src)]] : []), ...values, ...flags]);
}
`;
}
