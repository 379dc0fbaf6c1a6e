// `npm run test:examples` (called by .ci/run): installs and builds the example sites in examples/ (Eleventy and
// Next.js), which prerender Skills 21 stories with renderStoryList(), then checks each page in Chromium with
// JavaScript off and on. Each example has a package.json of its own, so the library's `npm ci` installs neither.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { startStaticServer } from './static-server.mjs';

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const { server, url } = await startStaticServer(0);
const feedUrl = `${url}/sample/impact-stories.json`;
const run = (folder, command, args) =>
  execFileSync(command, args, {
    cwd: new URL(`../examples/${folder}/`, import.meta.url),
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, IMPACT_STORIES_FEED_URL: feedUrl, NEXT_TELEMETRY_DISABLED: '1' },
  });
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** The six Skills 21 cards at `pageUrl`, with JavaScript off, then hydrated (not rendered twice) with it on. */
async function checkPage(browser, pageUrl) {
  const page = await browser.newPage();
  const cards = () =>
    page.evaluate(() =>
      [...document.querySelector('impact-story-list').shadowRoot.querySelectorAll('article h2')].map((h) => h.textContent.trim()),
    );
  await page.setJavaScriptEnabled(false);
  await page.goto(pageUrl);
  const withoutScript = await cards();
  assert.equal(withoutScript.length, 6, `with JavaScript off: ${withoutScript}`);
  await page.setJavaScriptEnabled(true);
  await page.goto(pageUrl);
  await page.evaluate(() =>
    customElements.whenDefined('impact-story-list').then(() => document.querySelector('impact-story-list').updateComplete),
  );
  assert.deepEqual(await cards(), withoutScript, 'hydrated, not rendered twice');
  await page.close();
}

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
let next;
try {
  run('eleventy', 'npm', ['ci', '--no-audit', '--no-fund']);
  run('eleventy', process.execPath, ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet']);
  const html = await readFile(new URL('../examples/eleventy/_site/index.html', import.meta.url), 'utf8');
  assert.equal(html.match(/<article /g)?.length, 6, 'six prerendered Skills 21 cards');
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  await checkPage(browser, `${url}/examples/eleventy/_site/index.html`);
  console.log('examples/eleventy: built, and shows the six Skills 21 stories with JavaScript off and on.');

  run('nextjs', 'npm', ['ci', '--no-audit', '--no-fund']);
  run('nextjs', process.execPath, ['node_modules/next/dist/bin/next', 'build']);
  const port = await freePort();
  next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: new URL('../examples/nextjs/', import.meta.url),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  await new Promise((resolve, reject) => {
    next.stdout.on('data', (chunk) => /Ready|started server/i.test(String(chunk)) && resolve());
    next.once('exit', (code) => reject(new Error(`next start exited with ${code}`)));
  });
  await checkPage(browser, `http://127.0.0.1:${port}/`);
  console.log('examples/nextjs: built, and shows the six Skills 21 stories with JavaScript off and on.');
} finally {
  next?.kill();
  await browser.close();
  server.close();
}
