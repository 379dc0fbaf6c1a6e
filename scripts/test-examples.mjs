// `npm run test:examples` (called by .ci/run): installs, type-checks and builds the example apps in examples/, then
// checks each page in Chromium. Eleventy, Next.js and Nuxt prerender Skills 21 stories with renderStoryList(): their
// pages are checked with JavaScript off and on. Vue, Svelte and Angular render in the browser, and their type checks
// must also reject deliberate mistakes. Each example has a package.json of its own, so the library's `npm ci`
// installs none of them.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { get } from 'node:http';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { freePort } from './free-port.mjs';
import { startStaticServer } from './static-server.mjs';

const { server, url } = await startStaticServer(0);
const feedUrl = `${url}/sample/impact-stories.json`;
const env = { ...process.env, IMPACT_STORIES_FEED_URL: feedUrl, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' };
/** @param {string} name */
const folder = (name) => new URL(`../examples/${name}/`, import.meta.url);
/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 */
const run = (name, command, args) => execFileSync(command, args, { cwd: folder(name), stdio: ['ignore', 'inherit', 'inherit'], env });
/**
 * Runs a package's command-line tool from the example's node_modules.
 * @param {string} name
 * @param {string} path
 * @param {string[]} args
 */
const tool = (name, path, ...args) => run(name, process.execPath, [`node_modules/${path}`, ...args]);
/**
 * Runs a type check that must fail, and returns its output for the errors it has to name.
 * @param {string} name
 * @param {string} path
 * @param {string[]} args
 */
function failingCheck(name, path, ...args) {
  const result = spawnSync(process.execPath, [`node_modules/${path}`, ...args], { cwd: folder(name), encoding: 'utf8', env });
  assert.notEqual(result.status, 0, `${name}: ${path} ${args.join(' ')} should fail`);
  return result.stdout + result.stderr;
}
/**
 * Removes an example's build output once checked, so that the repository's lint does not read it.
 * @param {string} name
 * @param {string[]} paths
 */
const clean = (name, ...paths) => Promise.all(paths.map((path) => rm(new URL(path, folder(name)), { recursive: true, force: true })));
/**
 * Starts a Node server of an example and resolves once it prints `ready`.
 * @param {string} name
 * @param {string[]} args
 * @param {RegExp} ready
 * @param {NodeJS.ProcessEnv} [extraEnv]
 * @returns {Promise<void>}
 */
function startServer(name, args, ready, extraEnv = {}) {
  const child = spawn(process.execPath, args, { cwd: folder(name), stdio: ['ignore', 'pipe', 'inherit'], env: { ...env, ...extraEnv } });
  servers.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => ready.test(String(chunk)) && resolve());
    child.once('exit', (code) => reject(new Error(`${name}: server exited with ${code}`)));
  });
}

/**
 * The body of a GET sent with a Host header the client chose, as any client can.
 * @param {string} address
 * @param {string} host
 * @returns {Promise<string>}
 */
const bodyWithHost = (address, host) =>
  new Promise((resolve, reject) => {
    get(address, { headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });

/** @type {{ items: { title: string, date_published: string, _impact?: { project?: string } }[] }} */
const feed = JSON.parse(await readFile(new URL('../sample/impact-stories.json', import.meta.url), 'utf8'));
const skills21 = feed.items
  .filter((item) => item._impact?.project === 'Skills 21')
  .sort((a, b) => b.date_published.localeCompare(a.date_published))
  .map((item) => item.title);
assert.equal(skills21.length, 6, 'the sample feed has six Skills 21 stories');

/**
 * The titles of the cards of the page's `index`th list.
 * @param {import('puppeteer-core').Page} page
 */
const cards = (page, index = 0) =>
  page.evaluate(
    (i) =>
      [...(document.querySelectorAll('impact-story-list')[i]?.shadowRoot?.querySelectorAll('article h2') ?? [])].map((h) =>
        /** @type {string} */ (h.textContent).trim(),
      ),
    index,
  );

/**
 * The six Skills 21 cards at `pageUrl`, with JavaScript off, then hydrated with it on: not rendered twice, and in
 * the shadow root the page's HTML declared (a list that attached one was built again in the browser, as happens
 * when a framework sets the HTML from script, where declarative shadow roots are not parsed).
 * @param {string} pageUrl
 */
async function checkPage(pageUrl) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(pageUrl);
  const withoutScript = await cards(page);
  assert.deepEqual(withoutScript, skills21, 'with JavaScript off');
  await page.setJavaScriptEnabled(true);
  await page.evaluateOnNewDocument(() => {
    const attachShadow = Element.prototype.attachShadow;
    window.attachedShadows = [];
    /** @param {ShadowRootInit} init */
    Element.prototype.attachShadow = function (init) {
      window.attachedShadows.push(this);
      return attachShadow.call(this, init);
    };
  });
  await page.goto(pageUrl);
  const rebuilt = await page.evaluate(() =>
    customElements
      .whenDefined('impact-story-list')
      .then(() => /** @type {import('lit').ReactiveElement} */ (document.querySelector('impact-story-list')).updateComplete)
      .then(() => window.attachedShadows.includes(/** @type {Element} */ (document.querySelector('impact-story-list')))),
  );
  assert.deepEqual(await cards(page), withoutScript, 'hydrated, not rendered twice');
  assert.equal(rebuilt, false, 'hydrated in its declarative shadow root, not built again');
  return page;
}

/**
 * The page's `index`th list shows the first `count` Skills 21 stories, and the framework's handler of its
 * impact-stories-load event wrote "`count` stories shown" into #shown.
 * @param {import('puppeteer-core').Page} page
 * @param {number} count
 */
async function checkClientList(page, count, index = 0) {
  const shown = `${count} stories shown`;
  await page
    .waitForFunction((text) => document.querySelector('#shown')?.textContent.trim() === text, { timeout: 10_000 }, shown)
    .catch(async () =>
      assert.fail(`#shown says "${await page.$eval('#shown', (p) => /** @type {string} */ (p.textContent).trim())}", not "${shown}"`),
    );
  assert.deepEqual(await cards(page, index), skills21.slice(0, count));
}
/** @param {string} pageUrl */
async function checkClientPage(pageUrl) {
  const page = await browser.newPage();
  /** @type {unknown[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(pageUrl);
  await checkClientList(page, 6);
  assert.deepEqual(errors, [], 'no errors on the page');
  await page.close();
}

/** Each example's install, checks and build; the name is its folder. */
const examples = {
  async eleventy() {
    tool('eleventy', '@11ty/eleventy/cmd.cjs', '--quiet');
    const html = await readFile(new URL('eleventy/_site/index.html', folder('.')), 'utf8');
    assert.equal(html.match(/<article /g)?.length, 6, 'six prerendered Skills 21 cards');
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    await (await checkPage(`${url}/examples/eleventy/_site/index.html`)).close();
    return 'built, and shows the six Skills 21 stories with JavaScript off, the same six hydrated with it on.';
  },
  async nextjs() {
    tool('nextjs', 'next/dist/bin/next', 'build');
    const port = await freePort();
    await startServer(
      'nextjs',
      ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      /Ready|started server/i,
    );
    await (await checkPage(`http://127.0.0.1:${port}/`)).close();
    return 'built, and shows the six Skills 21 stories with JavaScript off, the same six hydrated with it on.';
  },
  async nuxt() {
    tool('nuxt', 'nuxt/bin/nuxt.mjs', 'build', '--logLevel=silent');
    const port = await freePort();
    await startServer('nuxt', ['.output/server/index.mjs'], /Listening/, {
      PORT: String(port),
      HOST: '127.0.0.1',
      NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
    });
    const forged = await bodyWithHost(`http://127.0.0.1:${port}/api/stories`, 'attacker.example');
    assert.match(forged, new RegExp(`src="http://127\\.0\\.0\\.1:${port}/sample/impact-stories\\.json"`), 'src from the site address');
    assert.doesNotMatch(forged, /attacker\.example/, 'a forged Host header never reaches the list');
    const page = await checkPage(`http://127.0.0.1:${port}/`);
    await checkClientList(page, 3, 1);
    await page.close();
    await clean('nuxt', '.nuxt', '.output');
    return 'built, and shows the six Skills 21 stories rendered on the server with JavaScript off, the same six hydrated with it on, and a list in its template, rendered in the browser, with its Vue event handler.';
  },
  async vue() {
    tool('vue', 'vue-tsc/bin/vue-tsc.js', '--noEmit');
    tool('vue', 'vite/bin/vite.js', 'build', '--logLevel', 'warn');
    await checkClientPage(`${url}/examples/vue/dist/index.html`);
    await clean('vue', 'dist');
    return 'vue-tsc (strictTemplates) passes and rejects a misspelt attribute, a wrong value and a wrong event detail; built, and shows the six Skills 21 stories, with its Vue event handler.';
  },
  async svelte() {
    tool('svelte', 'svelte-check/bin/svelte-check', '--fail-on-warnings', '--output', 'machine');
    const errors = failingCheck('svelte', 'svelte-check/bin/svelte-check', '--tsconfig', './tsconfig.typos.json', '--output', 'machine');
    assert.equal(errors.match(/^\d+ ERROR /gm)?.length, 3, errors);
    for (const mistake of [
      /'\\"layot\\"' does not exist/,
      /Type '\\"grids\\"' is not assignable/,
      /'totl' does not exist on type 'StoriesLoadDetail'/,
    ])
      assert.match(errors, mistake);
    tool('svelte', 'vite/bin/vite.js', 'build', '--logLevel', 'warn');
    await checkClientPage(`${url}/examples/svelte/dist/index.html`);
    await clean('svelte', 'dist');
    return 'svelte-check passes and rejects a misspelt attribute, a wrong value and a wrong event detail; built, and shows the six Skills 21 stories, with its Svelte event handler.';
  },
  async angular() {
    tool('angular', '@angular/compiler-cli/bundles/src/bin/ngc.js', '-p', 'tsconfig.json');
    const errors = failingCheck('angular', '@angular/compiler-cli/bundles/src/bin/ngc.js', '-p', 'tsconfig.typos.json');
    assert.match(errors, /NG8001: .*'impact-story-list' is not a known element/);
    assert.match(errors, /Property 'totl' does not exist on type 'StoriesLoadDetail'/);
    tool('angular', 'vite/bin/vite.js', 'build', '--logLevel', 'warn');
    await checkClientPage(`${url}/examples/angular/dist/index.html`);
    await clean('angular', 'dist', 'out-tsc');
    return 'ngc (strictTemplates) passes, and rejects the tag without CUSTOM_ELEMENTS_SCHEMA and a wrong event detail; built, and shows the six Skills 21 stories, with its Angular event handler.';
  },
};

// `node scripts/test-examples.mjs vue svelte` runs only those.
const chosen = process.argv.slice(2);
for (const name of chosen) assert.ok(name in examples, `no example named ${name}`);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags, protocolTimeout: 60_000 });
/** @type {import('node:child_process').ChildProcess[]} */
const servers = [];
try {
  for (const [name, check] of Object.entries(examples)) {
    if (chosen.length && !chosen.includes(name)) continue;
    const start = Date.now();
    run(name, 'npm', ['ci', '--no-audit', '--no-fund']);
    const proved = await check();
    console.log(`examples/${name}: ${proved} (${Math.round((Date.now() - start) / 1000)} s)`);
  }
} finally {
  for (const child of servers) child.kill();
  await browser.close();
  server.close();
}
