import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../packages/pages/src/builder/builder-page.js';
import { engine } from './engine.js';
import { attach, createList, errorEvent, loadEvent, mount, SAMPLE_FEED } from './helpers.js';

/**
 * Screenshots of the key states, compared with the baselines in test/screenshots/Chrome/baseline (Chromium only:
 * each engine draws text its own way). A change of look is a reviewed update of those files:
 * `UPDATE_SCREENSHOTS=1 npm run test:screenshots` writes them again.
 */
const compare = engine === 'chromium' ? describe : describe.skip;

/** `root`'s screenshot, compared with the baseline called `name`; the page comes to the front tab to be drawn. */
async function looksAsBefore(root: Element, name: string): Promise<void> {
  await executeServerCommand('bring-to-front');
  await visualDiff(root, name);
}

/** Waits for every photo in `root`'s shadow trees, loaded now rather than lazily, and for the fonts. */
async function photosShown(root: Element): Promise<void> {
  const images = [root, ...root.querySelectorAll('*')].flatMap((element) => [...(element.shadowRoot?.querySelectorAll('img') ?? [])]);
  for (const image of images) image.loading = 'eager';
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  await document.fonts.ready;
}

async function shownList(attributes: Record<string, string>, frame = '<div style="inline-size: 760px"></div>') {
  const container = mount<HTMLElement>(frame);
  const list = createList({ src: SAMPLE_FEED, ...attributes }, '<a href="https://www.ilo.org/impact-stories">Read our impact stories</a>');
  const settled = Promise.race([loadEvent(list), errorEvent(list)]);
  attach(list, container);
  await settled;
  await list.updateComplete;
  await photosShown(container);
  return container;
}

compare('the look, against committed screenshots', () => {
  const cases: [string, Record<string, string>, string?][] = [
    ['list', { project: 'Skills 21', limit: '2' }],
    ['grid', { layout: 'grid', year: '2022', limit: '4' }],
    ['compact', { layout: 'compact', limit: '3' }],
    ['dark', { theme: 'dark', layout: 'grid', country: 'Madagascar' }],
    [
      'arabic',
      { locale: 'ar', project: 'Skills 21', limit: '2', 'group-by': 'month' },
      '<div dir="rtl" lang="ar" style="inline-size: 760px"></div>',
    ],
    ['error', { src: '/sample/no-such-feed.json' }],
  ];
  for (const [name, attributes, frame] of cases) {
    it(name, async () => {
      await looksAsBefore(await shownList(attributes, frame), name);
    });
  }

  it('loading', async () => {
    const container = mount<HTMLElement>('<div style="inline-size: 760px"></div>');
    const list = attach(createList({ src: `/__test__/hang/visual-${Date.now()}`, layout: 'grid' }), container);
    await list.updateComplete;
    await looksAsBefore(container, 'loading');
    list.remove();
  });

  it('builder', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const container = mount<HTMLElement>('<div style="block-size: 900px; overflow: hidden"></div>');
      const builder = document.createElement('impact-embed-builder');
      builder.setAttribute('src', SAMPLE_FEED);
      container.append(builder);
      const preview = () => builder.shadowRoot!.querySelector('impact-story-list')!;
      await builder.updateComplete;
      if (preview().state === 'loading') await loadEvent(preview());
      await builder.updateComplete;
      await photosShown(container);
      await looksAsBefore(container, 'builder');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
