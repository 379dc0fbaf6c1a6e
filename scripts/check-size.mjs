// Fails when a script-tag file grows past its gzip budget: impact-stories.js, and impact-stories-ssr.js, the same
// with Lit's hydration support for pages with prerendered lists.
import { readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const BUDGET_BYTES = 20 * 1024;
const budgets = { 'impact-stories.js': BUDGET_BYTES, 'impact-stories-ssr.js': 23 * 1024 };
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

let exceeded = false;
for (const [name, budget] of Object.entries(budgets)) {
  let source;
  try {
    source = await readFile(new URL(`../dist/${name}`, import.meta.url));
  } catch {
    console.error(`dist/${name} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gzip = gzipSync(source, { level: 9 }).length;
  const line = `dist/${name}: ${kb(source.length)} minified, ${kb(gzip)} gzip, ${kb(brotliCompressSync(source).length)} brotli (budget ${kb(budget)} gzip)`;
  if (gzip > budget) exceeded = true;
  console[gzip > budget ? 'error' : 'log'](`${gzip > budget ? 'Size budget exceeded.' : 'Size budget met.'} ${line}`);
}
process.exit(exceeded ? 1 : 0);
