import { expect } from '@open-wc/testing';
import { FeedError } from '../packages/core/src/feed/feed-error.js';
import { fetchFeed, MAX_FEED_BYTES } from '../packages/widgets/src/feed/fetch-feed.js';
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

  it('reads feeds without credentials: no cookies or HTTP authentication, even from its own origin', async () => {
    let init: RequestInit | undefined;
    const fetcher = async (_url: RequestInfo | URL, options?: RequestInit) => {
      init = options;
      return fetch(SAMPLE_FEED);
    };
    await fetchFeed(SAMPLE_FEED, { fetch: fetcher as typeof fetch });
    expect(init?.credentials).to.equal('omit');
  });
});

describe('fetchFeed: feeds too large to read', () => {
  /** A response whose body streams `chunks` of 64 KiB on demand; `pulled` counts the chunks handed out. */
  function streamed(chunks: number) {
    const state = { pulled: 0, cancelled: false };
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled++ === chunks) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    });
    const fetcher = async () => new Response(body, { headers: { 'content-type': 'application/feed+json' } });
    return { state, fetcher: fetcher as typeof fetch };
  }

  it('stops reading as soon as the body passes the limit, with a plain too-large error', async () => {
    const { state, fetcher } = streamed(400); // 25 MiB, never all made
    const error = await failure('/big.json', { fetch: fetcher, maxBytes: 1024 * 1024 });
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.equal('The feed at /big.json is larger than 1 MB, the most a page reads.');
    expect(state.cancelled).to.equal(true);
    expect(state.pulled).to.be.below(40);
  });

  it('reads up to 64 MB by default, an archive of 100,000 stories being about 52 MB', () => {
    expect(MAX_FEED_BYTES).to.equal(64 * 1024 * 1024);
  });

  it('reads a feed just under the limit', async () => {
    const json = await (await fetch(SAMPLE_FEED)).text();
    const fetcher = async () => new Response(json, { headers: { 'content-type': 'application/feed+json' } });
    const bytes = new TextEncoder().encode(json).length;
    expect((await fetchFeed('/exact.json', { fetch: fetcher as typeof fetch, maxBytes: bytes })).stories).to.have.length(20);
    expect((await failure('/exact.json', { fetch: fetcher as typeof fetch, maxBytes: bytes - 1 })).kind).to.equal('too-large');
  });
});

describe('fetchFeed: charsets', () => {
  // The fixture's bytes, as the test server's feed endpoint sends them (its static files are read as UTF-8 text, which
  // would spoil them), served again with `type` as their Content-Type.
  const bytes = async (name: string) => (await fetch(`/__test__/counted/charset-fixtures?file=/test/fixtures/${name}`)).arrayBuffer();
  const served = (name: string, type: string) =>
    (async () => new Response(await bytes(name), { headers: { 'content-type': type } })) as typeof fetch;
  const title = async (name: string, type: string) => (await fetchFeed(`/${name}`, { fetch: served(name, type) })).stories[0]?.title;

  it('reads ISO-8859-1 named by the Content-Type', async () => {
    expect(await title('charset-latin1.xml', 'application/rss+xml; charset=ISO-8859-1')).to.equal('Café à São Paulo: «élan» ±');
  });

  it('reads ISO-8859-1 named only by the XML declaration', async () => {
    expect(await title('charset-latin1-declared.xml', 'application/rss+xml')).to.equal('Café à São Paulo: «élan» ±');
  });

  it('reads windows-1251 and GB2312, named by the XML declaration, or the Content-Type', async () => {
    expect(await title('charset-windows-1251.xml', 'text/xml')).to.equal('Новости проекта в Кыргызстане');
    expect(await title('charset-windows-1251.xml', 'text/xml; charset="windows-1251"')).to.equal('Новости проекта в Кыргызстане');
    expect(await title('charset-gb2312.xml', 'application/rss+xml')).to.equal('项目新闻：中国的技能培训');
    expect(await title('charset-gb2312.xml', 'application/rss+xml; charset=gb2312')).to.equal('项目新闻：中国的技能培训');
  });

  it('reads UTF-16 by its byte-order mark, both byte orders', async () => {
    expect(await title('charset-utf16le-bom.xml', 'application/rss+xml')).to.equal('Ünïcödé ☃ 技能');
    expect(await title('charset-utf16be-bom.xml', 'application/rss+xml')).to.equal('Ünïcödé ☃ 技能');
  });

  it('a UTF-8 byte-order mark wins over a wrong charset; JSON is read as UTF-8', async () => {
    expect(await title('charset-utf8-bom.json', 'application/feed+json; charset=iso-8859-1')).to.equal('Ünïcödé ☃ 技能');
    expect(await title('charset-utf8-bom.json', 'application/json')).to.equal('Ünïcödé ☃ 技能');
  });

  it('an unknown charset label falls back to UTF-8', async () => {
    expect(await title('charset-utf16le-bom.xml', 'application/rss+xml; charset=klingon')).to.equal('Ünïcödé ☃ 技能');
    const fetcher = async () =>
      new Response(
        '<?xml version="1.0" encoding="x-unknown"?>' +
          (await (await fetch('/test/fixtures/atom-feed.xml')).text()).replace(/^<\?xml[^>]*>/, ''),
        {
          headers: { 'content-type': 'application/atom+xml; charset=x-klingon' },
        },
      );
    expect((await fetchFeed('/atom.xml', { fetch: fetcher as typeof fetch })).stories.length).to.be.above(0);
  });
});
