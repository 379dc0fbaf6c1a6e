// `impact-stories render` reads what the widgets read, with their reader: JSON Feed, RSS and Atom; anything else is a
// plain error.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from './cli-process.mjs';

const render = (/** @type {string} */ src) => cli('render', '--src', src, '--url', 'https://www.example.org/feed.xml');

test('render: an RSS 2.0 and an Atom 1.0 feed become their stories', () => {
  const rss = render('test/fixtures/wordpress-rss.xml');
  assert.equal(rss.code, 0, rss.stderr);
  assert.equal(rss.stdout.match(/<article /g)?.length, 3);
  assert.match(rss.stdout, /Apprentices &amp; employers meet in Dhaka/);
  const atom = render('test/fixtures/atom-feed.xml');
  assert.equal(atom.code, 0, atom.stderr);
  assert.ok((atom.stdout.match(/<article /g)?.length ?? 0) >= 1);
  assert.match(atom.stdout, /Formation &amp; emploi/);
});

test('render: a file that is no feed is a plain error, with no stack trace', () => {
  for (const [name, words] of /** @type {[string, RegExp][]} */ ([
    ['not-json.html', /is markup \(XML or HTML\), but not an RSS or Atom feed: /],
    ['broken-json.json', /is neither JSON nor an RSS or Atom feed/],
    ['not-a-feed.json', /is JSON but not a JSON Feed/],
  ])) {
    const run = render(join('test/fixtures', name));
    assert.equal(run.code, 1, name);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, words);
    assert.doesNotMatch(run.stderr, /Unexpected token|\n\s+at /);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  }
});
