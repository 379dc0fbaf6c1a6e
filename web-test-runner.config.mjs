import { rmSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { defaultReporter } from '@web/test-runner';
import { browserFor, concurrencyFor } from './scripts/test-runner/browsers.mjs';
import { engineCountsReporter } from './scripts/test-runner/engine-counts-reporter.mjs';
import { nodeReader } from './scripts/test-runner/node-reader.mjs';
import { STRICT_CSP } from './scripts/strict-csp.mjs';

// One engine per run; scripts/run-tests.mjs runs each engine ENGINES names in turn.
const ENGINE = process.env.ENGINE ?? 'chromium';

const gates = new Map();
const releasedEarly = new Set();
const counts = new Map();
const flakyFailed = new Set();
const closedHangs = new Set();
const closeWaiters = new Map();
const receivedHangs = new Set();
const receiveWaiters = new Map();

async function sendFile(context, file) {
  if (!file) throw new Error(`no ?file= in ${context.url}`);
  const path = new URL(`.${file}`, import.meta.url);
  context.type = 'application/feed+json';
  context.body = await readFile(path);
}

/**
 * Test-only endpoints standing in for feed servers the tests need to control:
 *   /__test__/status/<code>            answers with that HTTP status
 *   /__test__/hang/<name>              never answers (until the client gives up)
 *   /__test__/received/<name>          answers once /__test__/hang/<name> has arrived
 *   /__test__/closed/<name>            answers "closed" once the client gave up on /__test__/hang/<name>
 *   /__test__/gated/<name>?file=<path> answers with the file once /__test__/release/<name> is requested
 *   /__test__/counted/<name>?file=<path> answers with the file and counts the request (&cache-control=… sets that header)
 *   /__test__/flaky/<name>?file=<path>  answers 503 the first time, then with the file
 *   /__test__/<action>/<path>/…        sample/<path>/…, for the relative image URLs of feeds served above
 *   /__test__/count/<name>             how many times /__test__/counted/<name> was requested
 *   /__test__/alone/impact-stories.js  the script-tag bundle copied without the language files beside it
 *   /__test__/other-version/<file>     dist/<file>, with the script-tag bundle's version changed to 9.9.9
 *   /__test__/prerendered?project=…    a page with a list prerendered by renderStoryList() (dist/lib/ssr) from the
 *                                      sample feed, loading dist/impact-stories-ssr.js unless &script=none; with
 *                                      &src=failing its src answers 503
 */
async function feedServer(context, next) {
  const [, prefix, action, name, ...rest] = context.path.split('/');
  if (prefix !== '__test__') return next();
  // Relative URLs inside a feed served from here (e.g. images/a.svg) resolve below it: serve them from sample/.
  if (rest.length) {
    context.url = `/sample/${[name, ...rest].join('/')}`;
    return next();
  }
  const file = context.query.file;
  switch (action) {
    case 'status':
      context.status = Number(name);
      context.body = `Status ${name}`;
      return;
    case 'hang':
      receivedHangs.add(name);
      receiveWaiters.get(name)?.();
      await new Promise((resolve) => context.req.once('close', resolve));
      closedHangs.add(name);
      closeWaiters.get(name)?.();
      return;
    case 'received':
      if (!receivedHangs.has(name)) await new Promise((resolve) => receiveWaiters.set(name, resolve));
      context.body = 'received';
      return;
    case 'closed':
      if (!closedHangs.has(name)) await new Promise((resolve) => closeWaiters.set(name, resolve));
      context.body = 'closed';
      return;
    case 'gated':
      if (!releasedEarly.delete(name)) await new Promise((resolve) => gates.set(name, resolve));
      return sendFile(context, file);
    case 'release':
      if (gates.has(name)) gates.get(name)();
      else releasedEarly.add(name);
      gates.delete(name);
      context.body = 'released';
      return;
    case 'counted':
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (context.query['cache-control']) context.set('Cache-Control', context.query['cache-control']);
      return sendFile(context, file);
    case 'flaky':
      if (flakyFailed.has(name)) return sendFile(context, file);
      flakyFailed.add(name);
      context.status = 503;
      context.body = 'Service Unavailable';
      return;
    case 'count':
      context.type = 'application/json';
      context.body = String(counts.get(name) ?? 0);
      return;
    case 'alone':
      if (name !== 'impact-stories.js') return;
      context.type = 'text/javascript';
      context.body = await readFile(new URL('dist/impact-stories.js', import.meta.url));
      return;
    case 'other-version': {
      if (!/^[\w.-]+\.js$/.test(name)) return;
      const { version } = JSON.parse(await readFile(new URL('package.json', import.meta.url), 'utf8'));
      const source = await readFile(new URL(`dist/${name}`, import.meta.url), 'utf8');
      context.type = 'text/javascript';
      context.body = name === 'impact-stories.js' ? source.replaceAll(`\`${version}\``, '`9.9.9`') : source;
      return;
    }
    case 'prerendered':
      context.type = 'text/html';
      context.body = await prerenderedPage(`${context.protocol}://${context.host}`, context.query);
      return;
    default:
      return next();
  }
}

/** A page whose list was rendered in Node; an inline script notes its first card before the list's script runs. */
async function prerenderedPage(origin, query) {
  const { renderStoryList } = await import('./packages/ssr/dist/render-story-list.js');
  const feed = JSON.parse(await readFile(new URL('sample/impact-stories.json', import.meta.url), 'utf8'));
  const attributes = { project: query.project, layout: query.layout, 'group-by': query['group-by'], locale: query.locale };
  const src = query.src === 'failing' ? `${origin}/__test__/status/503` : `${origin}/sample/impact-stories.json`;
  const fragment = await renderStoryList({ src, feed, attributes });
  const script = query.script === 'none' ? '' : '<script type="module" src="/dist/impact-stories-ssr.js"></script>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered stories</title></head><body>
${fragment}
<script>
  window.prerenderedCard = document.querySelector('impact-story-list').shadowRoot?.querySelector('article');
  window.prerenderedFont = window.prerenderedCard && getComputedStyle(window.prerenderedCard).fontFamily;
  window.firstError = new Promise((resolve) => document.addEventListener('impact-stories-error', (event) => resolve(event.detail), { once: true }));
  window.shifts = [];
  window.shiftSources = [];
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({ value: entry.value, time: entry.startTime });
        // What moved, for the test's failure message: element, part and its rectangle before → after.
        const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
        for (const source of entry.sources)
          window.shiftSources.push(entry.value.toFixed(4) + ' at ' + Math.round(entry.startTime) + ' ms: ' +
            (source.node ? source.node.nodeName + '[' + (source.node.getAttribute?.('part') ?? '') + ']' : '?') + ' ' +
            rect(source.previousRect) + ' → ' + rect(source.currentRect));
      }
    }).observe({ type: 'layout-shift', buffered: true });
</script>
${script}
</body></html>`;
}

/**
 * /__test__/prerender-site/<file>.js: a two-page site's scripts, bundled as Astro's and SvelteKit's builds chunk
 * them (test/prerender-site/build.mjs: page-a.js, page-b.js and their shared chunk), built with Vite from dist/lib
 * on the first request of a test run, into a temporary folder.
 */
let prerenderSite;
async function prerenderSiteServer(context, next) {
  const [, file] = /^\/__test__\/prerender-site\/([\w-]+\.js)$/.exec(context.path) ?? [];
  if (!file) return next();
  prerenderSite ??= import('./test/prerender-site/build.mjs').then(async ({ buildPrerenderSite }) => {
    const folder = await mkdtemp(join(tmpdir(), 'prerender-site-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    await buildPrerenderSite(folder);
    return folder;
  });
  context.type = 'text/javascript';
  context.body = await readFile(join(await prerenderSite, file));
}

/** Serves test/pages/csp-*.html with a strict Content-Security-Policy, as a locked-down partner page would. */
async function strictCspPages(context, next) {
  await next();
  if (/^\/test\/pages\/csp-[\w-]+\.html$/.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * Emulation the built-in commands do not cover, from a test: `executeServerCommand('emulate-media-features',
 * { features })` for CSS media features such as forced-colors (Chromium only: it needs CDP), and
 * `executeServerCommand('emulate-timezone', { timezoneId })` for a reader's time zone (Chromium and Firefox; an empty
 * id goes back to the machine's); `executeServerCommand('bring-to-front')` before a screenshot. Each answers false
 * where the engine cannot do it, so the test can skip.
 */
function emulation() {
  const cdpSessions = new WeakMap();
  const cdp = async (page) => {
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    return cdpSessions.get(page);
  };
  const commands = {
    'emulate-media-features': async (page, payload) => {
      if (ENGINE !== 'chromium') return false;
      await (await cdp(page)).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
    'emulate-timezone': async (page, payload) => {
      await page.emulateTimezone(payload.timezoneId || undefined);
      return true;
    },
    // A screenshot waits for the page's next frame, which a page in a background tab never draws.
    'bring-to-front': async (page) => {
      await page.bringToFront();
      return true;
    },
  };
  return {
    name: 'emulation',
    async executeCommand({ command, payload, session }) {
      if (!commands[command]) return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      return commands[command](session.browser.getPage(session.id), payload);
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  // The workspace packages from their TypeScript sources (the "source" condition of their exports); Lit in its
  // development build, as by default.
  nodeResolve: { exportConditions: ['source', 'development'] },
  concurrency: concurrencyFor(ENGINE),
  testFramework: { config: { timeout: 8000 } },
  browsers: [browserFor(ENGINE)],
  reporters: [defaultReporter(), engineCountsReporter(ENGINE)],
  middleware: [prerenderSiteServer, feedServer, strictCspPages],
  // Lit's dev-mode notice, and the warnings the widgets give page authors, which the tests of bad feeds provoke on
  // purpose (and check, where they matter, through test/helpers consoleWarnings).
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|impact-stories:)/.test(String(args[0])),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    emulation(),
    nodeReader(),
    // test/visual.test.ts. pixelmatch leaves out anti-aliased pixels and colour shifts under its threshold (font
    // hinting); of the rest, 0.005% may differ. Rounder corners on the cards alone change 0.01-0.08%.
    visualRegressionPlugin({
      baseDir: 'test/screenshots',
      update: process.env.UPDATE_SCREENSHOTS === '1',
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.005,
      failureThresholdType: 'percent',
    }),
  ],
};
