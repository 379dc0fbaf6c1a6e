// `npm run test:examples` (called by .ci/run): installs and builds the example site in examples/eleventy, which
// prerenders Skills 21 stories with renderStoryList(), then checks the page in Chromium with JavaScript off
// and on. The example has a package.json of its own, so the library's `npm ci` never installs Eleventy.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './find-chrome.mjs';
import { startStaticServer } from './static-server.mjs';

const example = new URL('../examples/eleventy/', import.meta.url);
const { server, url } = await startStaticServer(0);
const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: example, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

try {
  run('npm', ['ci', '--no-audit', '--no-fund']);
  run(process.execPath, ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet'], {
    IMPACT_STORIES_FEED_URL: `${url}/sample/impact-stories.json`,
  });
  const html = await readFile(new URL('_site/index.html', example), 'utf8');
  assert.equal(html.match(/<article /g)?.length, 6, 'six prerendered Skills 21 cards');
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);

  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
  const page = await browser.newPage();
  const cards = () =>
    page.evaluate(() =>
      [...document.querySelector('impact-story-list').shadowRoot.querySelectorAll('article h2')].map((h) => h.textContent.trim()),
    );
  await page.setJavaScriptEnabled(false);
  await page.goto(`${url}/examples/eleventy/_site/index.html`);
  const withoutScript = await cards();
  assert.equal(withoutScript.length, 6, `with JavaScript off: ${withoutScript}`);
  await page.setJavaScriptEnabled(true);
  await page.goto(`${url}/examples/eleventy/_site/index.html`);
  await page.evaluate(() =>
    customElements.whenDefined('impact-story-list').then(() => document.querySelector('impact-story-list').updateComplete),
  );
  assert.deepEqual(await cards(), withoutScript, 'hydrated, not rendered twice');
  await browser.close();
  console.log('examples/eleventy: built, and shows the six Skills 21 stories with JavaScript off and on.');
} finally {
  server.close();
}
