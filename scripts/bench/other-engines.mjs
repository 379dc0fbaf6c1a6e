// Time to first cards in Firefox and WebKit, as a ratio against the vanilla baseline in the same engine.
// Neither engine's automation emulates network latency, so their pages come from a server that waits instead.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { engines } from '../engines.mjs';
import { miniBrowserCapabilities, startWebKitDriver } from '../test-runner/webkit-driver.mjs';

async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: engines.firefox.find(), headless: true });
  return {
    version: await browser.version(),
    /** @param {string} url */
    async measure(url) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url);
      const result = await page.evaluate(() => window.benchResult);
      await context.close();
      return result;
    },
    close: () => browser.close(),
  };
}

async function webkit() {
  // Found: benchOtherEngines starts only the engines that are installed.
  const { driver: binary, browser: miniBrowser } = /** @type {{ driver: string, browser: string }} */ (engines.webkit.find());
  const driver = await startWebKitDriver(binary);
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: miniBrowserCapabilities(miniBrowser),
    });
    await browser.setWindowSize(1280, 900);
    return {
      version: `MiniBrowser (WebKitGTK) ${browser.capabilities.browserVersion ?? ''}`.trim(),
      /** @param {string} url */
      async measure(url) {
        // One window for every page, warm from the last (classic WebDriver has no browser contexts, unlike
        // Firefox's and Chromium's runs); a blank page in between ends the last.
        await browser.url('about:blank');
        await browser.url(url);
        /** @type {BenchResult | { error: string }} */
        const result = await browser.executeAsync((done) => window.benchResult.then(done, (error) => done({ error: String(error) })));
        if ('error' in result) throw new Error(`${url}: ${result.error}`);
        return result;
      },
      async close() {
        await browser.deleteSession().catch(() => {});
        driver.stop();
      },
    };
  } catch (error) {
    driver.stop();
    throw error;
  }
}

const starters = { firefox, webkit };

/**
 * For each engine that is installed: the median time to first cards of the widget and of vanilla at each size,
 * alternating the two so drift hits both alike, after one warm-up round.
 * @param {{ base: string, sizes: number[], runs: number, median: (values: number[]) => number }} options
 */
export async function benchOtherEngines({ base, sizes, runs, median }) {
  /** @type {{ engine: string, label: string, skipped?: string, version?: string, render?: { stories: number, widgetMs: number, vanillaMs: number, ratio: number }[] }[]} */
  const results = [];
  for (const [name, start] of /** @type {[keyof typeof starters, () => ReturnType<typeof firefox | typeof webkit>][]} */ (
    Object.entries(starters)
  )) {
    if (!engines[name].find()) {
      results.push({
        engine: name,
        label: engines[name].label,
        skipped: `not installed (apt-get install ${engines[name].packages.join(' ')})`,
      });
      continue;
    }
    let browser;
    try {
      browser = await start();
      const render = [];
      for (const size of sizes) {
        const feed = `/bench-results/feeds/feed-${size}.json`;
        /** @type {{ widget: number[], vanilla: number[] }} */
        const samples = { widget: [], vanilla: [] };
        for (let run = -1; run < runs; run++) {
          for (const renderer of /** @type {const} */ (['widget', 'vanilla'])) {
            const sample = await browser.measure(`${base}/bench/${renderer}.html?feed=${feed}`);
            if (run >= 0) samples[renderer].push(sample.renderMs);
          }
        }
        const widgetMs = median(samples.widget);
        const vanillaMs = median(samples.vanilla);
        render.push({ stories: size, widgetMs, vanillaMs, ratio: widgetMs / vanillaMs });
      }
      results.push({ engine: name, label: engines[name].label, version: browser.version, render });
    } catch (error) {
      // The Chromium figures are already measured: report this engine's failure beside them rather than lose them.
      results.push({ engine: name, label: engines[name].label, skipped: `failed: ${/** @type {Error} */ (error).message}` });
    } finally {
      await browser?.close();
    }
  }
  return results;
}
