// The copies of the list attributes outside the plugin: the readers' table, Storybook's controls and the
// command's flags.
import { generatedNote } from './generated-note.mjs';

/** @typedef {import('../../packages/core/src/attributes/list-attribute-schema.js').ListAttribute} ListAttribute */

const cell = (/** @type {string} */ text) => text.replace(/\|/g, '\\|');

/**
 * docs/attributes.md: the attribute table for readers.
 * @param {readonly ListAttribute[]} schema
 */
export function attributesMarkdown(schema) {
  const rows = schema.map(
    ({ name, valueText, defaultText, description }) => `| \`${name}\` | ${cell(valueText)} | ${cell(defaultText)} | ${cell(description)} |`,
  );
  return `<!-- ${generatedNote}. -->

# \`<impact-story-list>\` attributes

All optional. JavaScript properties mirror them in camelCase (\`pageSize\`, \`groupBy\`, \`headingLevel\`).

| Attribute | Value | Default | What it does |
| --- | --- | --- | --- |
${rows.join('\n')}

Invalid values (e.g. \`layout="grids"\`) fall back to the default with one console warning.
`;
}

/** @param {ListAttribute} attribute */
function argType({ name, type, values, default: fallback, suggestions, description }) {
  const base = { description };
  if (name === 'heading-level') return { ...base, control: { type: 'number', min: 1, max: 6 } };
  if (type === 'choice')
    return { ...base, control: 'inline-radio', options: fallback === undefined ? ['', ...(values ?? [])] : [...(values ?? [])] };
  if (type === 'boolean') return { ...base, control: 'boolean' };
  if (suggestions) return { ...base, control: 'select', options: ['', ...suggestions] };
  return { ...base, control: 'text' };
}

/** stories/list-arg-types.ts: the attributes Storybook's controls offer, and a control for each. */
export function storybookArgTypes(/** @type {readonly ListAttribute[]} */ schema) {
  const offered = schema.filter((attribute) => attribute.offeredIn.storybook);
  const argTypes = Object.fromEntries(offered.map((attribute) => [attribute.name, argType(attribute)]));
  return `// ${generatedNote}.
import type { ArgTypes } from '@storybook/web-components-vite';

/** The list attributes Storybook's controls change, by their HTML names. */
export const listStoryAttributes = ${JSON.stringify(offered.map(({ name }) => name))} as const;

/** A control for each of them. */
export const listArgTypes = ${JSON.stringify(argTypes, null, 2)} satisfies ArgTypes;
`;
}

/** Comma-separated lines of at most 104 characters, each indented by two spaces. */
function wrap(/** @type {string[]} */ words) {
  /** @type {string[]} */
  const lines = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last}, ${word},`.length <= 104) lines[lines.length - 1] = `${last}, ${word}`;
    else {
      if (last !== undefined) lines[lines.length - 1] = `${last},`;
      lines.push(`  ${word}`);
    }
  }
  return lines;
}

/** cli/commands/render-attributes.mjs: the list attributes \`impact-stories render\` takes as flags. */
export function renderFlags(/** @type {readonly ListAttribute[]} */ schema) {
  const offered = schema.filter((attribute) => attribute.offeredIn.render);
  const flags = offered.map(({ name, type }) => `  ${JSON.stringify(name)}: { type: '${type === 'boolean' ? 'boolean' : 'string'}' },`);
  const help = wrap(offered.map(({ name }) => `--${name}`)).join('\n');
  return `// ${generatedNote}.

/**
 * The list attributes the command passes on, by their HTML names, as node:util parseArgs options.
 * @satisfies {import('node:util').ParseArgsOptionsConfig}
 */
export const listAttributeFlags = {
${flags.join('\n')}
};

/** The flags, for the command's help. */
export const listAttributeFlagsHelp = ${JSON.stringify(help)};
`;
}
