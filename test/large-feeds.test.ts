import { expect } from '@open-wc/testing';
import { attach, cards, cardTitles, createList, loadedList, loadEvent, shadow, statusText, unmountAll } from './helpers.js';

const requestCount = async (name: string) => Number(await (await fetch(`/__test__/count/${name}`)).text());

function generatedFeed(size: number): string {
  const items = Array.from({ length: size }, (_, index) => ({
    id: `generated-${index}`,
    url: `https://example.org/stories/${index}`,
    title: `Generated story ${index}`,
    date_published: new Date(Date.UTC(2020, 0, 1) + (size - index) * 86_400_000).toISOString().slice(0, 10),
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
}

const clickLoadMore = async (list: HTMLElement & { updateComplete: Promise<boolean> }) => {
  const loaded = loadEvent(list);
  shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
  const event = await loaded;
  await list.updateComplete;
  return event.detail;
};

describe('large feeds', () => {
  afterEach(unmountAll);

  it('shows 50 stories at a time when page-size is not given, so the DOM follows what is shown', async () => {
    const list = createList({ src: '/feeds/generated-1200.json' });
    list.fetcher = async () => new Response(generatedFeed(1200), { headers: { 'content-type': 'application/feed+json' } });
    const loaded = loadEvent(list);
    attach(list);
    const { detail } = await loaded;
    await list.updateComplete;
    expect(detail.total).to.equal(1200);
    expect(cards(list)).to.have.length(50);
    expect(shadow(list).querySelectorAll('*').length).to.be.below(400);
    expect((await clickLoadMore(list)).stories).to.have.length(100);
  });

  describe('an archive split with next_url', () => {
    const src = () => `/__test__/counted/archive-1?file=/test/fixtures/archive-1.json&run=${Date.now()}`;

    it('reads the next page only when Load more needs it, and stops after the last', async () => {
      const before = await requestCount('archive-2');
      const { list, detail } = await loadedList({ src: src(), 'page-size': '3' });
      expect(detail.stories).to.have.length(3);
      expect(await requestCount('archive-2')).to.equal(before);

      expect((await clickLoadMore(list)).stories).to.have.length(4);
      expect(await requestCount('archive-2')).to.equal(before);

      expect((await clickLoadMore(list)).stories).to.have.length(7);
      expect(await requestCount('archive-2')).to.equal(before + 1);
      expect(statusText(list)).to.equal('3 more stories loaded.');

      expect((await clickLoadMore(list)).stories).to.have.length(9);
      expect(cardTitles(list).at(-1)).to.equal('Archive story 9');
      expect(shadow(list).querySelector('[part="load-more"]')).to.equal(null);
    });

    it('respects limit across pages', async () => {
      const { list } = await loadedList({ src: src(), 'page-size': '4', limit: '6' });
      expect((await clickLoadMore(list)).stories).to.have.length(6);
      expect(shadow(list).querySelector('[part="load-more"]')).to.equal(null);
    });
  });

  it('runs no timers, animation frames or animations once the stories are shown', async () => {
    const { list } = await loadedList({ src: '/sample/impact-stories.json', 'page-size': '4' });
    await list.updateComplete;
    const calls: string[] = [];
    const originals = { setTimeout: window.setTimeout, setInterval: window.setInterval, requestAnimationFrame: window.requestAnimationFrame };
    const nextFrame = () => new Promise((resolve) => originals.requestAnimationFrame.call(window, resolve));
    window.setTimeout = ((...args: Parameters<typeof setTimeout>) => (calls.push('setTimeout'), originals.setTimeout(...args))) as typeof setTimeout;
    window.setInterval = ((...args: Parameters<typeof setInterval>) => (calls.push('setInterval'), originals.setInterval(...args))) as typeof setInterval;
    window.requestAnimationFrame = (callback) => (calls.push('requestAnimationFrame'), originals.requestAnimationFrame.call(window, callback));
    try {
      await nextFrame();
      await nextFrame();
      await nextFrame();
    } finally {
      Object.assign(window, originals);
    }
    expect(calls).to.deep.equal([]);
    expect(document.getAnimations()).to.deep.equal([]);
  });
});
