// `impact-stories split` on feeds as the widgets read them, and on an output folder it must not write out of.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'impact-stories-cli-split-'));
after(() => rm(scratch, { recursive: true, force: true }));

const cli = (...args) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'cli/impact-stories.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: status, stdout, stderr };
};

const file = async (name, text) => {
  const path = join(scratch, name);
  await writeFile(path, text);
  return path;
};

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
