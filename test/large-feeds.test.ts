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

  it('leaves no timer, interval, animation frame or animation running once the stories are shown', async () => {
    const pending = new Map<number, string>();
    const originals = {
      setTimeout: window.setTimeout,
      clearTimeout: window.clearTimeout,
      setInterval: window.setInterval,
      clearInterval: window.clearInterval,
      requestAnimationFrame: window.requestAnimationFrame,
      cancelAnimationFrame: window.cancelAnimationFrame,
    };
    const track = (kind: string, id: number) => (pending.set(id, kind), id);
    Object.assign(window, {
      setTimeout: (callback: () => void, delay?: number) => {
        const id = originals.setTimeout.call(window, () => (pending.delete(id), callback()), delay) as unknown as number;
        return track('setTimeout', id);
      },
      clearTimeout: (id: number) => (pending.delete(id), originals.clearTimeout.call(window, id)),
      setInterval: (callback: () => void, delay?: number) =>
        track('setInterval', originals.setInterval.call(window, callback, delay) as unknown as number),
      clearInterval: (id: number) => (pending.delete(id), originals.clearInterval.call(window, id)),
      requestAnimationFrame: (callback: FrameRequestCallback) => track('requestAnimationFrame', originals.requestAnimationFrame.call(window, callback)),
      cancelAnimationFrame: (id: number) => (pending.delete(id), originals.cancelAnimationFrame.call(window, id)),
    });
    try {
      const { list } = await loadedList({ src: '/sample/impact-stories.json?idle', 'page-size': '4', timeout: '5000' });
      await list.updateComplete;
    } finally {
      Object.assign(window, originals);
    }
    expect([...pending.values()]).to.deep.equal([]);
    expect(document.getAnimations()).to.deep.equal([]);
  });
});
