// The publishers' `impact-stories` command, run as a user runs it: a process, its output and its exit code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, root, scratchFolder } from './cli-process.mjs';

/** @typedef {import('./cli-process.mjs').FeedItem} FeedItem */
/** @typedef {import('./cli-process.mjs').Problem} Problem */

const { scratch, file } = await scratchFolder('impact-stories-cli-');

const validFeed = (/** @type {unknown[]} */ items) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Stories', items }, null, 2);

test('--version and --help for every command; a bad command line exits 2 and says why', () => {
  const { version } = JSON.parse(spawnSync('cat', [join(root, 'package.json')], { encoding: 'utf8' }).stdout);
  assert.equal(cli('--version').stdout.trim(), version);
  assert.match(cli('--help').stdout, /impact-stories validate <file-or-url>/);
  for (const command of ['validate', 'convert', 'split', 'render']) {
    const help = cli(command, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, new RegExp(`^impact-stories ${command} `));
    assert.match(help.stdout, /Exit codes/);
  }
  for (const args of [
    ['frobnicate'],
    ['validate'],
    ['convert', 'sample/stories.csv'],
    ['split', 'x.json', '--page-size', 'ten', '-o', scratch],
    ['validate', '--nope', 'x'],
  ]) {
    const run = cli(...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, /impact-stories: .+\nRun `impact-stories --help`/);
  }
});

test('validate: the sample is valid; errors give their pointer, line, column and plain words, and exit 1', async () => {
  assert.equal(cli('validate', 'sample/impact-stories.json').code, 0);
  // Only what no widget can show is an error: here, a feed none of whose items can be shown.
  const broken = await file('broken.json', validFeed([{ title: 'A', url: 'https://x.org/a' }, { title: 3 }]));
  const run = cli('validate', broken);
  assert.equal(run.code, 1);
  assert.match(
    run.stdout,
    /broken\.json:4:12 {2}error {2}None of the feed's 2 items can be shown: the widgets show no stories\. {2}\(\/items\)/,
  );
  assert.match(run.stdout, /broken\.json:5:5 {2}warning {2}Item 1 is skipped by the widgets: it has no id\. {2}\(\/items\/0\)/);
  const version = cli('validate', await file('version.json', JSON.stringify({ version: 'https://example.org/v2', items: [] })));
  assert.equal(version.code, 1);
  assert.match(version.stdout, /version.json:1:12 {2}error {2}The feed's version should be "https:\/\/jsonfeed\.org\/version\/1\.1"/);
  const notJson = cli('validate', await file('not.json', '{"items": [1,'));
  assert.equal(notJson.code, 1);
  assert.match(notJson.stdout, /not\.json:1:\d+ {2}error {2}Not JSON/);
  assert.match(cli('validate', join(scratch, 'missing.json')).stderr, /There is no file/);
});

test('validate: what the widgets work around is a warning, and --json reports it for pipelines', async () => {
  const items = [
    { id: 'a', title: 'No address', date_published: '2022-07-21' },
    { id: 7, title: 3, summary: 'A wrong title, a number id', url: 'https://x.org/7', date_published: '2022-07-21' },
    { id: 'b', title: 'No date', url: 'https://x.org/b' },
    {
      id: 'c',
      title: 'Photo without words',
      url: 'https://x.org/c',
      date_published: '2022-07-21T10:00:00+06:00',
      image: 'https://x.org/c.jpg',
    },
    { id: 'd', title: 'Bad date', url: 'https://x.org/d', date_published: 'last Tuesday' },
    { id: 'b', title: 'Repeated id', url: 'https://x.org/e', date_published: '2022-07-21' },
  ];
  const run = cli('validate', await file('soft.json', validFeed(items)), '--json');
  assert.equal(run.code, 0);
  const report = /** @type {{ valid: boolean, errors: Problem[], warnings: Problem[] }} */ (JSON.parse(run.stdout));
  assert.equal(report.valid, true);
  assert.deepEqual(report.errors, []);
  const messages = report.warnings.map((warning) => `${warning.pointer} ${warning.message}`);
  for (const expected of [
    /^\/items\/0 Item 1 is skipped by the widgets: it has no http\(s\) url/,
    /^\/items\/1\/title Item 2's title should be a string: the widgets ignore it\./,
    /^\/items\/2 "No date" has no date_published/,
    /^\/items\/3\/image .*no _impact\.image_alt/,
    /^\/items\/3\/image .*no _impact\.image_credit/,
    /^\/items\/5\/id .*repeats the id "b" of item 3/,
    /^\/items\/4\/date_published .*"last Tuesday" is not an RFC 3339 date/,
  ])
    assert.ok(
      messages.some((message) => expected.test(message)),
      `${expected} in\n${messages.join('\n')}`,
    );
  assert.ok(report.warnings.every((warning) => (warning.line ?? 0) > 0 && (warning.column ?? 0) > 0));
});

test('convert: a spreadsheet with bad rows keeps the good ones and names the bad rows', async () => {
  const csv = [
    'title,date,summary,url,image,image_alt,image_credit,project,countries,tags,language',
    'Good one,2022-07-21,"Text, with a comma",https://x.org/1,https://x.org/1.jpg,A photo,© Someone,Skills 21,"Korea, Republic of; Kenya",a; b,en',
    ',2022-07-20,No title,https://x.org/2,,,,,,,',
    'Bad date,21/07/2022,,https://x.org/3,,,,,,,',
    'Bad address,2022-07-19,,javascript:alert(1),,,,,,,',
    'Second good,2022-07-18T09:30:00+06:00,,https://x.org/5,,,,PROSPECTS,Kenya,,',
  ].join('\n');
  const output = join(scratch, 'from-csv.json');
  const run = cli('convert', await file('stories.csv', csv), '-o', output, '--title', 'Partner stories');
  assert.equal(run.code, 0);
  assert.match(run.stderr, /stories\.csv: row 3: no title/);
  assert.match(run.stderr, /row 4: "21\/07\/2022" is not a date/);
  assert.match(run.stderr, /row 5: "javascript:alert\(1\)" is not an http\(s\) address/);
  const feed = JSON.parse(await readFile(output, 'utf8'));
  assert.equal(feed.title, 'Partner stories');
  assert.deepEqual(
    feed.items.map((/** @type {FeedItem} */ item) => [item.title, item.date_published]),
    [
      ['Good one', '2022-07-21'],
      ['Second good', '2022-07-18T09:30:00+06:00'],
    ],
  );
  assert.deepEqual(feed.items[0]._impact, {
    project: 'Skills 21',
    countries: ['Korea, Republic of', 'Kenya'],
    image_alt: 'A photo',
    image_credit: '© Someone',
  });
  assert.equal(cli('validate', output).code, 0);
});

test('convert: a spreadsheet without a title or date column says so, and writes nothing', async () => {
  const output = join(scratch, 'no-columns.json');
  const run = cli('convert', await file('no-columns.csv', 'name,when\nA,2022-07-21\n'), '-o', output);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no-columns\.csv: row 1: The header row has no title or date column\.\n.*no stories to write\.\n$/);
  await assert.rejects(stat(output));
});

test('convert: RSS and Atom, with categories mapped to the project or the countries', async () => {
  const rss = join(scratch, 'rss.json');
  assert.equal(cli('convert', 'test/fixtures/wordpress-rss.xml', '-o', rss, '--categories', 'project').code, 0);
  const feed = JSON.parse(await readFile(rss, 'utf8'));
  const first = feed.items[0];
  assert.equal(first.title, 'Apprentices & employers meet in Dhaka');
  assert.equal(first.summary, 'Forty apprentices met employers at a job fair… Read more');
  assert.equal(first._impact.project, 'Skills');
  assert.deepEqual(first.tags, ['Bangladesh']);
  assert.deepEqual(first.authors, [{ name: 'Nusrat Jahan' }]);
  // The day the publisher wrote, in its own offset: 1 April at 23:30 (-06:00) stays 1 April.
  assert.deepEqual(
    feed.items.map((/** @type {FeedItem} */ item) => item.date_published),
    ['2024-04-01T23:30:00-06:00', '2024-03-15T09:00:00Z', '2024-02-01T12:00:00+00:00'],
  );
  const atom = join(scratch, 'atom.json');
  assert.equal(cli('convert', 'test/fixtures/atom-feed.xml', '-o', atom, '--categories', 'countries', '--project', 'Formation').code, 0);
  const atomFeed = JSON.parse(await readFile(atom, 'utf8'));
  assert.deepEqual(atomFeed.items[0]._impact, { project: 'Formation', countries: ['Madagascar'] });
  assert.equal(atomFeed.items[0].date_published, '2024-05-01T00:00:00+02:00');
  for (const output of [rss, atom]) assert.equal(cli('validate', output).code, 0, output);
  assert.equal(cli('convert', 'test/fixtures/wordpress-rss.xml', '-o', rss, '--categories', 'colours').code, 2);
});

test('split: a main feed, one per project, country and year, each paged by next_url and valid, and the same bytes on a rerun', async () => {
  const folder = join(scratch, 'public');
  assert.equal(cli('split', 'sample/impact-stories.json', '-o', folder, '--first-page', '4', '--page-size', '5').code, 0);
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.json')).sort();
  assert.ok(files.includes('feed.json') && files.includes('index.json'));
  assert.ok(files.includes(join('project', 'skills-21', 'feed.json')) && files.includes(join('project', 'skills-21', 'feed-2.json')));
  assert.ok(files.includes(join('country', 'turkiye', 'feed.json')) && files.includes(join('year', '2021', 'feed.json')));
  for (const name of files) assert.equal(cli('validate', join(folder, name)).code, 0, name);

  const read = async (/** @type {string} */ name) => JSON.parse(await readFile(join(folder, name), 'utf8'));
  const main = await read('feed.json');
  assert.equal(main.items.length, 4);
  assert.equal(main.next_url, 'feed-2.json');
  assert.equal(main._impact.split.path, '{field}/{slug}/feed.json');
  assert.equal(main._impact.split.project['Skills 21'], 6);
  assert.equal(main._impact.media_contact.email, 'newsroom@ilo.org');
  // Every story once, newest first, across the main feed's pages.
  const all = [];
  for (let page = main; ; page = await read(page.next_url)) {
    all.push(...page.items);
    if (!page.next_url) break;
  }
  const source = JSON.parse(await readFile(join(root, 'sample/impact-stories.json'), 'utf8'));
  assert.equal(all.length, source.items.length);
  const skills = await read(join('project', 'skills-21', 'feed.json'));
  assert.ok(skills.items.every((/** @type {FeedItem} */ item) => item._impact?.project === 'Skills 21'));
  assert.equal(skills.items[0].image, '../../images/skills21-sewing-machine.svg');

  const before = await Promise.all(files.map((name) => readFile(join(folder, name))));
  const times = await Promise.all(files.map((name) => stat(join(folder, name)).then((info) => info.mtimeMs)));
  assert.match(cli('split', 'sample/impact-stories.json', '-o', folder, '--first-page', '4', '--page-size', '5').stdout, /\(0 changed\)/);
  const again = await Promise.all(files.map((name) => readFile(join(folder, name))));
  assert.deepEqual(again, before);
  assert.deepEqual(await Promise.all(files.map((name) => stat(join(folder, name)).then((info) => info.mtimeMs))), times);
});

test('split: refuses a feed with errors, and leaves nothing half written', async () => {
  const folder = join(scratch, 'refused');
  const run = cli('split', await file('bad-feed.json', validFeed([{ title: 'No id' }])), '-o', folder);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /not split/);
  await assert.rejects(stat(folder));
});

test('the widgets find a split feed where split wrote it, holding the stories of its filter, whatever the names', async () => {
  const { normaliseFeed } = await import('../../packages/core/dist/feed/normalise-feed.js');
  const { splitFeedUrl } = await import('../../packages/core/dist/feed/split-feeds.js');
  const { filterStories } = await import('../../packages/widgets/dist/lib/select/select-stories.js');
  // Accents, scripts without Latin letters, spaces, slashes, emoji, nothing at all; a name twice in another case,
  // two names with one slug ("Côte d'Ivoire" and "Cote d'Ivoire"), names that are only punctuation.
  const names = [
    'Skills 21',
    'skills 21',
    'Türkiye',
    "Côte d'Ivoire",
    "Cote d'Ivoire",
    'Home-based workers’ rights',
    'العراق',
    '中国',
    'Water / Sanitation',
    '../..',
    '🌍',
    '🌍 Climate',
    '  --  ',
    '',
    'Korea, Republic of',
    '__proto__',
  ];
  const items = names.flatMap((name, index) => [
    {
      id: `${index}-a`,
      url: `https://x.org/${index}/a`,
      title: `A ${index}`,
      date_published: `20${10 + (index % 4)}-07-21`,
      _impact: { project: name, countries: [name, 'Kenya'] },
    },
    { id: `${index}-b`, url: `https://x.org/${index}/b`, title: `B ${index}`, date_modified: '2019-01-02', _impact: { country: name } },
  ]);
  const folder = join(scratch, 'awkward');
  const run = cli('split', await file('awkward.json', validFeed(items)), '-o', folder, '--first-page', '2', '--page-size', '3');
  assert.equal(run.code, 0, run.stderr);

  const base = 'https://example.org/stories/';
  /** Every story of the feed whose first page is at `address`, as the widgets read it, page after page. */
  const storiesAt = async (/** @type {string} */ address) => {
    const stories = [];
    for (let url = /** @type {string | undefined} */ (address); url;) {
      const page = normaliseFeed(JSON.parse(await readFile(join(folder, decodeURIComponent(url.slice(base.length))), 'utf8')), url);
      stories.push(...page.stories);
      url = page.nextUrl;
    }
    return stories;
  };
  const main = normaliseFeed(JSON.parse(await readFile(join(folder, 'feed.json'), 'utf8')), `${base}feed.json`);
  const everyStory = await storiesAt(`${base}feed.json`);
  assert.equal(everyStory.length, items.length);
  const ids = (/** @type {{ id: string }[]} */ stories) => stories.map(({ id }) => id);
  let found = 0;
  for (const field of /** @type {const} */ (['project', 'country', 'year'])) {
    for (const value of [...names, ...names.map((name) => ` ${name.toUpperCase()} `), 'Kenya', '2010', '2013', '2019', 2011, 'Unknown']) {
      const filters = { [field]: value };
      const address = splitFeedUrl(main.split, filters, `${base}feed.json`);
      if (!address) continue;
      found++;
      assert.ok(address.startsWith(base), address);
      // The widgets then filter the split feed: it must hold every story the filter shows.
      assert.deepEqual(ids(filterStories(await storiesAt(address), filters)), ids(filterStories(everyStory, filters)), `${field} ${value}`);
    }
  }
  // Every project has its feed but none (''), the second in case ('Skills 21'), and the second of one slug: "Côte
  // d'Ivoire" after "Cote d'Ivoire", '../..' and '🌍' after '--' (slug x: no letter or digit).
  assert.equal(Object.keys(main.split?.project ?? {}).length, names.length - 5);
  assert.ok(found > 40, String(found));
  // Projects differing only in case share one feed, with the stories of both.
  assert.equal(main.split?.project?.['skills 21'], 2);
  assert.equal(main.split?.project?.['Skills 21'], undefined);
  assert.equal(main.split?.project?.["Côte d'Ivoire"], undefined);

  const split = { path: '{field}/{slug}/feed.json', project: { 'Skills 21': 6 }, country: { Bangladesh: 7 }, year: { 2021: 8 } };
  assert.equal(splitFeedUrl(split, { project: ' skills 21 ' }, `${base}feed.json`), `${base}project/skills-21/feed.json`);
  assert.equal(splitFeedUrl(split, { country: 'Bangladesh', year: 2021 }, `${base}feed.json`), `${base}country/bangladesh/feed.json`);
  const otherFilters = { project: 'Unknown', tag: 'skills' };
  assert.equal(splitFeedUrl(split, otherFilters, `${base}feed.json`), undefined);
  assert.equal(splitFeedUrl({ ...split, path: 'javascript:{slug}' }, { project: 'Skills 21' }, `${base}feed.json`), undefined);
});

test('render: the first page of stories as HTML, in a declarative shadow root, with what the page hydrates from', async () => {
  const run = cli(
    'render',
    '--src',
    'sample/impact-stories.json',
    '--url',
    'https://www.example.org/feed.json',
    '--project',
    'Skills 21',
    '--layout',
    'grid',
  );
  assert.equal(run.code, 0);
  const html = run.stdout;
  assert.match(
    html,
    /^<!--lit-part[^>]*--><!--lit-node 0--><impact-story-list[^>]*src="https:\/\/www\.example\.org\/feed\.json"[^>]*project="Skills 21"/,
  );
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  assert.equal(html.match(/<article /g)?.length, 6);
  assert.match(html, /<time part="date" datetime="2022-07-21"><!--lit-part-->21 July 2022<!--\/lit-part--><\/time>/);
  assert.match(html, /alt="Illustration of a woman of short stature sewing/);
  const data = JSON.parse(/<script type="application\/feed\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '');
  assert.equal(data.items.length, 6);
  assert.equal(cli('render', '--src', 'sample/impact-stories.json').code, 2);
});

test('renderStoryList() refuses a src that is not an absolute http(s) URL, saying so, rather than render a list that never loads', async () => {
  const { renderStoryList } = await import('../../packages/ssr/dist/render-story-list.js');
  const feed = JSON.parse(await readFile(new URL('../../sample/impact-stories.json', import.meta.url), 'utf8'));
  for (const src of ['feed.json', '/stories/feed.json', 'javascript:alert(1)', undefined]) {
    // As a caller without types may call it.
    await assert.rejects(
      renderStoryList({ src: /** @type {string} */ (src), feed }),
      /src must be the feed's absolute http\(s\) URL/,
      String(src),
    );
  }
  assert.match(await renderStoryList({ src: 'https://www.example.org/feed.json', feed }), /<article /);
});

test('render: feed text stays text, and cannot close the data script', async () => {
  const hostile = '</script><img src=x onerror=alert(1)><!--';
  const feed = await file(
    'hostile-render.json',
    validFeed([{ id: 'h', url: 'https://x.org/h', title: hostile, summary: hostile, date_published: '2022-07-21' }]),
  );
  const html = cli('render', '--src', feed, '--url', 'https://x.org/feed.json').stdout;
  assert.equal(html.match(/<\/script>/g)?.length, 1);
  assert.ok(!html.includes('<img src=x'));
  assert.match(html, /&lt;\/script&gt;&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /\\u003c\/script>\\u003cimg/);
});
