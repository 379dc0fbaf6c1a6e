import { expect } from '@open-wc/testing';
import type { ImpactStoryListElement } from '../packages/widgets/src/components/impact-story-list/impact-story-list.js';
import { attach, cards, cardTitles, createList, deepActiveElement, loadedList, loadEvent, shadow, statusText } from './helpers.js';

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

  describe('the first page of a large feed, shown before the whole feed is read', () => {
    const serve = (list: ImpactStoryListElement, body: string) =>
      (list.fetcher = async () => new Response(body, { headers: { 'content-type': 'application/feed+json' } }));

    /**
     * Resolves with the card titles of the list's first render that shows cards, and its Load more button if any.
     * Call it right after the list is attached: its shadow root exists then, and its first render is still to come.
     */
    const firstCards = (list: ImpactStoryListElement) =>
      new Promise<string[]>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!cards(list).length) return;
          observer.disconnect();
          const loadMore = shadow(list).querySelector('[part="load-more"]');
          resolve(loadMore ? [...cardTitles(list), loadMore.textContent!.trim()] : cardTitles(list));
        });
        observer.observe(shadow(list), { childList: true, subtree: true });
      });

    it('shows the same cards first as once the whole feed is read, and the load event counts the whole feed', async () => {
      const list = createList({ src: '/feeds/first-page.json', 'page-size': '5' });
      serve(list, generatedFeed(2000));
      const loaded = loadEvent(list);
      attach(list);
      const first = firstCards(list);
      const shownFirst = await first;
      const { detail } = await loaded;
      await list.updateComplete;
      const firstPage = ['Generated story 0', 'Generated story 1', 'Generated story 2', 'Generated story 3', 'Generated story 4'];
      expect(shownFirst).to.deep.equal([...firstPage, 'Load more stories']);
      expect(cardTitles(list)).to.deep.equal(firstPage);
      expect(detail.total).to.equal(2000);
      expect(detail.feed.stories).to.have.length(2000);
    });

    it('puts a story whose date is not a real day last, even when it comes early in the feed', async () => {
      // Dated 1 March, 29 and 28 February 2020...: 30 February fits between them as text.
      const feed = JSON.parse(generatedFeed(60));
      feed.items[1].date_published = '2020-02-30';
      const list = createList({ src: '/feeds/bad-day.json', 'page-size': '3' });
      serve(list, JSON.stringify(feed));
      attach(list);
      const first = firstCards(list);
      expect(await first).to.deep.equal(['Generated story 0', 'Generated story 2', 'Generated story 3', 'Load more stories']);
    });

    it('filters while reading only part of the feed', async () => {
      const list = createList({ src: '/feeds/filtered.json', 'page-size': '2', tag: 'seven' });
      const feed = JSON.parse(generatedFeed(1000));
      for (const index of [5, 70, 700]) feed.items[index].tags = ['Seven'];
      serve(list, JSON.stringify(feed));
      const loaded = loadEvent(list);
      attach(list);
      const first = firstCards(list);
      expect(await first).to.deep.equal(['Generated story 5', 'Generated story 70', 'Load more stories']);
      const { detail } = await loaded;
      expect(detail.total).to.equal(3);
      expect((await clickLoadMore(list)).stories.map((story) => story.title)).to.deep.equal([
        'Generated story 5',
        'Generated story 70',
        'Generated story 700',
      ]);
    });

    /** A list of four stories a page over a 1,500-story feed, once its first cards show (the rest still unread). */
    const showingFirstPage = async (name: string) => {
      const list = createList({ src: `/feeds/${name}.json`, 'page-size': '4' });
      serve(list, generatedFeed(1500));
      attach(list);
      await firstCards(list);
      return list;
    };

    it('answers Load more clicked before the rest of the feed is read', async () => {
      const list = await showingFirstPage('early-clicks');
      const loaded = loadEvent(list);
      shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      expect((await loaded).detail.stories).to.have.length(8);
      await list.updateComplete;
      expect(cardTitles(list).at(-1)).to.equal('Generated story 7');
      expect(document.activeElement === list && shadow(list).activeElement?.textContent).to.equal('Generated story 4');
    });

    it('answers a new filter given before the rest of the feed is read', async () => {
      const list = await showingFirstPage('early-filter');
      const filtered = loadEvent(list);
      list.setAttribute('year', '2021');
      const { detail } = await filtered;
      await list.updateComplete;
      expect(detail.total).to.equal(365);
      expect(detail.stories.map((story) => story.published!.iso)).to.deep.equal(['2021-12-31', '2021-12-30', '2021-12-29', '2021-12-28']);
      expect(cards(list)).to.have.length(4);
    });
  });

  describe('an archive split with next_url', () => {
    const src = () => `/__test__/counted/archive-1?file=/test/fixtures/archive-1.json&run=${Date.now()}`;

    /** Feed pages served by a list's own fetcher: `pages[path]` lists `[id, project]` of its stories, newest first. */
    const archive = (pages: Record<string, [string, string][]>, failing: string[] = []) => {
      const paths = Object.keys(pages);
      let day = 28;
      const bodies = paths.map((path, index) => ({
        version: 'https://jsonfeed.org/version/1.1',
        next_url: paths[index + 1],
        items: pages[path]!.map(([id, project]) => ({
          id,
          url: `https://example.org/${id}`,
          title: `Story ${id}`,
          date_published: `2022-02-${String(day--).padStart(2, '0')}`,
          _impact: { project },
        })),
      }));
      const requested: string[] = [];
      const fetcher: typeof fetch = async (input) => {
        const path = new URL(String(input)).pathname;
        requested.push(path);
        if (failing.includes(path)) return new Response('Service Unavailable', { status: 503 });
        return new Response(JSON.stringify(bodies[paths.indexOf(path)]), { headers: { 'content-type': 'application/feed+json' } });
      };
      return { fetcher, requested };
    };

    it('reads the next page through the list’s own fetcher', async () => {
      const { fetcher, requested } = archive({
        '/feeds/p1.json': [
          ['a1', 'A'],
          ['a2', 'A'],
        ],
        '/feeds/p2.json': [['a3', 'A']],
      });
      const list = createList({ src: '/feeds/p1.json', 'page-size': '2' });
      list.fetcher = fetcher;
      const loaded = loadEvent(list);
      attach(list);
      await loaded;
      expect((await clickLoadMore(list)).stories.map((story) => story.id)).to.deep.equal(['a1', 'a2', 'a3']);
      expect(requested).to.deep.equal(['/feeds/p1.json', '/feeds/p2.json']);
    });

    it('puts focus on Load more when the next page adds no matching story, then on the first new one', async () => {
      const { fetcher } = archive({
        '/feeds/q1.json': [
          ['a1', 'A'],
          ['a2', 'A'],
        ],
        '/feeds/q2.json': [
          ['b1', 'B'],
          ['b2', 'B'],
        ],
        '/feeds/q3.json': [['a3', 'A']],
      });
      const list = createList({ src: '/feeds/q1.json', 'page-size': '2', project: 'A' });
      list.fetcher = fetcher;
      const loaded = loadEvent(list);
      attach(list);
      await loaded;
      const button = shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!;
      button.focus();
      expect((await clickLoadMore(list)).stories).to.have.length(2);
      expect(deepActiveElement() === shadow(list).querySelector('[part="load-more"]'), 'focus on Load more').to.equal(true);
      expect((await clickLoadMore(list)).stories.map((story) => story.id)).to.deep.equal(['a1', 'a2', 'a3']);
      expect(deepActiveElement()?.textContent).to.equal('Story a3');
      // No move is left waiting: focus elsewhere stays there when the list changes later.
      const outside = attach(document.createElement('button'));
      outside.focus();
      list.removeAttribute('project');
      await list.updateComplete;
      expect(deepActiveElement() === outside, 'focus stays outside').to.equal(true);
    });

    it('shows, not only announces, why the next page could not be read, and keeps the stories', async () => {
      const { fetcher } = archive(
        {
          '/feeds/r1.json': [
            ['a1', 'A'],
            ['a2', 'A'],
          ],
          '/feeds/r2.json': [['a3', 'A']],
        },
        ['/feeds/r2.json'],
      );
      const list = createList({ src: '/feeds/r1.json', 'page-size': '2' });
      list.fetcher = fetcher;
      const loaded = loadEvent(list);
      attach(list);
      await loaded;
      const failed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => statusText(list) && (observer.disconnect(), resolve()));
        observer.observe(shadow(list), { childList: true, subtree: true, characterData: true });
      });
      shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      await failed;
      await list.updateComplete;
      expect(statusText(list)).to.match(/r2\.json answered with HTTP 503/);
      const status = shadow(list).querySelector<HTMLElement>('[part="status"]')!;
      expect(status.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(cardTitles(list)).to.deep.equal(['Story a1', 'Story a2']);
      expect(shadow(list).querySelector('[part="load-more"]')).to.not.equal(null);
      await expect(list).to.be.accessible();
    });

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
      requestAnimationFrame: (callback: FrameRequestCallback) =>
        track('requestAnimationFrame', originals.requestAnimationFrame.call(window, callback)),
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
