import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { consoleWarnings, SAMPLE_FEED } from './helpers-without-elements.js';

// The script-tag bundle, exactly as partner pages load it (this test file imports nothing else from src).
const bundle = '/dist/impact-stories.js';

function listMarkup(attributes: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `<impact-story-list src="${SAMPLE_FEED}" ${attributes}><a href="/stories">All stories</a></impact-story-list>`;
  return container;
}

/**
 * Imports the console-warnings file beside the bundle in `folder`. A copy that is about to warn imported it
 * first, so once this resolves, its warning has been written.
 */
async function warningsFileFrom(folder: string): Promise<void> {
  const source = await (await fetch(bundle)).text();
  const [file] = source.match(/impact-stories-console-warnings-[\w-]+\.js/) ?? [];
  expect(file, 'the bundle names its console-warnings file').to.be.a('string');
  await import(/* @vite-ignore */ `${folder}${file}`);
}

describe('dist/impact-stories.js', () => {
  // Markup that is in the page before the script runs.
  const early = listMarkup('project="Skills 21"');
  const gate = `reserved-${Date.now()}`;
  const reserved = document.createElement('div');
  reserved.innerHTML = `<style>.reserving impact-story-list:not(:defined) { display: block; min-block-size: 900px; }</style>
    <div class="reserving"><impact-story-list src="/__test__/gated/${gate}?file=/sample/impact-stories.json"></impact-story-list></div>
    <p>Below the list</p>`;

  before(async () => {
    document.body.append(early, reserved);
    expect(customElements.get('impact-story-list')).to.equal(undefined);
    // Before the script: the fallback link is what readers (and crawlers) see.
    expect(early.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const loaded = oneEvent(early.firstElementChild!, 'impact-stories-load');
    await import(/* @vite-ignore */ bundle);
    await loaded;
  });

  after(() => {
    early.remove();
    reserved.remove();
  });

  it('keeps the space the page reserved while it loads, so content below does not move', async () => {
    const list = reserved.querySelector('impact-story-list') as HTMLElement & { state: string; updateComplete: Promise<boolean> };
    await list.updateComplete;
    expect(list.state).to.equal('loading');
    expect(list.getBoundingClientRect().height).to.be.at.least(900);
    const loaded = oneEvent(list, 'impact-stories-load');
    await fetch(`/__test__/release/${gate}`);
    await loaded;
    await list.updateComplete;
    expect(list.state).to.equal('loaded');
  });

  it('defines both elements', () => {
    expect(customElements.get('impact-story-list')).to.be.a('function');
    expect(customElements.get('impact-story-card')).to.be.a('function');
  });

  it('asks Chrome to compile it while it downloads: the compile hint opens its first line', async () => {
    // The test server reprints files under /dist; this endpoint sends the file byte for byte.
    const source = await (await fetch('/__test__/alone/impact-stories.js')).text();
    expect(source.split('\n', 1)[0]).to.equal('//# allFunctionsCalledOnLoad');
  });

  it('upgrades markup that was in the page before the script', () => {
    expect(early.firstElementChild!.shadowRoot!.querySelectorAll('article')).to.have.length(6);
  });

  it('renders markup inserted later, as a framework would', async () => {
    const container = listMarkup('project="Skills 21" layout="compact"');
    const list = container.firstElementChild!;
    const loaded = oneEvent(list, 'impact-stories-load');
    document.body.append(container);
    const { detail } = await loaded;
    expect(detail.stories).to.have.length(6);
    expect(list.shadowRoot!.querySelectorAll('article')).to.have.length(6);
    container.remove();
  });

  it('reads French sentences from the file beside it before announcing the stories', async () => {
    const container = listMarkup('locale="fr" page-size="4"');
    const list = container.firstElementChild!;
    const loaded = oneEvent(list, 'impact-stories-load');
    document.body.append(container);
    await loaded;
    expect(list.shadowRoot!.querySelector('[part="load-more"]')!.textContent).to.equal('Afficher plus de récits');
    expect(performance.getEntriesByType('resource').some((entry) => /\/dist\/impact-stories-fr-\w+\.js$/.test(entry.name))).to.equal(true);
    container.remove();
  });

  it('saves the feed on the device with the cache file beside it, only for a list that asks', async () => {
    const cacheFile = /\/dist\/impact-stories-feed-cache-[\w-]+\.js$/;
    const cacheFileRead = () => performance.getEntriesByType('resource').some((entry) => cacheFile.test(entry.name));
    expect(cacheFileRead(), 'read before any list asked for the cache').to.equal(false);
    const src = `${SAMPLE_FEED}?bundle-cache=${Date.now()}`;
    const container = document.createElement('div');
    container.innerHTML = `<impact-story-list cache src="${src}"></impact-story-list>`;
    const loaded = oneEvent(container.firstElementChild!, 'impact-stories-load');
    document.body.append(container);
    await loaded;
    const store = await caches.open('impact-stories-feeds-v2');
    await waitUntil(async () => !!(await store.match(new URL(src, location.href).href)), 'the feed was not saved');
    expect(cacheFileRead()).to.equal(true);
    await store.delete(new URL(src, location.href).href);
    container.remove();
  });

  it('works without the files beside it: English with one warning, no device cache, no other warnings', async () => {
    const feed = new URL(SAMPLE_FEED, location.href).href;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script>
        window.warnings = [];
        window.rejections = [];
        console.warn = (...args) => window.warnings.push(args.join(' '));
        addEventListener('unhandledrejection', (event) => window.rejections.push(String(event.reason)));
      </script>
      <script type="module" src="/__test__/alone/impact-stories.js"></script>
      <impact-story-list locale="fr" page-size="4" src="${feed}"></impact-story-list>
      <impact-story-list cache layout="grids" project="Skills 21" src="${feed}?cached"></impact-story-list>`;
    const framed = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await framed;
      const page = frame.contentWindow as Window & { warnings: string[]; rejections: string[] };
      const found = frame.contentDocument!.querySelectorAll('impact-story-list');
      const french = found[0]!;
      const cached = found[1]!;
      for (const list of [french, cached]) {
        if (!list.shadowRoot?.querySelector('article')) await oneEvent(list, 'impact-stories-load');
      }
      expect(french.shadowRoot!.querySelector('[part="load-more"]')!.textContent).to.equal('Load more stories');
      expect(cached.shadowRoot!.querySelectorAll('article')).to.have.length(6);
      const missing = (name: string) =>
        page.performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/__test__/alone/impact-stories-${name}-`));
      await waitUntil(() => missing('feed-cache') && missing('console-warnings'), 'the files beside the copy were not asked for');
      // One more turn of the event loop, for an unhandled rejection to be reported.
      await new Promise((resolve) => page.setTimeout(resolve));
      expect(page.rejections).to.deep.equal([]);
      expect(page.warnings).to.have.length(1);
      expect(page.warnings[0]).to.contain('"fr" sentences');
    } finally {
      frame.remove();
    }
  });

  it('is harmless when a second copy at another URL loads, without a warning for the same version', async () => {
    const warnings = await consoleWarnings(async () => {
      await import(/* @vite-ignore */ `${bundle}?second-copy`);
      await warningsFileFrom('/dist/');
    });
    expect(warnings).to.deep.equal([]);
    expect(early.firstElementChild!.shadowRoot!.querySelectorAll('article')).to.have.length(6);
  });

  it('warns once, naming both, when a different version loads too', async () => {
    const ourVersion = (await (await fetch('/package.json')).json()).version as string;
    const otherCopy = '/__test__/other-version/impact-stories.js';
    expect(await (await fetch(otherCopy)).text()).to.contain('`9.9.9`');
    const warnings = await consoleWarnings(async (written) => {
      await import(/* @vite-ignore */ otherCopy);
      // The warning's words live in a file beside the script, fetched only when there is something to say.
      await waitUntil(() => written.length > 0, 'no warning about the other version');
      await import(/* @vite-ignore */ `${otherCopy}?again`);
      await warningsFileFrom('/__test__/other-version/');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(ourVersion).and.contain('9.9.9');
  });
});
