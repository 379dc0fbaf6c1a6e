import { expect } from '@open-wc/testing';
import { ReactiveElement, type PropertyValues } from 'lit';
import { FeedController, type FeedSource } from '../packages/widgets/src/controllers/feed-controller.js';

/** A request the stubbed fetcher received, for the test to answer (or not). */
interface Request {
  url: string;
  signal: AbortSignal;
  answer: (response: Response) => void;
}

/** A fetcher whose requests wait until the test answers them; `next()` resolves with the next request made. */
function stubFetcher() {
  const requests: Request[] = [];
  let heard: ((request: Request) => void) | undefined;
  const fetcher: typeof fetch = (input, init) =>
    new Promise<Response>((answer) => {
      const request = { url: String(input), signal: init!.signal!, answer };
      requests.push(request);
      heard?.(request);
    });
  const next = () => new Promise<Request>((resolve) => (heard = resolve));
  return { fetcher, requests, next };
}

/** A JSON Feed of stories with these ids, newest first, and the URL of the archive's next page. */
const feedResponse = (ids: string[], nextUrl?: string) =>
  new Response(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      next_url: nextUrl,
      items: ids.map((id, index) => ({
        id,
        url: `https://example.org/${id}`,
        title: `Story ${id}`,
        date_published: `2022-02-${String(20 - index).padStart(2, '0')}`,
      })),
    }),
    { headers: { 'content-type': 'application/feed+json' } },
  );

const unavailable = () => new Response('Service Unavailable', { status: 503 });

const source = (url: string, fetcher: typeof fetch, timeout?: number): FeedSource => ({ url, given: url, fetcher, cache: false, timeout });

/**
 * The smallest host: it loads `source` in willUpdate, as the list does, and writes down what it could render at
 * each update: the state, the ids of the stories shown, and the error's kind.
 */
class FeedHost extends ReactiveElement {
  source?: FeedSource;
  readonly feed = new FeedController(this);
  readonly rendered: string[] = [];
  #updated?: () => void;

  protected override willUpdate(): void {
    if (this.source) this.feed.load(this.source);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.rendered.push(this.#whatItShows());
  }

  protected override updated(): void {
    this.#updated?.();
  }

  /** Resolves once an update renders `expected`. */
  shows(expected: string): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.rendered.at(-1) === expected ? resolve() : (this.#updated = check));
      check();
    });
  }

  #whatItShows(): string {
    const state = this.feed.state;
    const stories = () => this.feed.readAll()!.stories.map((story) => story.id);
    switch (state.status) {
      case 'idle':
        return 'idle';
      case 'loading':
        return state.shown ? `loading, showing ${stories()}` : 'loading';
      case 'loaded':
        return `loaded ${stories()}${state.moreError ? `, more failed: ${state.moreError.kind}` : ''}`;
      case 'loading-more':
        return `loading more after ${stories()}`;
      case 'error':
        return `error: ${state.error.kind}`;
    }
  }
}
customElements.define('feed-controller-host', FeedHost);

const hosts: FeedHost[] = [];
/** A host in the page, reading `feedSource`. */
function attachHost(feedSource: FeedSource): FeedHost {
  const host = new FeedHost();
  host.source = feedSource;
  hosts.push(host);
  document.body.append(host);
  return host;
}

/** Lets the controller's queued microtasks (it waits one before stopping a list that left the page) run. */
const microtasksRun = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('FeedController', () => {
  afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

  it('shows loading, then the stories read', async () => {
    const { fetcher, next } = stubFetcher();
    const requested = next();
    const host = attachHost(source('https://feeds.example/a.json', fetcher));
    const request = await requested;
    expect(request.url).to.equal('https://feeds.example/a.json');
    request.answer(feedResponse(['a1', 'a2']));
    await host.shows('loaded a1,a2');
    expect(host.rendered).to.deep.equal(['loading', 'loaded a1,a2']);
  });

  it('shows an HTTP error, then loads again on Retry', async () => {
    const { fetcher, next } = stubFetcher();
    const first = next();
    const host = attachHost(source('https://feeds.example/flaky.json', fetcher));
    (await first).answer(unavailable());
    await host.shows('error: http');
    const second = next();
    host.feed.retry();
    (await second).answer(feedResponse(['a1']));
    await host.shows('loaded a1');
    expect(host.rendered).to.deep.equal(['loading', 'error: http', 'loading', 'loaded a1']);
  });

  it('shows a timeout error when the feed does not answer in time, and stops the request', async () => {
    const { fetcher, next } = stubFetcher();
    const requested = next();
    const host = attachHost(source('https://feeds.example/slow.json', fetcher, 50));
    await host.shows('error: timeout');
    expect((await requested).signal.aborted, 'request stopped').to.equal(true);
    expect(host.rendered).to.deep.equal(['loading', 'error: timeout']);
  });

  it('drops the answer for the old source when the source changes mid-flight', async () => {
    const { fetcher, next } = stubFetcher();
    const oldRequested = next();
    const host = attachHost(source('https://feeds.example/old.json', fetcher));
    const oldRequest = await oldRequested;
    const newRequested = next();
    host.source = source('https://feeds.example/new.json', fetcher);
    host.requestUpdate();
    const newRequest = await newRequested;
    expect(oldRequest.signal.aborted, 'old request stopped').to.equal(true);
    // The old answer comes first: were it not dropped, the host would show it.
    oldRequest.answer(feedResponse(['old1']));
    newRequest.answer(feedResponse(['new1']));
    await host.shows('loaded new1');
    expect(host.rendered).to.deep.equal(['loading', 'loading', 'loaded new1']);
  });

  it('stops loading when the host leaves the page, and loads again when it comes back', async () => {
    const { fetcher, next } = stubFetcher();
    const requested = next();
    const host = attachHost(source('https://feeds.example/left.json', fetcher));
    const request = await requested;
    host.remove();
    await microtasksRun();
    expect(request.signal.aborted, 'request stopped').to.equal(true);
    expect(host.feed.state.status).to.equal('idle');
    const again = next();
    document.body.append(host);
    (await again).answer(feedResponse(['a1']));
    await host.shows('loaded a1');
    expect(host.rendered).to.deep.equal(['loading', 'loading', 'loaded a1']);
  });

  it('keeps a list moved elsewhere in the page loading', async () => {
    const { fetcher, next } = stubFetcher();
    const requested = next();
    const host = attachHost(source('https://feeds.example/moved.json', fetcher));
    const request = await requested;
    document.body.prepend(host);
    await microtasksRun();
    expect(request.signal.aborted, 'request stopped').to.equal(false);
    request.answer(feedResponse(['a1']));
    await host.shows('loaded a1');
  });

  it('reads the archive’s next page and appends it to the stories shown', async () => {
    const { fetcher, next } = stubFetcher();
    const first = next();
    const host = attachHost(source('https://feeds.example/p1.json', fetcher));
    (await first).answer(feedResponse(['a1', 'a2'], 'https://feeds.example/p2.json'));
    await host.shows('loaded a1,a2');
    const second = next();
    const appended = host.feed.loadNextPage();
    await host.shows('loading more after a1,a2');
    const request = await second;
    expect(request.url).to.equal('https://feeds.example/p2.json');
    request.answer(feedResponse(['a3']));
    expect(await appended, 'appended').to.equal(true);
    // Appended without an update: the host shows the new stories in its own next one.
    host.requestUpdate();
    await host.shows('loaded a1,a2,a3');
    expect(host.rendered).to.deep.equal(['loading', 'loaded a1,a2', 'loading more after a1,a2', 'loaded a1,a2,a3']);
    expect(host.feed.feed!.nextUrl).to.equal(undefined);
  });

  it('keeps the stories shown when the archive’s next page cannot be read, and says why', async () => {
    const { fetcher, next } = stubFetcher();
    const first = next();
    const host = attachHost(source('https://feeds.example/q1.json', fetcher));
    (await first).answer(feedResponse(['a1', 'a2'], 'https://feeds.example/q2.json'));
    await host.shows('loaded a1,a2');
    const second = next();
    const appended = host.feed.loadNextPage();
    (await second).answer(unavailable());
    expect(await appended, 'appended').to.equal(false);
    await host.shows('loaded a1,a2, more failed: http');
    expect(host.rendered).to.deep.equal(['loading', 'loaded a1,a2', 'loading more after a1,a2', 'loaded a1,a2, more failed: http']);
  });
});
