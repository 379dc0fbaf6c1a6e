// `npm run bench`: builds, serves on localhost, drives headless Chromium and prints a table.
// A benchmark, not a test: it reports numbers and never fails on timing.
// Options: --runs N (default 7), --sizes 20,1000 (default 20,1000,10000), --latency MS (default 100), --no-build,
// --engine-sizes 20,1000 (Firefox and WebKit, when installed; default 20,1000), --no-engines (Chromium only),
// --split-sizes 1000,10000,100000 (archives split by `impact-stories split`), --no-split.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome, installAdvice } from '../find-chrome.mjs';
import { startStaticServer } from '../static-server.mjs';
import { generateFeed, generateHugeFieldsFeed } from './generate-feed.mjs';
import { benchOtherEngines } from './other-engines.mjs';
import { benchFirstCard } from './prerendered.mjs';
import { benchSplitArchives } from './split-archives.mjs';

const root = new URL('../../', import.meta.url);
/**
 * @template {string | number} T
 * @param {string} name
 * @param {T} fallback
 * @returns {string | T}
 */
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return (index > 0 && process.argv[index + 1]) || fallback;
};
const runs = Number(option('--runs', 7));
const sizes = option('--sizes', '20,1000,10000').split(',').map(Number);
const engineSizes = process.argv.includes('--no-engines') ? [] : option('--engine-sizes', '20,1000').split(',').map(Number);
// Every request waits this long, as on a fast real network. With none, a localhost feed answers while the
// widget is still drawing its loading state, and the clock would start before the widget could read it.
const latencyMs = Number(option('--latency', 100));
const splitSizes = process.argv.includes('--no-split') ? [] : option('--split-sizes', '1000,10000,100000').split(',').map(Number);
// Each measured page gets its own browser context, and Chrome opens a window for it with a renderer of its own
// for the address bar's suggestions. On two cores that renderer ran beside most widget pages (10 of 12 traced)
// and slowed them by up to 30 ms. A reader's browser starts it once per window, not per page, so the benchmark
// turns it off, as Puppeteer's defaults do since its pull request 15278 (newer than the version installed here).
const benchFlags = [...chromeFlags, '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // NaN for no values, as the sum of two missing ones was.
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2;
};

/**
 * The first of a page's samples, for the figures that are the same in every run: the cards and DOM nodes.
 * @template T
 * @param {T[]} samples
 */
const firstOf = (samples) => {
  const [first] = samples;
  if (first === undefined) throw new Error('No samples were taken: --runs must be 1 or more.');
  return first;
};

/**
 * A bench page's result, and the heap it used.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
async function measurePage(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  await page.goto(url);
  const result = await page.evaluate(() => window.benchResult);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { ...result, heapBytes: usedSize };
}

/** @typedef {'widget' | 'vanilla'} Renderer */
/**
 * One size of feed in the render table: each renderer's median time and heap, its cards and DOM nodes.
 * @typedef {{ stories: number, ratio: number } & Record<Renderer, { renderMs: number, cards: number, domNodes: number, heapMB: number }>} RenderRow
 */
/**
 * bench-results/results.json.
 * @typedef {{
 *   date: string,
 *   machine: { cpu: string, cores: number, memoryGB: number, node: string, chrome: string },
 *   command: string,
 *   runs: number,
 *   latencyMs: number,
 *   bundle: { bytes: number, gzipBytes: number, brotliBytes: number },
 *   render: RenderRow[],
 *   layoutShift: { cls: number, worst: number },
 *   sharedFeed: { lists: number, feedRequests: number },
 *   idle: { pending: string[], animations: number },
 *   otherEngines: Awaited<ReturnType<typeof benchOtherEngines>>,
 *   stress: { feed: string, cards: number, renderMs: number, longestTaskMs: number }[],
 *   splitArchives: Awaited<ReturnType<typeof benchSplitArchives>>,
 *   firstCard: Awaited<ReturnType<typeof benchFirstCard>>,
 * }} Results
 */

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error(installAdvice);
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', cwd: root });

  const bundle = await readFile(new URL('dist/impact-stories.js', root));
  // The vanilla baseline draws with the widget's own style sheets, read here in Node (they import lit).
  const { listStyles } =
    /** @type {typeof import('../../packages/widgets/dist/lib/components/impact-story-list/impact-story-list.styles.js')} */ (
      await import(new URL('packages/widgets/dist/lib/components/impact-story-list/impact-story-list.styles.js', root).href)
    );
  await mkdir(new URL('bench-results/', root), { recursive: true });
  const cssText = listStyles.map((sheet) => sheet.cssText).join('\n');
  await writeFile(new URL('bench-results/list-styles.js', root), `export default ${JSON.stringify(cssText)};\n`);
  const serverOptions = { latencyMs: 0 };
  const { server, url: base } = await startStaticServer(0, serverOptions);
  const feedsDir = new URL('bench-results/feeds/', root);
  await mkdir(feedsDir, { recursive: true });
  for (const size of new Set([20, ...sizes, ...engineSizes, 100_000]))
    await writeFile(new URL(`feed-${size}.json`, feedsDir), JSON.stringify(generateFeed(size, base)));
  await writeFile(new URL('feed-huge-fields.json', feedsDir), JSON.stringify(generateHugeFieldsFeed(20, base)));
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: benchFlags });
  /** @type {RenderRow[]} */
  const rows = [];
  try {
    for (const size of sizes) {
      const feed = `/bench-results/feeds/feed-${size}.json`;
      const row = /** @type {RenderRow} */ ({ stories: size }); // Its figures are filled in below.
      const renderers = /** @type {const} */ (['widget', 'vanilla']);
      /** @type {Record<Renderer, (BenchResult & { heapBytes: number })[]>} */
      const samplesOf = { widget: [], vanilla: [] };
      // One warm-up round, then alternate the two renderers so drift on the machine hits both alike.
      for (let run = -1; run < runs; run++) {
        for (const renderer of renderers) {
          const sample = await measurePage(browser, `${base}/bench/${renderer}.html?feed=${feed}`);
          if (run >= 0) samplesOf[renderer].push(sample);
        }
      }
      for (const renderer of renderers) {
        const samples = samplesOf[renderer];
        row[renderer] = {
          renderMs: median(samples.map((sample) => sample.renderMs)),
          cards: firstOf(samples).cards,
          domNodes: firstOf(samples).domNodes,
          heapMB: median(samples.map((sample) => sample.heapBytes)) / 2 ** 20,
        };
      }
      row.ratio = row.widget.renderMs / row.vanilla.renderMs;
      rows.push(row);
    }
    // Feeds that could freeze a page: the widget alone, its longest main-thread task and its time to first cards.
    const stress = [];
    for (const [what, file] of /** @type {const} */ ([
      ['1 MiB in each field of one story', 'feed-huge-fields.json'],
      ['100,000 stories', 'feed-100000.json'],
    ])) {
      const samples = [];
      for (let run = -1; run < Math.min(runs, 5); run++) {
        const sample = await measurePage(browser, `${base}/bench/widget.html?feed=/bench-results/feeds/${file}`);
        if (run >= 0) samples.push(sample);
      }
      stress.push({
        feed: what,
        cards: firstOf(samples).cards,
        renderMs: median(samples.map((sample) => sample.renderMs)),
        longestTaskMs: Math.max(...samples.map((sample) => sample.longestTaskMs)),
      });
    }
    const chromeVersion = await browser.version();
    const shifts = [];
    for (let run = 0; run < runs; run++) shifts.push(await measurePage(browser, `${base}/bench/layout-shift.html`));
    const shared = await measurePage(browser, `${base}/bench/shared-feed.html`);
    const idle = await measurePage(browser, `${base}/bench/idle.html`);
    const splitArchives = splitSizes.length ? await benchSplitArchives({ browser, base, sizes: splitSizes }) : [];
    const firstCard = await benchFirstCard({
      measurePage: (url) => measurePage(browser, url),
      base,
      feedPath: '/bench-results/feeds/feed-20.json',
      runs,
      median,
    });
    await browser.close();
    serverOptions.latencyMs = latencyMs;
    const otherEngines = engineSizes.length ? await benchOtherEngines({ base, sizes: engineSizes, runs, median }) : [];

    /** @type {Results} */
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        chrome: chromeVersion,
      },
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      runs,
      latencyMs,
      bundle: { bytes: bundle.length, gzipBytes: gzipSync(bundle, { level: 9 }).length, brotliBytes: brotliCompressSync(bundle).length },
      render: rows,
      layoutShift: { cls: median(shifts.map((sample) => sample.cls)), worst: Math.max(...shifts.map((sample) => sample.cls)) },
      sharedFeed: { lists: shared.lists, feedRequests: shared.feedRequests },
      idle: { pending: idle.pending, animations: idle.animations },
      otherEngines,
      stress,
      splitArchives,
      firstCard,
    };
    await writeFile(new URL('bench-results/results.json', root), `${JSON.stringify(results, null, 2)}\n`);
    print(results);
  } finally {
    await browser.close().catch(() => {});
    server.close();
  }
}

/** @param {Results} results */
function print(results) {
  /** @param {number} bytes */
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
  console.log(`\nImpact stories widgets benchmark, ${results.date}`);
  console.log(
    `${results.machine.cpu} (${results.machine.cores} cores), ${results.machine.chrome}, Node ${results.machine.node}; median of ${results.runs} runs`,
  );
  console.log(`Every request answered after ${results.latencyMs} ms of emulated network latency.\n`);
  console.log(
    `Bundle dist/impact-stories.js: ${kb(results.bundle.bytes)} minified, ${kb(results.bundle.gzipBytes)} gzip, ${kb(results.bundle.brotliBytes)} brotli\n`,
  );
  console.table(
    results.render.map((row) => ({
      stories: row.stories,
      'cards shown': row.widget.cards,
      'widget ms': row.widget.renderMs.toFixed(1),
      'vanilla ms': row.vanilla.renderMs.toFixed(1),
      'widget/vanilla': `${row.ratio.toFixed(2)}x`,
      'widget DOM': row.widget.domNodes,
      'vanilla DOM': row.vanilla.domNodes,
      'widget heap MB': row.widget.heapMB.toFixed(1),
      'vanilla heap MB': row.vanilla.heapMB.toFixed(1),
    })),
  );
  console.log('"ms" is from the end of the feed response to the first cards painted.');
  console.log(
    `Layout shift while a list loads with images: CLS ${results.layoutShift.cls.toFixed(4)} (worst run ${results.layoutShift.worst.toFixed(4)})`,
  );
  console.log(`Five lists sharing one feed: ${results.sharedFeed.feedRequests} request(s) for the feed`);
  const left = results.idle.pending.length + results.idle.animations;
  console.log(
    `Left running once the stories are shown: ${left ? `${results.idle.pending.join(', ')} ${results.idle.animations} animation(s)` : 'nothing (no timer, interval, frame or animation)'}`,
  );
  console.log('\nFeeds that could freeze a page (widget only; the longest main-thread task of any run):');
  console.table(
    results.stress.map((row) => ({
      feed: row.feed,
      'cards shown': row.cards,
      'feed response → cards ms': row.renderMs.toFixed(1),
      'longest task ms': row.longestTaskMs.toFixed(0),
    })),
  );
  if (results.otherEngines.length) {
    console.log('\nTime to first cards in the other engines (the server waits the same latency before each answer):');
    const rows = [];
    for (const engine of results.otherEngines) {
      if (engine.skipped) rows.push({ engine: engine.label, stories: '-', 'widget/vanilla': engine.skipped });
      for (const row of engine.render ?? []) {
        rows.push({
          engine: `${engine.label}, ${engine.version}`,
          stories: row.stories,
          'widget ms': row.widgetMs.toFixed(1),
          'vanilla ms': row.vanillaMs.toFixed(1),
          'widget/vanilla': `${row.ratio.toFixed(2)}x`,
        });
      }
    }
    console.table(rows);
  }
  console.log(
    `\nTime to the first card, from the navigation's start (20 stories): prerendered ${results.firstCard.prerenderedMs.toFixed(1)} ms, ` +
      `rendered in the browser ${results.firstCard.clientMs.toFixed(1)} ms`,
  );
  if (results.splitArchives.length) {
    console.log('\nBytes one list of "Project 7" downloads, split by `impact-stories split` or not (archives of 50 projects):');
    console.table(
      results.splitArchives.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [
            key,
            typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(key === 'split / shown' ? 2 : 1) : value,
          ]),
        ),
      ),
    );
  }
  console.log('Results written to bench-results/results.json');
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
