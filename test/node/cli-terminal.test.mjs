// What the command prints of a feed reaches a terminal or a CI log as visible text: no escape sequence, bell,
// carriage return, bidi override or newline from the feed, and no line a CI runner reads as a command.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, scratchFolder } from './cli-process.mjs';

const { scratch, file } = await scratchFolder('impact-stories-cli-terminal-');

/** Every kind of text that must not reach a terminal raw. */
const hostile = '\u001b[31mred\u0007\rover\n::error::pwned\u202eevil\u2066\u009b2J\u0085';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Asserts that `output` holds no control character but line ends, and no line a CI runner would run.
 * @param {string} output
 * @param {string} what
 */
function assertPrintable(output, what) {
  assert.ok(!raw.test(output), `${what} holds a raw control character: ${JSON.stringify(output)}`);
  for (const line of output.split('\n'))
    assert.ok(!/^(::|##\[)/.test(line), `${what} has a line a CI runner reads: ${JSON.stringify(line)}`);
}

const feedWith = (/** @type {unknown[]} */ items, extra = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: hostile, ...extra, items }, null, 2);

const items = [
  { id: `${hostile}-1`, title: `${hostile} bad date`, url: 'https://x.org/1', date_published: hostile },
  { id: `${hostile}-1`, title: `\n::error::${hostile}`, url: 'https://x.org/2', image: 'https://x.org/2.jpg' },
  { id: 'ok', title: 'Fine', url: 'https://x.org/3', date_published: '2022-07-21' },
];

test('validate prints feed text with its control characters escaped, in words and in --json', async () => {
  const path = await file('hostile.json', feedWith(items, { _impact: { media_contact: `\n::error::${hostile}` } }));
  for (const args of [[path], [path, '--json']]) {
    const run = cli('validate', ...args);
    assertPrintable(run.stdout, `validate ${args.join(' ')} stdout`);
    assertPrintable(run.stderr, `validate ${args.join(' ')} stderr`);
    assert.ok(run.stdout.length > 0);
  }
  const words = cli('validate', path).stdout;
  assert.match(words, /\\x1b\[31mred\\x07\\rover\\n::error::pwned\\u202eevil\\u2066\\x9b2J\\x85/);
  // --json is still JSON, and reads back as the feed's own text.
  const report = JSON.parse(cli('validate', path, '--json').stdout);
  assert.ok(report.warnings.some((/** @type {import('./cli-process.mjs').Problem} */ warning) => warning.message.includes(hostile)));
});

test('convert names bad rows and items with their text escaped', async () => {
  const csv = [
    'title,date,summary,url',
    `Row,"${hostile}",,https://x.org/1`,
    `Row,2022-07-21,,"javascript:${hostile}"`,
    'Good,2022-07-21,,https://x.org/3',
  ].join('\n');
  const run = cli('convert', await file('hostile.csv', csv), '-o', join(scratch, 'out.json'));
  assert.equal(run.code, 0);
  assert.match(run.stderr, /row 2: .*\\x1b\[31m/);
  assert.match(run.stderr, /row 3: "javascript:\\x1b/);
  assertPrintable(run.stdout, 'convert stdout');
  assertPrintable(run.stderr, 'convert stderr');
});

test('split and render, and errors that quote their input, print it escaped', async () => {
  const feed = await file(
    'hostile-split.json',
    feedWith([{ id: 'a', title: hostile, url: 'https://x.org/a', date_published: '2022-07-21', _impact: { project: hostile } }]),
  );
  const split = cli('split', feed, '-o', join(scratch, 'split'));
  assert.equal(split.code, 0, split.stderr);
  assertPrintable(split.stdout + split.stderr, 'split');
  const broken = cli('split', await file('hostile-broken.json', `${hostile}{`), '-o', join(scratch, 'split-broken'));
  assert.equal(broken.code, 1);
  assertPrintable(broken.stdout + broken.stderr, 'split of a broken feed');
  const render = cli('render', '--src', await file('hostile-render.txt', `${hostile}{`), '--url', 'https://x.org/feed.json');
  assert.equal(render.code, 1);
  assertPrintable(render.stdout + render.stderr, 'render of a broken feed');
  const usage = cli(hostile);
  assert.equal(usage.code, 2);
  assertPrintable(usage.stdout + usage.stderr, 'an unknown command');
  const missing = cli('validate', join(scratch, `${hostile}.json`));
  assert.equal(missing.code, 1);
  assertPrintable(missing.stdout + missing.stderr, 'a missing file');
});
