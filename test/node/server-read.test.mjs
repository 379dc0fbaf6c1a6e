// The server-side reader (src/server/read-url.ts, built to dist/lib/server): what renderStoryList({ src }) and the
// command's URL inputs read through. Real HTTP servers on 127.0.0.1 (and 127.0.0.2), started here; no other network.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const { readUrl, readFeedText, nonPublicAddress, ReadUrlError } = await import('../../packages/ssr/dist/server/read-url.js');
const { renderStoryList } = await import('../../packages/ssr/dist/render-story-list.js');

const root = fileURLToPath(new URL('../../', import.meta.url));
/** @type {import('node:http').Server[]} */
const servers = [];
after(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/**
 * A server on `host` answering with `handler`; resolves with its origin and the requests it saw.
 * @param {import('node:http').RequestListener} handler
 */
async function serve(handler, host = '127.0.0.1') {
  /** @type {(string | undefined)[]} */
  const seen = [];
  const server = createServer((request, response) => {
    seen.push(request.url);
    handler(request, response);
  });
  servers.push(server);
  server.listen(0, host);
  await once(server, 'listening');
  server.closeAllConnections = server.closeAllConnections.bind(server);
  // Listening on a host and port, its address is an AddressInfo.
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://${host}:${port}`, seen, server };
}

const feed = (title = 'A story') =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Stories',
    items: [{ id: 'a', url: 'https://x.org/a', title, summary: 'Summary', date_published: '2022-07-21' }],
  });
const feedServer = (body = feed()) =>
  serve((_request, response) => {
    response.setHeader('content-type', 'application/feed+json');
    response.end(body);
  });

/**
 * The ReadUrlError `promise` fails with; fails the test when it does not.
 * @param {Promise<unknown>} promise
 */
async function failure(promise) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ReadUrlError, String(error));
    return error;
  }
  assert.fail('expected a failure');
}

const LOCAL = { allowPrivateAddresses: ['127.0.0.1'] };

test('addresses that are not public, in every form, are named as such; public ones are not', () => {
  const notPublic = {
    '127.0.0.1': /loopback/,
    '127.0.0.2': /loopback/,
    '10.1.2.3': /private/,
    '172.16.0.1': /private/,
    '172.31.255.255': /private/,
    '192.168.1.1': /private/,
    '169.254.169.254': /link-local/,
    '100.64.0.1': /carrier-grade NAT/,
    '0.0.0.0': /unspecified/,
    '224.0.0.1': /multicast/,
    '255.255.255.255': /broadcast/,
    '240.0.0.1': /reserved/,
    '::1': /loopback/,
    '::': /unspecified/,
    'fe80::1': /link-local/,
    'fe80::1%eth0': /link-local/,
    'fc00::1': /unique-local/,
    'fd12:3456::1': /unique-local/,
    'ff02::1': /multicast/,
    '::ffff:127.0.0.1': /loopback.*IPv4-mapped/,
    '::ffff:7f00:1': /loopback.*IPv4-mapped/,
    '::ffff:10.0.0.1': /private/,
    '::ffff:a9fe:a9fe': /link-local/,
    '::127.0.0.1': /loopback.*IPv4-compatible/,
    '64:ff9b::a00:1': /private.*NAT64/,
    '2002:7f00:1::': /loopback.*6to4/,
    '2001:db8::1': /documentation/,
  };
  for (const [address, kind] of Object.entries(notPublic)) assert.match(nonPublicAddress(address) ?? 'public', kind, address);
  for (const address of [
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ]) {
    assert.equal(nonPublicAddress(address), undefined, address);
  }
});

test('by default a loopback address is refused before any connection, with a message naming it', async () => {
  const { origin, seen } = await feedServer();
  const error = await failure(readUrl(`${origin}/feed.json`));
  assert.ok(error instanceof ReadUrlError);
  assert.equal(error.code, 'refused-address');
  assert.match(
    error.message,
    /127\.0\.0\.1 is 127\.0\.0\.1, a loopback address\. Only public addresses are read, unless allowPrivateAddresses/,
  );
  assert.deepEqual(seen, []);
  // localhost, through the system's resolver, and an IPv6 loopback literal too.
  const port = new URL(origin).port;
  assert.equal((await failure(readUrl(`http://localhost:${port}/feed.json`))).code, 'refused-address');
  assert.equal((await failure(readUrl(`http://[::1]:${port}/feed.json`))).code, 'refused-address');
  assert.equal((await failure(readUrl(`http://[::ffff:127.0.0.1]:${port}/feed.json`))).code, 'refused-address');
  assert.equal((await failure(readUrl(`http://2130706433:${port}/feed.json`))).code, 'refused-address');
  assert.deepEqual(seen, []);
});

test('a DNS name that resolves to a private address is refused; the check is on what the name resolves to', async () => {
  const { origin, seen } = await feedServer();
  const port = new URL(origin).port;
  const to = (/** @type {string} */ address) => async () => [{ address, family: 4 }];
  const error = await failure(readUrl(`http://feeds.example.org:${port}/feed.json`, { lookup: to('10.0.0.7') }));
  assert.equal(error.code, 'refused-address');
  assert.match(error.message, /feeds\.example\.org is 10\.0\.0\.7, a private address/);
  // A name whose address changes between two reads (DNS rebinding) is checked each time it is connected to.
  let answers = 0;
  const rebinding = async () => [{ address: answers++ ? '127.0.0.1' : '127.0.0.2', family: 4 }];
  const allowOne = { allowPrivateAddresses: (/** @type {string} */ address) => address === '127.0.0.2' };
  assert.equal((await failure(readUrl(`http://rebind.example.org:${port}/feed.json`, { lookup: rebinding, ...allowOne }))).code, 'network');
  assert.equal(
    (await failure(readUrl(`http://rebind.example.org:${port}/feed.json`, { lookup: rebinding, ...allowOne }))).code,
    'refused-address',
  );
  assert.deepEqual(seen, []);
  // Allowed, the same name is read: the lookup is what the connection uses.
  const body = await readUrl(`http://feeds.example.org:${port}/feed.json`, { lookup: to('127.0.0.1'), ...LOCAL });
  assert.equal(JSON.parse(Buffer.from(body.bytes).toString()).title, 'Stories');
});

test('allowing 127.0.0.1 allows only it: a redirect to 127.0.0.2 is refused, and 127.0.0.2 sees nothing', async () => {
  const other = await feedServer();
  const otherServer = await serve((_request, response) => response.end(feed('Inside')), '127.0.0.2');
  const first = await serve((_request, response) => {
    response.writeHead(302, { location: `${otherServer.origin}/feed.json` });
    response.end();
  });
  const error = await failure(readUrl(`${first.origin}/start`, LOCAL));
  assert.equal(error.code, 'refused-address');
  assert.match(
    error.message,
    new RegExp(
      `${first.origin}/start redirected to ${otherServer.origin}/feed.json, which was not read: 127\\.0\\.0\\.2 is 127\\.0\\.0\\.2, a loopback address`,
    ),
  );
  assert.deepEqual(first.seen, ['/start']);
  assert.deepEqual(otherServer.seen, []);
  // A redirect to an allowed address is followed, and the final URL reported.
  const hop = await serve((_request, response) => {
    response.writeHead(301, { location: `${other.origin}/feed.json` });
    response.end();
  });
  const body = await readUrl(`${hop.origin}/`, LOCAL);
  assert.equal(body.url, `${other.origin}/feed.json`);
  // renderStoryList() reads through the same reader: the same redirect is refused there too.
  await assert.rejects(renderStoryList({ src: `${first.origin}/start`, ...LOCAL }), /127\.0\.0\.2, a loopback address/);
  assert.deepEqual(otherServer.seen, []);
});

test('redirects are limited: a loop stops after 5, a non-http(s) target is refused', async () => {
  const loop = await serve((request, response) => {
    response.writeHead(302, { location: request.url === '/file' ? 'file:///etc/passwd' : '/loop' });
    response.end();
  });
  const error = await failure(readUrl(`${loop.origin}/loop`, LOCAL));
  assert.equal(error.code, 'too-many-redirects');
  assert.match(error.message, /redirected more than 5 times \(the maxRedirects limit\)/);
  assert.equal(loop.seen.length, 6);
  assert.equal((await failure(readUrl(`${loop.origin}/loop`, { ...LOCAL, maxRedirects: 1 }))).code, 'too-many-redirects');
  assert.equal(loop.seen.length, 8);
  const file = await failure(readUrl(`${loop.origin}/file`, LOCAL));
  assert.equal(file.code, 'bad-url');
  assert.match(file.message, /redirected to file:\/\/\/etc\/passwd, which is not an http\(s\) URL/);
});

test('the time limit covers a server that trickles its body, and one that never answers', async () => {
  const trickle = await serve((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{');
    const timer = setInterval(() => response.write(' '), 20);
    response.on('close', () => clearInterval(timer));
  });
  const silent = await serve(() => {});
  for (const origin of [trickle.origin, silent.origin]) {
    const started = performance.now();
    const error = await failure(readUrl(`${origin}/feed.json`, { ...LOCAL, timeout: 300 }));
    const took = performance.now() - started;
    assert.equal(error.code, 'timeout');
    assert.match(error.message, /was not read within 0\.3 seconds, the time limit \(the timeout option\)/);
    assert.ok(took >= 290 && took < 2000, `${took} ms`);
  }
  trickle.server.closeAllConnections();
  silent.server.closeAllConnections();
});

test('the size limit stops reading a large body early, streamed or announced; the default is 20 MB', async () => {
  const total = 25 * 1024 * 1024;
  let written = 0;
  /** @type {Promise<number> | undefined} */
  let closed;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const big = await serve((request, response) => {
    if (request.url === '/announced') {
      response.writeHead(200, { 'content-length': String(total) });
      response.write(chunk);
      return;
    }
    written = 0;
    closed = new Promise((resolve) => response.on('close', () => resolve(written)));
    response.writeHead(200, { 'content-type': 'application/json' });
    const more = () => {
      while (written < total && !response.destroyed) {
        written += chunk.length;
        if (!response.write(chunk)) return response.once('drain', more);
      }
      response.end();
    };
    more();
  });
  const error = await failure(readUrl(`${big.origin}/streamed`, { ...LOCAL, maxBytes: 1024 * 1024 }));
  assert.equal(error.code, 'too-large');
  const [, stoppedAfter = ''] =
    /is larger than the 1 MB \(1,048,576 bytes\) limit \(the maxBytes option\): reading stopped after ([\d,]+) bytes/.exec(error.message) ??
    [];
  // Past the limit by at most what arrives at once: one chunk, or a few coalesced while the machine is busy.
  const read = Number(stoppedAfter.replaceAll(',', ''));
  assert.ok(read > 1024 * 1024 && read <= 4 * 1024 * 1024, `${error.message}: stopped after the limit, and well before 25 MB`);
  const closedAfter = await closed;
  // The server saw the client go long before it had sent its 25 MB: what it wrote is the limit plus socket buffers.
  assert.ok(closedAfter !== undefined && closedAfter < 12 * 1024 * 1024, `the server wrote ${closedAfter} bytes before the client closed`);
  const announced = await failure(readUrl(`${big.origin}/announced`, LOCAL));
  assert.equal(announced.code, 'too-large');
  assert.match(
    announced.message,
    /the 20 MB \(20,971,520 bytes\) limit \(the maxBytes option\): it announced 26,214,400 bytes, so none were read/,
  );
  const streamed = await failure(readUrl(`${big.origin}/streamed`, LOCAL));
  assert.equal(streamed.code, 'too-large');
  assert.match(streamed.message, /the 20 MB .* limit/);
  big.server.closeAllConnections();
});

test('HTTP errors and unreachable servers say which URL, and what happened', async () => {
  const missing = await serve((_request, response) => {
    response.writeHead(404);
    response.end('no');
  });
  const error = await failure(readUrl(`${missing.origin}/feed.json`, LOCAL));
  assert.equal(error.code, 'http');
  assert.equal(error.status, 404);
  assert.equal(error.message, `${missing.origin}/feed.json answered with HTTP 404 Not Found.`);
  const closed = await failure(readUrl('http://127.0.0.1:1/feed.json', LOCAL));
  assert.equal(closed.code, 'network');
  assert.match(closed.message, /^http:\/\/127\.0\.0\.1:1\/feed\.json could not be reached: .*ECONNREFUSED/);
  assert.equal((await failure(readUrl('ftp://example.org/feed.json'))).code, 'bad-url');
});

test('renderStoryList({ src }) reads through the reader: refused by default, read when allowed, and $` stays data', async () => {
  const title = "Costs $` and $' and $& rose";
  const { origin } = await feedServer(feed(title));
  await assert.rejects(renderStoryList({ src: `${origin}/feed.json` }), /a loopback address\. Only public addresses are read/);
  const html = await renderStoryList({ src: `${origin}/feed.json`, ...LOCAL });
  const data = JSON.parse(/<script type="application\/feed\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '');
  assert.equal(data.items[0].title, title);
  await assert.rejects(renderStoryList({ src: `${origin}/feed.json`, ...LOCAL, maxBytes: 10 }), /limit \(the maxBytes option\)/);
});

test('the command refuses a URL input on a private address, as renderStoryList() does', async () => {
  const { origin, seen } = await feedServer();
  const child = spawn(process.execPath, [`${root}packages/cli/impact-stories.mjs`, 'validate', `${origin}/feed.json`], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (data) => (stderr += data));
  const [code] = await once(child, 'close');
  assert.equal(code, 1);
  assert.match(stderr, /127\.0\.0\.1, a loopback address/);
  assert.deepEqual(seen, []);
});

test('readFeedText decodes by charset: BOM, then Content-Type (not for JSON), then XML declaration, then UTF-8', async () => {
  const { readFile } = await import('node:fs/promises');
  const { origin } = await serve(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    response.setHeader('content-type', url.searchParams.get('type') ?? '');
    response.end(await readFile(new URL(`../fixtures/${url.pathname.slice(1)}`, import.meta.url)));
  });
  const text = async (/** @type {string} */ name, /** @type {string} */ type) =>
    (await readFeedText(`${origin}/${name}?type=${encodeURIComponent(type)}`, LOCAL)).text;
  const latin = 'Café à São Paulo: «élan» ±';
  assert.match(await text('charset-latin1.xml', 'application/rss+xml; charset=ISO-8859-1'), new RegExp(`<title>${latin}</title>`));
  assert.match(await text('charset-latin1-declared.xml', 'application/rss+xml'), new RegExp(`<title>${latin}</title>`));
  assert.match(await text('charset-windows-1251.xml', 'text/xml'), /<title>Новости проекта в Кыргызстане<\/title>/);
  assert.match(await text('charset-windows-1251.xml', 'text/xml; charset="windows-1251"'), /<title>Новости проекта в Кыргызстане<\/title>/);
  const gb = await text('charset-gb2312.xml', 'application/rss+xml');
  assert.match(gb, /<title>项目新闻：中国的技能培训<\/title>/);
  // The declaration keeps its version, and loses the encoding that no longer applies to decoded text.
  assert.ok(gb.startsWith('<?xml version="1.0"?>\n<rss'), gb.slice(0, 60));
  for (const name of ['charset-utf16le-bom.xml', 'charset-utf16be-bom.xml']) {
    const decoded = await text(name, 'application/rss+xml; charset=iso-8859-1');
    assert.ok(decoded.startsWith('<?xml'), `${name}: the byte-order mark is dropped`);
    assert.match(decoded, /<title>Ünïcödé ☃ 技能<\/title>/, name);
  }
  const json = await text('charset-utf8-bom.json', 'application/feed+json; charset=iso-8859-1');
  assert.equal(JSON.parse(json).items[0].title, 'Ünïcödé ☃ 技能');
  // JSON without a byte-order mark is UTF-8 whatever the charset says (a server's default, often wrong for it).
  const plain = await serve((_request, response) => {
    response.setHeader('content-type', 'application/json; charset=iso-8859-1');
    response.end(feed('Ünïcödé ☃'));
  });
  assert.equal(JSON.parse((await readFeedText(`${plain.origin}/`, LOCAL)).text).items[0].title, 'Ünïcödé ☃');
  // An unknown label is passed over.
  assert.match(await text('charset-latin1-declared.xml', 'application/rss+xml; charset=x-klingon'), new RegExp(latin));
});

test('the command reads a URL input in its charset (convert, from windows-1251 RSS to JSON Feed)', async () => {
  const { readFile } = await import('node:fs/promises');
  const { origin } = await serve(async (_request, response) => {
    response.setHeader('content-type', 'application/rss+xml');
    response.end(await readFile(new URL('../fixtures/charset-windows-1251.xml', import.meta.url)));
  });
  const { readInput } = await import('../../packages/cli/lib/read-input.mjs');
  assert.match(await readInput(`${origin}/feed.xml`, LOCAL), /Новости проекта/);
  await assert.rejects(readInput(`${origin}/feed.xml`), /a loopback address/);
  // A file is decoded the same way.
  assert.match(await readInput(fileURLToPath(new URL('../fixtures/charset-gb2312.xml', import.meta.url))), /项目新闻/);
});
