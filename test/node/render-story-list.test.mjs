// renderStoryList() (impact-stories-widgets/ssr), from dist/lib as the package ships it: the data it carries and
// the fallback link it writes.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const { renderStoryList } = await import('../../packages/ssr/dist/render-story-list.js');

const SRC = 'https://www.example.org/feed.json';
const feedWithTitle = (/** @type {string} */ title) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Stories',
  items: [{ id: 'a', url: 'https://x.org/a', title, summary: 'Summary', date_published: '2022-07-21' }],
});

/**
 * The JSON of the list's `<script type="application/feed+json">`, parsed; fails when there is not exactly one.
 * @param {string} html
 */
function carriedFeed(html) {
  const scripts = [...html.matchAll(/<script type="application\/feed\+json">(.*?)<\/script>/gs)];
  assert.equal(scripts.length, 1, 'one data script');
  return JSON.parse(scripts[0]?.[1] ?? '');
}

test("titles holding $` $' $& $$ (replacement patterns) are carried as they are, and the HTML does not grow with them", async () => {
  for (const title of ['Costs $` rose', "Costs $' fell", 'Costs $& held', 'Costs $$ doubled', "$1 $<name> $`$'$&"]) {
    const html = await renderStoryList({ src: SRC, feed: feedWithTitle(title) });
    assert.equal(carriedFeed(html).items[0].title, title, title);
  }
  const many = '$`'.repeat(2000) + "$'".repeat(2000);
  const small = await renderStoryList({ src: SRC, feed: feedWithTitle('x') });
  const html = await renderStoryList({ src: SRC, feed: feedWithTitle(many) });
  assert.equal(carriedFeed(html).items[0].title, many);
  // The title appears in the card and in the data, each a few KB: nowhere near the 23 MB the bug made.
  assert.ok(html.length < small.length + 5 * many.length, `${html.length} characters`);
});

test('a title that looks like the data mark stays text, and the data still goes in the one place', async () => {
  const title = '<!--impact-stories-data--> and $&';
  const html = await renderStoryList({ src: SRC, feed: feedWithTitle(title) });
  assert.equal(carriedFeed(html).items[0].title, title);
  // In the element's light DOM, after its shadow root, where the list looks for it.
  assert.ok(html.indexOf('<script type="application/feed+json">') > html.lastIndexOf('</template>'));
});

test('the fallback link: http(s) and relative addresses are written, as given', async () => {
  const feed = feedWithTitle('A story');
  for (const href of [
    'https://www.example.org/impact-stories',
    'http://www.example.org/stories?a=1&b=2',
    '/impact-stories',
    'impact-stories/',
    '../stories#top',
    '?page=2',
    '#stories',
    '//www.example.org/stories',
    'HTTPS://www.example.org/',
  ]) {
    const html = await renderStoryList({ src: SRC, feed, fallback: { href, text: 'Read our stories' } });
    const escaped = href.replaceAll('&', '&amp;');
    assert.ok(html.includes(`<a href="${escaped}">`), href);
    assert.match(html, />Read our stories</, href);
  }
});

test('the fallback link: any other scheme, however disguised, is refused with a TypeError that says why', async () => {
  const feed = feedWithTitle('A story');
  for (const href of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3a;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'mailto:a@example.org',
    'blob:https://example.org/1',
    '',
  ]) {
    await assert.rejects(
      renderStoryList({ src: SRC, feed, fallback: { href, text: 'Read our stories' } }),
      (error) => error instanceof TypeError && /fallback\.href must be an http\(s\) or relative address/.test(error.message),
      JSON.stringify(href),
    );
  }
  for (const fallback of [{ href: 42, text: 'x' }, { href: '/a' }, { href: '/a', text: 3 }]) {
    // As a caller without types may call it.
    const untyped = /** @type {{ href: string, text: string }} */ (/** @type {unknown} */ (fallback));
    await assert.rejects(renderStoryList({ src: SRC, feed, fallback: untyped }), TypeError, JSON.stringify(fallback));
  }
});
