// Fails when the script-tag bundle grows past its gzip budget.
import { readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const BUDGET_BYTES = 20 * 1024;
const file = new URL('../dist/impact-stories.js', import.meta.url);

let source;
try {
  source = await readFile(file);
} catch {
  console.error('dist/impact-stories.js is missing: run `npm run build` first.');
  process.exit(1);
}
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const line = `dist/impact-stories.js: ${kb(source.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_BYTES)} gzip)`;
if (gzip > BUDGET_BYTES) {
  console.error(`Size budget exceeded. ${line}`);
  process.exit(1);
}
console.log(`Size budget met. ${line}`);
