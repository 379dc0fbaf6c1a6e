// `impact-stories split` on feeds as the widgets read them, and on an output folder it must not write out of.
import assert from 'node:assert/strict';
import { lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, root, scratchFolder } from './cli-process.mjs';

const { scratch, file } = await scratchFolder('impact-stories-cli-split-');

test('split reads countries, projects and years as the widgets do: a comma string, untidy spaces, date_modified', async () => {
  const feed = {
    version: 'https://jsonfeed.org/version/1',
    title: 'Messy',
    items: [
      {
        id: 1,
        title: 'A',
        url: 'https://x.org/a',
        date_published: '2021-03-04',
        _impact: { project: '  Skills   21 ', countries: 'Kenya, Uganda' },
      },
      { id: 'b', content_text: 'Untitled', url: 'https://x.org/b', date_modified: '2020-01-02T00:00:00Z', _impact: { country: 'Kenya' } },
      { title: 'No id: the widgets skip it' },
    ],
  };
  const folder = join(scratch, 'messy');
  const run = cli('split', await file('messy.json', JSON.stringify(feed)), '-o', folder);
  assert.equal(run.code, 0, run.stderr);
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.json')).sort();
  assert.deepEqual(files, [
    join('country', 'kenya', 'feed.json'),
    join('country', 'uganda', 'feed.json'),
    'feed.json',
    'index.json',
    join('project', 'skills-21', 'feed.json'),
    join('year', '2020', 'feed.json'),
    join('year', '2021', 'feed.json'),
  ]);
  const main = JSON.parse(await readFile(join(folder, 'feed.json'), 'utf8'));
  assert.deepEqual(main._impact.split.country, { Kenya: 2, Uganda: 1 });
  assert.deepEqual(main._impact.split.project, { 'Skills 21': 1 });
  for (const name of files) assert.equal(cli('validate', join(folder, name)).code, 0, name);
});

const sample = join(root, 'sample/impact-stories.json');

/**
 * A folder split wrote once, with `plant` then putting links in it; returns the folder and what lies outside it.
 * @param {string} name
 * @param {(folder: string, outside: string) => Promise<unknown>} plant
 */
async function folderWithLinks(name, plant) {
  const folder = join(scratch, name);
  assert.equal(cli('split', sample, '-o', folder).code, 0);
  const outside = join(scratch, `${name}-outside`);
  await mkdir(join(outside, 'dir'), { recursive: true });
  await writeFile(join(outside, 'secret.json'), 'outside file\n');
  await writeFile(join(outside, 'dir', 'feed.json'), 'outside folder\n');
  await plant(folder, outside);
  return { folder, outside };
}

const outsideUntouched = async (/** @type {string} */ outside) => {
  assert.equal(await readFile(join(outside, 'secret.json'), 'utf8'), 'outside file\n');
  assert.deepEqual((await readdir(join(outside, 'dir'))).sort(), ['feed.json']);
  assert.equal(await readFile(join(outside, 'dir', 'feed.json'), 'utf8'), 'outside folder\n');
};

test('split never writes through a symbolic link to a file outside its folder: it names the link and writes nothing', async () => {
  const { folder, outside } = await folderWithLinks('linked-file', async (folder, outside) => {
    await rm(join(folder, 'feed.json'));
    await symlink(join(outside, 'secret.json'), join(folder, 'feed.json'));
    await rm(join(folder, 'project', 'skills-21', 'feed-2.json'), { force: true });
    await symlink(join(outside, 'secret.json'), join(folder, 'project', 'skills-21', 'feed-2.json'));
  });
  const run = cli('split', sample, '-o', folder, '--first-page', '4', '--page-size', '5');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /feed\.json is a symbolic link \(to .*secret\.json\): split never writes through links\./);
  assert.match(run.stderr, /skills-21.feed-2\.json is a symbolic link/);
  assert.match(run.stderr, /not split; remove those links, or split into another folder\./);
  await outsideUntouched(outside);
  assert.ok((await lstat(join(folder, 'feed.json'))).isSymbolicLink());
});

test('split never writes or removes through a symbolic link to a folder: project/ or one inside it', async () => {
  for (const at of [['project'], ['country', 'bangladesh']]) {
    const { folder, outside } = await folderWithLinks(`linked-${at.join('-')}`, async (folder, outside) => {
      await rm(join(folder, ...at), { recursive: true });
      await symlink(join(outside, 'dir'), join(folder, ...at), 'dir');
    });
    const run = cli('split', sample, '-o', folder);
    assert.equal(run.code, 1, at.join('/'));
    assert.match(run.stderr, new RegExp(`${at.join('.')} is a symbolic link`));
    await outsideUntouched(outside);
  }
});

test('a link elsewhere in the folder (images/) is left alone, and the split goes on', async () => {
  const { folder, outside } = await folderWithLinks('linked-images', (folder, outside) =>
    symlink(join(outside, 'dir'), join(folder, 'images'), 'dir'),
  );
  const run = cli('split', sample, '-o', folder);
  assert.equal(run.code, 0, run.stderr);
  await outsideUntouched(outside);
});

test('slugs never climb out of the folder or name an absolute path', async () => {
  const { slugOf } = await import('../../packages/core/dist/feed/split-feeds.js');
  for (const value of ['..', '../..', '/etc/passwd', '..\\..\\windows', '.', '', 'C:\\x', '\u2024\u2024', '．．', '%2e%2e'])
    assert.match(slugOf(value), /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, JSON.stringify(value));
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Climbing',
    items: [
      {
        id: 'a',
        title: 'A',
        url: 'https://x.org/a',
        date_published: '2022-07-21',
        _impact: { project: '../../..', countries: ['/etc', '..'] },
      },
    ],
  };
  const folder = join(scratch, 'climb', 'out');
  assert.equal(cli('split', await file('climb.json', JSON.stringify(feed)), '-o', folder).code, 0);
  assert.deepEqual((await readdir(join(scratch, 'climb'))).sort(), ['out']);
  assert.deepEqual((await readdir(join(folder, 'project'))).sort(), ['x']);
});
