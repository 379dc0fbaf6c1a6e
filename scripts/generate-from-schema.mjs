// Writes every copy of the list attributes from packages/core/src/attributes/list-attribute-schema.ts (`npm run generate`).
// With --check, writes nothing and exits 1 naming each copy that differs from what the schema gives.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { loadSchema } from './schema/load-schema.mjs';
import { blockChoiceOptionsJs, blockJson, blockListAttributesJs, listAttributesPhp } from './schema/wordpress-files.mjs';
import { attributesMarkdown, renderFlags, storybookArgTypes } from './schema/other-files.mjs';

const root = (/** @type {string} */ path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const read = (/** @type {string} */ path) => readFile(root(path), 'utf8').catch(() => '');

const { listAttributeSchema: schema } = await loadSchema();

/** Each generated file and its text; block.json keeps its own keys besides `attributes`. */
const files = {
  'wordpress/impact-stories/includes/list-attributes.php': listAttributesPhp(schema),
  'wordpress/block-src/block.json': blockJson(schema, await read('wordpress/block-src/block.json')),
  'wordpress/block-src/list-attributes.js': blockListAttributesJs(schema),
  'wordpress/block-src/choice-options.js': blockChoiceOptionsJs(schema),
  'stories/list-arg-types.ts': storybookArgTypes(schema),
  'packages/cli/commands/render-attributes.mjs': renderFlags(schema),
  'docs/attributes.md': attributesMarkdown(schema),
};

/** The text as Prettier writes it, where Prettier formats the file (not PHP, not Markdown: see .prettierignore). */
/**
 * @param {string} path
 * @param {string} text
 */
async function formatted(path, text) {
  const { ignored, inferredParser } = await prettier.getFileInfo(root(path), { ignorePath: root('.prettierignore') });
  if (ignored || !inferredParser) return text;
  return prettier.format(text, { ...(await prettier.resolveConfig(root(path))), filepath: root(path) });
}

const check = process.argv.includes('--check');
const stale = [];
for (const [path, text] of Object.entries(files)) {
  const wanted = await formatted(path, text);
  if (wanted === (await read(path))) continue;
  stale.push(path);
  if (!check) await writeFile(root(path), wanted);
}

if (check && stale.length) {
  console.error(`Stale copies of the list attributes (run \`npm run generate\`):\n${stale.map((path) => `  ${path}`).join('\n')}`);
  process.exit(1);
}
console.log(check ? 'Every copy of the list attributes is up to date.' : `Generated ${stale.length ? stale.join(', ') : 'nothing new'}.`);
