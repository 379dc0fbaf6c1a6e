import { expect } from '@open-wc/testing';
import { attach, cards, createList, loadEvent, SAMPLE_FEED, shadow } from './helpers.js';

function addStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
  });
  document.head.append(link);
  return loaded;
}

async function listIn(container: Element, attributes: Record<string, string>) {
  const list = createList({ src: SAMPLE_FEED, ...attributes });
  const loaded = loadEvent(list);
  attach(container, document.body);
  container.append(list);
  await loaded;
  await list.updateComplete;
  return list;
}

describe('a host page with Bootstrap and hostile global CSS', () => {
  before(async () => {
    await addStylesheet('/node_modules/bootstrap/dist/css/bootstrap.min.css');
    await addStylesheet('/packages/pages/demo/hostile.css');
  });

  for (const layout of ['list', 'grid', 'compact']) {
    it(`keeps ${layout} cards legible and laid out`, async () => {
      const container = document.createElement('div');
      container.className = 'container';
      container.style.inlineSize = '900px';
      const list = await listIn(container, { project: 'Skills 21', layout, 'group-by': 'month' });
      const items = cards(list);
      expect(items).to.have.length(6);
      const listBox = list.getBoundingClientRect();
      let previousBottom = -Infinity;
      for (const card of items.filter((_, index) => layout !== 'grid' || index % 2 === 0)) {
        const box = card.getBoundingClientRect();
        expect(box.left).to.be.at.least(listBox.left - 0.5);
        expect(box.right).to.be.at.most(listBox.right + 0.5);
        if (layout !== 'grid') expect(box.top).to.be.at.least(previousBottom);
        previousBottom = box.bottom;
        const image = card.querySelector('img');
        if (image) {
          const imageBox = image.getBoundingClientRect();
          expect(imageBox.width).to.be.greaterThan(50);
          expect(imageBox.right).to.be.at.most(box.right + 0.5);
        }
      }
      const title = items[0]!.querySelector('a')!;
      expect(getComputedStyle(title).color).to.not.equal('rgb(255, 0, 255)');
      expect(shadow(list).querySelector('ul')!.getAttribute('role')).to.equal('list');
      await expect(list).to.be.accessible();
    });
  }
});

describe('a right-to-left Arabic page', () => {
  const arabicPage = () => {
    const container = document.createElement('div');
    container.dir = 'rtl';
    container.lang = 'ar';
    container.style.inlineSize = '900px';
    return container;
  };

  it('lays the list and Arabic stories out right to left, with Arabic UI and dates', async () => {
    const list = await listIn(arabicPage(), { src: '/test/fixtures/arabic-feed.json', 'group-by': 'month', 'page-size': '2' });
    const card = cards(list)[0]!;
    const article = card;
    expect(article.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(article).direction).to.equal('rtl');
    const figure = card.querySelector('figure')!.getBoundingClientRect();
    const title = card.querySelector('h3')!.getBoundingClientRect();
    expect(figure.left).to.be.greaterThan(title.left);
    const heading = shadow(list).querySelector('[part="group-heading"]')!;
    const july = new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2022, 6, 1));
    expect(heading.textContent!.trim()).to.equal(july);
    expect(heading.getBoundingClientRect().right).to.be.closeTo(list.getBoundingClientRect().right, 1);
    expect(shadow(list).querySelector('[part="load-more"]')!.textContent).to.equal('عرض المزيد من القصص');
    const button = shadow(list).querySelector('[part="load-more"]')!.getBoundingClientRect();
    expect(button.right).to.be.closeTo(list.getBoundingClientRect().right, 1);
    await expect(list).to.be.accessible();
  });

  it('keeps an English story left to right inside the Arabic page', async () => {
    const list = await listIn(arabicPage(), { src: '/test/fixtures/arabic-feed.json' });
    const english = cards(list)[2]!;
    expect(english.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(english).direction).to.equal('ltr');
  });

  it('isolates a Latin project name inside Arabic text', async () => {
    const list = await listIn(arabicPage(), { src: '/test/fixtures/arabic-feed.json' });
    const meta = cards(list)[0]!.querySelector('[part="meta"] span')!;
    expect(getComputedStyle(meta).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(cards(list)[0]!.querySelector('[part="title"]')!).unicodeBidi).to.equal('isolate');
  });
});
