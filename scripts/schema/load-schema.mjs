// Reads packages/core/src/attributes/list-attribute-schema.ts in Node, before any build: esbuild (installed with the test
// runner's @web/dev-server-esbuild) strips its types, and the module is imported from memory.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const SCHEMA_PATH = 'packages/core/src/attributes/list-attribute-schema.ts';

/**
 * The schema module's exports: `listAttributeSchema` and the allowed-value lists.
 * @returns {Promise<typeof import('../../packages/core/src/attributes/list-attribute-schema.js')>}
 */
export async function loadSchema() {
  const entry = fileURLToPath(new URL(`../../${SCHEMA_PATH}`, import.meta.url));
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false });
  const [output] = outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${SCHEMA_PATH}.`);
  return import(`data:text/javascript;base64,${Buffer.from(output.text).toString('base64')}`);
}
