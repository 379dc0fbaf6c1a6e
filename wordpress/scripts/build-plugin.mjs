// Builds the plugin: the library's script-tag bundle and its chunks into assets/, the block's editor script (wp-scripts, from
// block-src/) into build/, then the installable zip dist/impact-stories.zip, whose one folder is the plugin.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';

const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const bundle = here('../dist/impact-stories.js');
if (!existsSync(bundle)) {
  console.error('dist/impact-stories.js is missing: run `npm run build` in the library first.');
  process.exit(1);
}

const { version } = JSON.parse(await readFile(here('../package.json'), 'utf8'));
const header = await readFile(here('impact-stories/impact-stories.php'), 'utf8');
if (!header.includes(` * Version:           ${version}\n`) || !header.includes(`'IMPACT_STORIES_VERSION', '${version}'`)) {
  console.error(`impact-stories.php does not carry the library's version ${version}.`);
  process.exit(1);
}

// The bundle and the chunks it imports when a page needs them (languages, RSS reading, cache); not the SSR build.
const scripts = (await readdir(here('../dist'))).filter((name) => /^impact-stories(-.+-[\w-]{8})?\.js$/.test(name));
await rm(here('impact-stories/assets'), { recursive: true, force: true });
await mkdir(here('impact-stories/assets'), { recursive: true });
for (const name of scripts) await copyFile(here(`../dist/${name}`), here(`impact-stories/assets/${name}`));
await rm(here('impact-stories/build'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [here('node_modules/@wordpress/scripts/bin/wp-scripts.js'), 'build', '--webpack-src-dir=block-src', '--output-path=impact-stories/build'],
  { cwd: here(''), stdio: ['ignore', 'ignore', 'inherit'] },
);

const zip = new AdmZip();
zip.addLocalFolder(here('impact-stories'), 'impact-stories');
await mkdir(here('dist'), { recursive: true });
zip.writeZip(here('dist/impact-stories.zip'));
console.log(`wordpress/dist/impact-stories.zip: ${zip.getEntries().length} files, version ${version}.`);
