// Every pattern the command runs over a feed's text runs in time linear in its length: a hostile feed cannot stall a
// publisher's build. Each check is given text that made an earlier pattern backtrack, with a generous time limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromCsv, looksLikeXml } from '../../packages/cli/lib/convert-feed.mjs';
import { printable } from '../../packages/cli/lib/print.mjs';
import { slugOf } from '../../packages/core/dist/feed/split-feeds.js';
import { validateFeedText } from '../../packages/cli/lib/validate-feed.mjs';

/** Milliseconds `run` takes. @param {() => unknown} run */
const timed = (run) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** Milliseconds the promise `run` returns takes to settle. @param {() => Promise<unknown>} run */
const timedAsync = async (run) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

test('telling XML from CSV: a file of white space is read at once', () => {
  const spaces = `${' '.repeat(200_000)}x`;
  // `^\s*(\uFEFF)?\s*<` took about 6 s on 40,000 spaces.
  assert.ok(timed(() => assert.equal(looksLikeXml(spaces), false)) < 200);
  assert.ok(timed(() => fromCsv(`title,date\n${spaces},2022-07-21\n`)) < 2000);
  assert.equal(looksLikeXml('\uFEFF \n <rss>'), true);
});

test('validate: comments before an RSS feed, and long runs of anything, are read at once', async () => {
  // A pattern with a repeated, lazily matched comment backtracked exponentially in the number of comments.
  const comments = `${'<!---->'.repeat(30)}<rss version="2.0"><channel><title>T</title></channel></rss>`;
  assert.ok((await timedAsync(() => validateFeedText(comments))) < 1000);
  const long = 'a-'.repeat(100_000);
  const feed = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: long,
    items: [
      { id: long, title: `&${'a'.repeat(100_000)}`, url: `https://x.org/${long}`, date_published: `2022-07-21${' '.repeat(100_000)}x` },
    ],
  });
  assert.ok((await timedAsync(() => validateFeedText(feed))) < 2000);
  assert.ok(timed(() => slugOf(`${'-'.repeat(100_000)}a${' '.repeat(100_000)}`)) < 200);
  assert.ok(timed(() => printable('\u001b'.repeat(100_000) + '\ud800'.repeat(100_000))) < 500);
});
