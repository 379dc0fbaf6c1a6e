import { expect } from '@open-wc/testing';
import { attach, cardTitles, createList, errorEvent, loadEvent, shadow } from './helpers.js';

const sample = async () => (await fetch('/sample/impact-stories.json')).text();
const respond =
  (body: string, headers: Record<string, string> = {}) =>
  async () =>
    new Response(body, { headers: { 'content-type': 'application/feed+json', ...headers } });
const never: typeof fetch = () => new Promise(() => {});

async function show(src: string, fetcher: typeof fetch, attributes: Record<string, string> = {}) {
  const list = createList({ src, cache: '', project: 'Skills 21', ...attributes });
  list.fetcher = fetcher;
  const loaded = loadEvent(list);
  attach(list);
  return { list, loaded };
}

describe('the cache attribute', () => {
  it('shows the last good feed at once on the next visit, even while the network does not answer', async () => {
    const src = `/feeds/cached-${Date.now()}.json`;
    const first = await show(src, respond(await sample()));
    await first.loaded;
    first.list.remove();

    const second = await show(src, never, { timeout: '60000' });
    const { detail } = await second.loaded;
    await second.list.updateComplete;
    expect(detail.stories).to.have.length(6);
    expect(second.list.state).to.equal('loaded');
    expect(cardTitles(second.list)[0]).to.equal('Mastering the sewing machine with dwarfism');
  });

  it('replaces the saved copy when the refreshed feed changed', async () => {
    const src = `/feeds/changed-${Date.now()}.json`;
    const original = await sample();
    const first = await show(src, respond(original));
    await first.loaded;
    first.list.remove();

    const feed = JSON.parse(original);
    feed.items.unshift({ ...feed.items[0], id: 'brand-new', title: 'A brand new Skills 21 story', date_published: '2023-01-10' });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const slowNetwork: typeof fetch = async () => {
      await answered;
      return respond(JSON.stringify(feed))();
    };
    const second = await show(src, slowNetwork);
    const fromCache = await second.loaded;
    answer();
    expect(fromCache.detail.stories).to.have.length(6);
    const refreshed = await loadEvent(second.list);
    await second.list.updateComplete;
    expect(refreshed.detail.stories).to.have.length(7);
    expect(cardTitles(second.list)[0]).to.equal('A brand new Skills 21 story');
  });

  it('lets the refreshed feed replace pages appended to the saved copy meanwhile', async () => {
    const src = `/feeds/archive-${Date.now()}.json`;
    const next = `${src}.2`;
    const item = (id: string, day: number) => ({
      id,
      url: `https://example.org/${id}`,
      title: `Story ${id}`,
      date_published: `2022-03-${day}`,
    });
    const page = (items: object[], nextUrl?: string) =>
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', next_url: nextUrl, items });
    const first = await show(src, respond(page([item('a1', 20), item('a2', 19)], next)), { project: '', 'page-size': '2' });
    await first.loaded;
    first.list.remove();

    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const network: typeof fetch = async (input) => {
      if (String(input).endsWith('.2')) return respond(page([item('a3', 18)]))();
      await answered;
      return respond(page([item('a0', 21), item('a1', 20), item('a2', 19)], next))();
    };
    const second = await show(src, network, { project: '', 'page-size': '2' });
    await second.loaded;
    const more = loadEvent(second.list);
    shadow(second.list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
    expect((await more).detail.stories.map((story) => story.id)).to.deep.equal(['a1', 'a2', 'a3']);
    const refreshed = loadEvent(second.list);
    answer();
    expect((await refreshed).detail.stories.map((story) => story.id)).to.deep.equal(['a0', 'a1', 'a2']);
    await second.list.updateComplete;
    expect(cardTitles(second.list)[0]).to.equal('Story a0');
  });

  it('keeps the saved copy on screen when the refresh fails, and says so in an event', async () => {
    const src = `/feeds/offline-${Date.now()}.json`;
    const first = await show(src, respond(await sample()));
    await first.loaded;
    first.list.remove();

    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const list = createList({ src, cache: '', project: 'Skills 21' });
    list.fetcher = offline;
    const failed = errorEvent(list);
    attach(list);
    expect((await failed).detail.kind).to.equal('network');
    await list.updateComplete;
    expect(list.state).to.equal('loaded');
    expect(cardTitles(list)).to.have.length(6);
  });

  it('never saves a feed served with Cache-Control: no-store', async () => {
    const src = `/feeds/no-store-${Date.now()}.json`;
    const first = await show(src, respond(await sample(), { 'cache-control': 'no-store' }));
    await first.loaded;
    first.list.remove();

    const list = createList({ src, cache: '', timeout: '300' });
    list.fetcher = never;
    const failed = errorEvent(list);
    attach(list);
    expect((await failed).detail.kind).to.equal('timeout');
    expect(list.state).to.equal('error');
  });

  it('is off by default: nothing is saved', async () => {
    const src = `/feeds/uncached-${Date.now()}.json`;
    const list = createList({ src });
    list.fetcher = respond(await sample());
    const loaded = loadEvent(list);
    attach(list);
    await loaded;
    const saved = await (await caches.open('impact-stories-feeds-v2')).match(new URL(src, location.href).href);
    expect(saved).to.equal(undefined);
  });
});
