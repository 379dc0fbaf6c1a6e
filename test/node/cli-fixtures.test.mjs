// A feed the widgets render is a feed `impact-stories validate` accepts: every feed the widgets' tests read (JSON
// Feed, RSS and Atom), the sample and its split folder pass (warnings allowed), and the files the widgets' tests
// use as broken feeds fail.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readInput } from '../../packages/cli/lib/read-input.mjs';
import { validateFeedText } from '../../packages/cli/lib/validate-feed.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What `impact-stories validate --json` reports of a file (in process: its exit code is 1 exactly when errors). */
const validate = async (/** @type {string} */ path) => {
  const report = await validateFeedText(await readInput(join(root, path)), { base: path });
  return { code: report.errors.length ? 1 : 0, stdout: JSON.stringify({ valid: !report.errors.length, ...report }, null, 2), stderr: '' };
};

/**
 * The fixtures the widgets' tests read as feeds that cannot be shown (test/real-feeds.test.ts, demo.test.ts,
 * fetch-feed.test.ts, dialect-feeds.test.ts): broken JSON, an HTML page, XML that is not well-formed, JSON that
 * is no JSON Feed, OPML, and RSS without a channel.
 */
const notFeeds = new Set([
  'broken-json.json',
  'not-json.html',
  'broken-rss.xml',
  'not-a-feed.json',
  'dialect-opml.xml',
  'dialect-rss-no-channel.xml',
]);

const fixtures = readdirSync(join(root, 'test/fixtures'))
  .filter((name) => /\.(json|xml|html)$/.test(name) && !name.startsWith('cli-'))
  .sort();

test('every fixture feed the widgets render is valid (warnings allowed)', async (t) => {
  assert.ok(fixtures.length >= 20, fixtures.join(', '));
  for (const name of fixtures.filter((each) => !notFeeds.has(each)))
    await t.test(name, async () => {
      const run = await validate(join('test/fixtures', name));
      assert.equal(run.code, 0, `${name}\n${run.stdout}${run.stderr}`);
      assert.equal(JSON.parse(run.stdout).valid, true);
    });
});

test('the fixtures the widgets show as broken feeds are not valid', async (t) => {
  for (const name of fixtures.filter((each) => notFeeds.has(each)))
    await t.test(name, async () => {
      const run = await validate(join('test/fixtures', name));
      assert.equal(run.code, 1, `${name}\n${run.stdout}${run.stderr}`);
      const report = JSON.parse(run.stdout);
      assert.equal(report.valid, false);
      assert.ok(report.errors.length >= 1);
    });
});

test('the sample feed and every file of its split folder are valid', { skip: !existsSync(join(root, 'sample/feed.json')) }, async (t) => {
  const files = readdirSync(join(root, 'sample'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort();
  assert.ok(files.includes('impact-stories.json') && files.includes('feed.json') && files.includes('index.json'), files.join(', '));
  for (const name of files)
    await t.test(name, async () => {
      const run = await validate(join('sample', name));
      assert.equal(run.code, 0, `${name}\n${run.stdout}${run.stderr}`);
    });
});
