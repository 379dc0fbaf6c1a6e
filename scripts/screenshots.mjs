// Screenshots of the demo in headless Chromium.
//   node scripts/screenshots.mjs            the README's pictures, into docs/images/ (run by `npm run screenshots`)
//   node scripts/screenshots.mjs --review D every page at 1280 and 375 px, light, dark and Arabic, into folder D
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome, installAdvice } from './find-chrome.mjs';
import { startStaticServer } from './static-server.mjs';

const reviewArgument = process.argv.indexOf('--review');
const reviewFolder = reviewArgument > 0 ? process.argv[reviewArgument + 1] : undefined;

/**
 * The demo switcher's fields and the values to set them to (theme, language).
 * @typedef {Record<string, string>} Choice
 */

/** The README's pictures: a demo section, in a theme, at a width. */
const readmePictures = [
  { file: 'list-light', section: 'skills-21', theme: 'light', width: 1024 },
  { file: 'list-dark', section: 'skills-21', theme: 'dark', width: 1024 },
  { file: 'grid-light', section: 'all', theme: 'light', width: 1280 },
  { file: 'grid-dark', section: 'all', theme: 'dark', width: 1280 },
];

const reviewPages = ['/packages/pages/demo/', '/dist/builder.html', '/packages/pages/demo/feeds.html'];
/** @type {{ name: string, choice: Choice }[]} */
const reviewLooks = [
  { name: 'light', choice: {} },
  { name: 'dark', choice: { theme: 'dark' } },
  { name: 'ar', choice: { language: 'ar' } },
];

/**
 * Applies the demo switcher's choice, then waits until every widget has drawn its cards and photos.
 * @param {import('puppeteer-core').Page} page
 * @param {Choice} choice
 */
async function settle(page, choice) {
  await page.evaluate(async (choice) => {
    const form = /** @type {HTMLFormElement | null} */ (document.getElementById('switcher'));
    if (form && Object.keys(choice).length) {
      for (const [key, value] of Object.entries(choice)) /** @type {HTMLSelectElement} */ (form.elements.namedItem(key)).value = value;
      form.dispatchEvent(new Event('change'));
    }
    // Both are Lit elements.
    const widgets = /** @type {import('lit').ReactiveElement[]} */ ([...document.querySelectorAll('impact-story-list, impact-story-card')]);
    /** @param {Element} list */
    const settled = (list) =>
      list.localName !== 'impact-story-list' || list.matches(':state(loaded), :state(empty), :state(error)')
        ? Promise.resolve()
        : new Promise((resolve) => {
            list.addEventListener('impact-stories-load', resolve, { once: true });
            list.addEventListener('impact-stories-error', resolve, { once: true });
          });
    await Promise.all(widgets.map(settled));
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    const images = widgets.flatMap((widget) => [...(widget.shadowRoot?.querySelectorAll('img') ?? [])]);
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => {})));
    await document.fonts.ready;
  }, choice);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {{ path: string, width: number, choice: Choice, file: string, clip?: string }} shot
 */
async function shoot(browser, base, { path, width, choice, file, clip }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await settle(page, choice);
  if (clip) {
    // The top of the section's list, at most 4:3.
    const section = await page.$(`section:has(> h2#${clip}) impact-story-list`);
    const box = await section?.boundingBox();
    if (!box) throw new Error(`No list in the section #${clip} on ${path}`);
    const { x, y, width: sectionWidth, height } = box;
    const area = { x, y, width: sectionWidth, height: Math.min(height, Math.round(sectionWidth * 0.75)) };
    await page.screenshot({ path: file, type: 'webp', quality: 82, clip: area, captureBeyondViewport: true });
  } else {
    await page.screenshot({ path: file, fullPage: true });
  }
  await page.close();
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(installAdvice);
  process.exit(1);
}
const { server, url } = await startStaticServer(0);
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeFlags });
try {
  if (reviewFolder) {
    await mkdir(reviewFolder, { recursive: true });
    for (const path of reviewPages) {
      for (const width of [1280, 375]) {
        for (const { name, choice } of reviewLooks) {
          const file = `${reviewFolder}/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'demo'}-${width}-${name}.png`;
          await shoot(browser, url, { path, width, choice, file });
          console.log(file);
        }
      }
    }
  } else {
    await mkdir('docs/images', { recursive: true });
    for (const { file, section, theme, width } of readmePictures) {
      const path = `docs/images/${file}.webp`;
      await shoot(browser, url, { path: '/packages/pages/demo/', width, choice: { theme }, file: path, clip: section });
      console.log(path);
    }
  }
} finally {
  await browser.close();
  server.close();
}
