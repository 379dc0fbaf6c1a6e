// The widgets' feed reader as Node runs it (packages/ssr/dist/server/read-feed.js: @xmldom/xmldom and htmlparser2 where the
// browser has DOMParser), for test/reader-parity.test.ts, which compares it with the browser's reading:
//   executeServerCommand('feed-fixtures')  the paths of every fixture feed the parity test reads
//   executeServerCommand('read-feed-in-node', { bytes, url, contentType, timeZone })
//     a feed's `bytes` (base64, as the browser was served them) read as the command and the server renderer read
//     it: decoded by `contentType`, read against `url`, its dates in the reader's `timeZone`; `{ feed }` (its
//     stories and skipped items) or `{ error }`.
import { readdir } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);

/** Every feed in test/fixtures (JSON Feed, RSS, Atom, RDF, the dialect-* and charset-* ones, and files that are no feed), and the sample convert makes from sample/stories.csv. */
async function fixtures() {
  const names = (await readdir(new URL('test/fixtures/', root))).filter((name) => /\.(json|xml|html)$/.test(name)).sort();
  return [...names.map((name) => `test/fixtures/${name}`), 'sample/impact-stories.json'];
}

/**
 * `run()` with the process's time zone set to `timeZone`: dates without an offset are read in the reader's.
 * @template T
 * @param {string} timeZone
 * @param {() => T} run
 * @returns {T}
 */
function inTimeZone(timeZone, run) {
  const before = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** @param {{ bytes: string, url: string, contentType: string, timeZone: string }} payload */
async function readInNode({ bytes, url, contentType, timeZone }) {
  const { feedJson, feedDocument } = await import(new URL('packages/ssr/dist/server/read-feed.js', root).href);
  const { decodeFeedBytes } = await import(new URL('packages/core/dist/feed/decode-feed-bytes.js', root).href);
  try {
    const { json } = await feedJson(decodeFeedBytes(Buffer.from(bytes, 'base64'), contentType), url);
    const { stories, skipped, title, homePageUrl, language } = inTimeZone(timeZone, () => feedDocument(json, url).feed());
    return { feed: { title, homePageUrl, language, stories, skipped } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function nodeReader() {
  return {
    name: 'node-reader',
    /** @param {{ command: string, payload: any }} command The test's command and its payload, as the test sent it. */
    async executeCommand({ command, payload }) {
      if (command === 'feed-fixtures') return fixtures();
      if (command === 'read-feed-in-node') return readInNode(payload);
      return undefined;
    },
  };
}
