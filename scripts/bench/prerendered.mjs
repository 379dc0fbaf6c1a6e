// Part of `npm run bench`: the time to the first card of a list prerendered with renderStoryList() (its HTML
// carries the cards, painted before any script runs) against the same list rendered in the browser.
import { readFile, writeFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);

/**
 * Writes bench-results/prerendered.html: the list of `feedPath`, prerendered, then the hydrating script.
 * @param {string} base
 * @param {string} feedPath
 */
export async function writePrerenderedPage(base, feedPath) {
  const { renderStoryList } = /** @type {typeof import('../../packages/ssr/dist/render-story-list.js')} */ (
    await import(new URL('packages/ssr/dist/render-story-list.js', root).href)
  );
  const feed = JSON.parse(await readFile(new URL(feedPath.slice(1), root), 'utf8'));
  const fragment = await renderStoryList({ src: `${base}${feedPath}`, feed });
  // First Contentful Paint is the first frame with the cards: nothing else on the page paints.
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered list</title></head><body><main>${fragment}</main>
<script>
window.benchResult = new Promise((resolve) => new PerformanceObserver((list) => {
  const paint = list.getEntries().find((entry) => entry.name === 'first-contentful-paint');
  if (paint) resolve({ firstCardMs: paint.startTime });
}).observe({ type: 'paint', buffered: true }));
</script>
<script type="module" src="/dist/impact-stories-ssr.js"></script></body></html>`;
  await writeFile(new URL('bench-results/prerendered.html', root), page);
}

/**
 * Median time to the first card, ms from the navigation's start, for both pages.
 * @param {{ measurePage: (url: string) => Promise<{ firstCardMs: number }>, base: string, feedPath: string, runs: number,
 *   median: (values: number[]) => number }} options
 */
export async function benchFirstCard({ measurePage, base, feedPath, runs, median }) {
  await writePrerenderedPage(base, feedPath);
  /** @type {{ prerendered: number[], client: number[] }} */
  const samples = { prerendered: [], client: [] };
  for (let run = -1; run < runs; run++) {
    const prerendered = await measurePage(`${base}/bench-results/prerendered.html`);
    const client = await measurePage(`${base}/bench/first-card.html?feed=${feedPath}`);
    if (run >= 0) {
      samples.prerendered.push(prerendered.firstCardMs);
      samples.client.push(client.firstCardMs);
    }
  }
  return { prerenderedMs: median(samples.prerendered), clientMs: median(samples.client) };
}
