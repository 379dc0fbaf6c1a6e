// One reader (issue #29): every fixture feed read by the browser (DOMParser) and by Node (@xmldom/xmldom and
// htmlparser2, as the command and the server renderer read feeds) gives the same stories, field for field, and the
// files that are no feed fail in both. Node's side runs on the test server (scripts/test-runner/node-reader.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { fetchFeed } from '../packages/widgets/src/feed/fetch-feed.js';

type Read = { feed?: unknown; error?: string };

const paths = (await executeServerCommand('feed-fixtures')) as string[];

async function readInBrowser(url: string): Promise<Read> {
  try {
    const { stories, skipped, title, homePageUrl, language } = await fetchFeed(url);
    return { feed: JSON.parse(JSON.stringify({ title, homePageUrl, language, stories, skipped })) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('one reader: the browser and Node read every fixture feed alike', () => {
  it(`reads ${paths.length} feeds`, () => {
    // JSON Feed, RSS 0.9x/1.0/2.0, Atom, the dialect-* and charset-* fixtures, and the sample convert writes from CSV.
    expect(paths.length).to.be.greaterThan(40);
    expect(paths).to.include('sample/impact-stories.json');
  });

  for (const path of paths) {
    it(path, async () => {
      const url = new URL(`/${path}`, location.href).href;
      // Node reads the bytes the browser was served (the test server re-encodes some files as it serves them).
      const response = await fetch(url);
      const contentType = response.headers.get('content-type');
      const bytes = btoa(Array.from(new Uint8Array(await response.arrayBuffer()), (byte) => String.fromCharCode(byte)).join(''));
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const [browser, node] = await Promise.all([
        readInBrowser(url),
        executeServerCommand('read-feed-in-node', { bytes, url, contentType, timeZone }) as Promise<Read>,
      ]);
      expect(Boolean(node.error), `Node: ${node.error}; browser: ${browser.error}`).to.equal(Boolean(browser.error));
      expect(node.feed).to.deep.equal(browser.feed);
    });
  }
});
