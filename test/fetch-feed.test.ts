import { expect } from '@open-wc/testing';
import { FeedError } from '../src/feed/feed-error.js';
import { fetchFeed } from '../src/feed/fetch-feed.js';
import { SAMPLE_FEED, testFeed } from './helpers.js';

async function failure(url: string, options: Parameters<typeof fetchFeed>[1] = {}): Promise<FeedError> {
  try {
    await fetchFeed(url, options);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('fetchFeed', () => {
  it('loads and normalises the sample feed', async () => {
    const feed = await fetchFeed(SAMPLE_FEED);
    expect(feed.stories).to.have.length(20);
    expect(feed.url).to.equal(new URL(SAMPLE_FEED, location.href).href);
  });

  it('reports an HTTP error with its status', async () => {
    const error = await failure('/__test__/status/404');
    expect(error).to.include({ kind: 'http', status: 404 });
    expect(error.message).to.equal('The feed at /__test__/status/404 answered with HTTP 404 Not Found.');
  });

  it('reports an HTML page as one, with its content type', async () => {
    const error = await failure(testFeed('not-json.html'));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.equal(
      `The file at ${testFeed('not-json.html')} is an HTML page (content type text/html; charset=utf-8), not a feed: is the address right?`,
    );
  });

  it('reports a body of plain JSON values (null, a number) as no JSON Feed, without throwing anything else', async () => {
    for (const body of ['null', '42', '"feed"', '[]']) {
      const fetcher = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
      expect((await failure('/values.json', { fetch: fetcher as typeof fetch })).kind, body).to.equal('not-json-feed');
    }
  });

  it('reports JSON that is not a JSON Feed', async () => {
    expect((await failure(testFeed('not-a-feed.json'))).kind).to.equal('not-json-feed');
  });

  it('gives up after the timeout', async () => {
    const error = await failure('/__test__/hang/timeout', { timeout: 300 });
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.equal('The feed at /__test__/hang/timeout did not answer within 0.3 seconds.');
  });

  it('times out even when a custom fetch ignores its abort signal', async () => {
    const error = await failure('/never', { timeout: 200, fetch: () => new Promise<Response>(() => {}) });
    expect(error.kind).to.equal('timeout');
  });

  it('reports a server that cannot be reached', async () => {
    const error = await failure('http://127.0.0.1:1/feed.json');
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('could not be reached');
  });

  it('stops when the caller aborts, without calling it a feed error', async () => {
    const controller = new AbortController();
    const request = fetchFeed('/__test__/hang/aborted', { signal: controller.signal });
    controller.abort();
    const error = await request.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.not.be.instanceOf(FeedError);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
