// The plugin in a real WordPress (6.1, Debian's files, in WordPress Playground): installed from its zip, used by
// an Author through the block editor and the REST API (so kses filters every post), and read by a visitor in
// Chromium. `npm run test:wordpress` runs it; .ci/run calls that.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../../scripts/find-chrome.mjs';
import { loadSchema } from '../../scripts/schema/load-schema.mjs';
import { startPlayground } from './playground.mjs';
import { WORDPRESS_VERSIONS } from './prepare-wordpress.mjs';
import { ADMIN, AUTHOR, FEED_PATH, HOSTILE_SHORTCODE, siteBlueprint } from './site-blueprint.mjs';
import { insertBlockAndPublish, logIn, publishWithRest } from './wordpress-pages.mjs';

const sampleFeed = JSON.parse(await readFile(new URL('../../sample/impact-stories.json', import.meta.url), 'utf8'));
const SKILLS_21_TITLES = sampleFeed.items.filter((item) => item._impact?.project === 'Skills 21').map((item) => item.title);
assert.equal(SKILLS_21_TITLES.length, 6, 'the sample feed has six Skills 21 stories');
const PLUGIN_ASSETS = '/wp-content/plugins/impact-stories/assets/';

// WORDPRESS_SCREENSHOTS=docs/images (from the repository's root) takes the pictures of the plugin (README.md, docs/embedding.md) again.
const screenshots =
  process.env.WORDPRESS_SCREENSHOTS && resolve(fileURLToPath(new URL('../../', import.meta.url)), process.env.WORDPRESS_SCREENSHOTS);
// Those pictures show the newest WordPress.
const PICTURED_VERSION = WORDPRESS_VERSIONS.at(-1);

for (const version of WORDPRESS_VERSIONS) {
  describe(`WordPress ${version}`, () => {
    let wordpress;
    let browser;

    before(async () => {
      wordpress = await startPlayground({
        version,
        blueprint: siteBlueprint(),
        mounts: { [fileURLToPath(new URL('../dist/', import.meta.url))]: '/zips' },
        files: {
          'wp-content/uploads/impact-stories-sample': fileURLToPath(new URL('../../sample/', import.meta.url)),
          'wp-content/themes/impact-stories-classic': fileURLToPath(new URL('./classic-theme/', import.meta.url)),
        },
      });
      browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
    });

    after(async () => {
      await browser?.close();
      await wordpress?.stop();
    });

    /** A page in a new browser context (its own cookies): a visitor, or a user once logIn() ran. */
    async function newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // Playground answers about a request a second, and the block editor makes dozens.
      page.setDefaultTimeout(90_000);
      page.setDefaultNavigationTimeout(90_000);
      page.on('pageerror', (error) => console.error(`Page error on ${page.url()}: ${error.message}`));
      return page;
    }

    /** What a visitor of `path` sees of each list: its attributes and its cards' titles, once it has loaded. */
    async function visit(path) {
      const page = await newPage();
      const scripts = [];
      page.on('request', (request) => request.url().includes(PLUGIN_ASSETS) && scripts.push(request.url()));
      await page.goto(`${wordpress.url}${path}`, { waitUntil: 'load' });
      const lists = await page.evaluate(async () => {
        const elements = [...document.querySelectorAll('impact-story-list')];
        if (elements.length) await customElements.whenDefined('impact-story-list');
        await Promise.all(
          elements.map(
            (list) =>
              list.matches(':state(loaded), :state(empty), :state(error)') ||
              new Promise((resolve) => {
                for (const type of ['impact-stories-load', 'impact-stories-error']) list.addEventListener(type, resolve, { once: true });
              }),
          ),
        );
        await Promise.all(elements.map((list) => list.updateComplete));
        return elements.map((list) => ({
          attributes: Object.fromEntries([...list.attributes].map((attribute) => [attribute.name, attribute.value])),
          titles: [...list.shadowRoot.querySelectorAll('article h2, article h3')].map((heading) => heading.textContent.trim()),
          fallback: list.querySelector('a')?.getAttribute('href'),
        }));
      });
      const facts = await page.evaluate(() => ({
        meta: document.querySelector('meta[name="impact-stories-feed"]')?.content,
        moduleScripts: [...document.querySelectorAll('script[type="module"]')].map((script) => script.src),
        pwned: window.__pwned,
      }));
      return { page, lists, scripts, ...facts };
    }

    test('the zip installs in Playground and the plugin is active', async () => {
      const page = await newPage();
      await logIn(page, wordpress.url, ADMIN);
      await page.goto(`${wordpress.url}/wp-admin/plugins.php`);
      const row = await page.$eval('tr[data-slug="impact-stories"]', (tr) => ({
        active: tr.classList.contains('active'),
        name: tr.querySelector('.plugin-title strong').textContent,
      }));
      assert.deepEqual(row, { active: true, name: 'Impact stories' });
      await page.browserContext().close();
    });

    test('an Author’s post with the block: the editor previews the stories, and visitors see them', async () => {
      const page = await newPage();
      await logIn(page, wordpress.url, AUTHOR);
      const { permalink, editor } = await insertBlockAndPublish(page, wordpress.url, {
        title: 'Skills 21 stories, from the block',
        // A page size cleared in the settings (0): the list gets no page-size, rather than the block's default 6.
        attributes: { project: 'Skills 21', layout: 'grid', groupBy: 'month', pageSize: 0 },
        screenshot: screenshots && version === PICTURED_VERSION && `${screenshots}/wordpress-block-editor.webp`,
      });
      // From 6.3, a post's blocks are drawn in an iframe when every block uses API version 3, as this one does.
      assert.equal(editor.iframed, version !== '6.1', 'the editor canvas is an iframe from 6.3');
      assert.ok(editor.projects.includes('Skills 21'), `the Project menu offers the feed's projects: ${editor.projects}`);
      assert.ok(editor.years.includes('2022'), `the Year menu offers the feed's years: ${editor.years}`);
      const { layouts, groupings, themes } = await loadSchema();
      assert.deepEqual(editor.layouts, [...layouts], 'the Layout menu offers every layout the list takes');
      assert.deepEqual(editor.groupings, [...groupings], 'the Grouping menu offers every grouping');
      assert.deepEqual(editor.themes, ['', ...themes], 'the Theme menu offers the page’s colours and every theme');
      assert.deepEqual(editor.previewTitles.slice().sort(), SKILLS_21_TITLES.slice().sort(), 'the editor previews the Skills 21 stories');
      await page.browserContext().close();

      const visitor = await visit(new URL(permalink).pathname + new URL(permalink).search);
      assert.equal(visitor.lists.length, 1);
      assert.deepEqual(visitor.lists[0].titles.slice().sort(), SKILLS_21_TITLES.slice().sort());
      assert.equal(visitor.lists[0].attributes.project, 'Skills 21');
      assert.equal(visitor.lists[0].attributes['group-by'], 'month');
      assert.equal(visitor.lists[0].attributes['page-size'], undefined);
      assert.equal(visitor.meta, FEED_PATH, 'the site’s default feed is in the page’s <meta>');
      assert.ok(
        visitor.moduleScripts.some((src) => src.includes(`${PLUGIN_ASSETS}impact-stories.js`)),
        'the bundled script, as a module',
      );
      if (screenshots && version === PICTURED_VERSION) {
        await visitor.page.evaluate(() =>
          (document.querySelector('.wp-block-post-title') ?? document.querySelector('impact-story-list')).scrollIntoView(),
        );
        await visitor.page.screenshot({ path: `${screenshots}/wordpress-post.webp`, type: 'webp', quality: 80 });
      }
      await visitor.page.browserContext().close();
    });

    test('an Author’s post with the shortcode shows the stories; a feed on a host the site does not allow is not read', async () => {
      const page = await newPage();
      await logIn(page, wordpress.url, AUTHOR);
      const post = await publishWithRest(page, wordpress.url, {
        title: 'Skills 21 stories, from the shortcode',
        content:
          '<p>Our work in skills:</p>\n[impact_stories project="Skills 21" layout="grid" group-by="month" page-size="4"]\n' +
          '<p>Latest:</p>\n[impact_stories src="https://elsewhere.example/feed.json" limit="2" layout="compact"]',
      });
      assert.match(post.content.raw, /\[impact_stories project="Skills 21"/, 'kses kept the shortcode');
      await page.browserContext().close();

      const visitor = await visit(new URL(post.link).pathname + new URL(post.link).search);
      const [list, latest] = visitor.lists;
      assert.deepEqual(list.attributes, { project: 'Skills 21', layout: 'grid', 'group-by': 'month', 'page-size': '4' });
      assert.equal(list.titles.length, 4, 'the first page of 4');
      assert.ok(
        list.titles.every((title) => SKILLS_21_TITLES.includes(title)),
        list.titles.join(' | '),
      );
      assert.equal(list.fallback, 'https://www.ilo.org/impact-stories', 'the fallback link from the settings');
      assert.deepEqual(latest.attributes, { limit: '2', layout: 'compact' }, 'no src from a host the site does not allow');
      assert.equal(latest.titles.length, 2, 'the site’s feed instead');
      await visitor.page.browserContext().close();

      const rss = await (await fetch(`${wordpress.url}/?feed=rss2`)).text();
      const item = rss.split('<item>').find((each) => each.includes('Skills 21 stories, from the shortcode'));
      assert.ok(item && !item.includes('impact-story-list'), 'the site’s RSS feed, where no script runs, holds no element');
      assert.match(item, /href="https:\/\/www\.ilo\.org\/impact-stories"[^>]*>Read our impact stories/, '… but the fallback link');
    });

    test('hostile shortcode attributes stay inert, from an Author and from an administrator', async () => {
      const page = await newPage();
      await logIn(page, wordpress.url, AUTHOR);
      const post = await publishWithRest(page, wordpress.url, { title: 'Hostile shortcode, from an Author', content: HOSTILE_SHORTCODE });
      await page.browserContext().close();

      for (const path of [new URL(post.link).pathname + new URL(post.link).search, '/?name=hostile-unfiltered']) {
        const visitor = await visit(path);
        const [list] = visitor.lists;
        assert.equal(visitor.pwned, undefined, `${path}: no attribute ran script`);
        const { project, layout, cache, ...others } = list.attributes;
        assert.deepEqual(others, {}, `${path}: only list attributes reach the element: ${JSON.stringify(list.attributes)}`);
        assert.ok([undefined, 'list', 'grid', 'compact'].includes(layout), `${path}: layout ${layout}`);
        assert.ok(project === undefined || !/[<>]/.test(project), `${path}: project ${project}`);
        assert.equal(cache, '');
        assert.ok(!('src' in list.attributes) && !('onload' in list.attributes) && !('colour' in list.attributes));
        await visitor.page.hover('impact-story-list');
        assert.equal(await visitor.page.evaluate(() => window.__pwned), undefined);
        await visitor.page.browserContext().close();
      }
    });

    test('a page without the block or the shortcode loads no plugin script', async () => {
      const visitor = await visit('/?name=no-stories');
      assert.equal(visitor.lists.length, 0);
      assert.deepEqual(visitor.scripts, [], 'no request for the plugin’s script');
      assert.equal(visitor.meta, undefined, 'no feed <meta>');
      await visitor.page.browserContext().close();
    });

    test('the settings page is for administrators, keeps its nonce, and refuses a javascript: address, saying so', async () => {
      const author = await newPage();
      await logIn(author, wordpress.url, AUTHOR);
      await author.goto(`${wordpress.url}/wp-admin/options-general.php?page=impact-stories`);
      assert.match(await author.$eval('body', (body) => body.textContent), /not allowed/i, 'an Author may not open it');
      await author.browserContext().close();

      const admin = await newPage();
      await logIn(admin, wordpress.url, ADMIN);
      await admin.goto(`${wordpress.url}/wp-admin/options-general.php?page=impact-stories`);
      assert.ok(await admin.$('form[action="options.php"] input[name="_wpnonce"]'), 'the form carries a nonce');
      assert.equal(await admin.$eval('#impact_stories_feed_url', (input) => input.value), FEED_PATH);
      const hostile = 'javascript:alert(1)"><img src=x onerror="document.title=1">';
      await admin.$eval('#impact_stories_fallback_url', (input, value) => (input.value = value), hostile);
      await admin.$eval('#impact_stories_fallback_text', (input) => (input.value = '<b>All our stories</b>'));
      await Promise.all([admin.waitForNavigation(), admin.$eval('#submit', (button) => button.form.requestSubmit(button))]);
      assert.equal(
        await admin.$eval('#impact_stories_fallback_url', (input) => input.value),
        'https://www.ilo.org/impact-stories',
        'a javascript: address is not saved; the old one stays',
      );
      const notice = await admin.$eval('#setting-error-impact_stories_fallback_url', (element) => ({
        text: element.textContent,
        images: element.querySelectorAll('img').length,
      }));
      assert.match(notice.text, /Link address was not changed/);
      assert.ok(notice.text.includes(hostile), 'the refused address is shown as text');
      assert.equal(notice.images, 0, 'the refused address is never markup');
      assert.equal(await admin.$eval('#impact_stories_fallback_text', (input) => input.value), 'All our stories');
      assert.equal(await admin.$eval('#impact_stories_feed_url', (input) => input.value), FEED_PATH, 'the feed is kept');
      await admin.browserContext().close();
    });

    test('in a classic theme: the head names the feed for a post with a list, and a list rendered after the head names it itself', async () => {
      const admin = await newPage();
      await logIn(admin, wordpress.url, ADMIN);
      await admin.goto(`${wordpress.url}/wp-admin/themes.php`);
      const activate = await admin.waitForSelector('.theme[data-slug="impact-stories-classic"] a.activate');
      await admin.goto(await activate.evaluate((link) => link.href));
      await admin.browserContext().close();

      const withList = await visit('/?name=skills-21-stories-from-the-shortcode');
      assert.equal(withList.meta, FEED_PATH, 'the head, written before the content, names the feed');
      assert.equal(withList.lists[0].attributes.src, undefined);
      assert.equal(withList.lists[0].titles.length, 4);
      await withList.page.browserContext().close();

      const footer = await visit('/?name=no-stories&footer-stories=1');
      assert.equal(footer.meta, undefined, 'no post of the page holds a list');
      assert.equal(footer.lists[0].attributes.src, FEED_PATH, 'the footer’s list, rendered after the head, names the feed');
      assert.equal(footer.lists[0].titles.length, 1);
      assert.ok(footer.scripts.length > 0, 'the script, enqueued after the head, still loads (in the footer)');
      await footer.page.browserContext().close();

      const without = await visit('/?name=no-stories');
      assert.deepEqual([without.lists.length, without.scripts, without.meta], [0, [], undefined], 'a page without a list loads nothing');
      await without.page.browserContext().close();
    });

    test('deleting the plugin removes its option', async () => {
      const admin = await newPage();
      await logIn(admin, wordpress.url, ADMIN);
      await admin.goto(`${wordpress.url}/wp-admin/options.php`);
      assert.ok(await admin.$('[name="impact_stories_options"]'), 'the option is there before');
      await admin.goto(`${wordpress.url}/wp-admin/plugins.php`);
      await Promise.all([admin.waitForNavigation(), admin.click('tr[data-slug="impact-stories"] .deactivate a')]);
      admin.on('dialog', (dialog) => dialog.accept());
      await admin.click('tr[data-slug="impact-stories"] .delete a');
      await admin.waitForFunction(
        () => !document.querySelector('tr[data-slug="impact-stories"]') || document.querySelector('tr.plugin-deleted-tr'),
      );
      await admin.goto(`${wordpress.url}/wp-admin/options.php`);
      assert.equal(await admin.$('[name="impact_stories_options"]'), null, 'the option is gone after');
      await admin.browserContext().close();
    });
  });
}
