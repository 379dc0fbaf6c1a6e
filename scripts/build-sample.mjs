// The sample feed, from the spreadsheet a communications team would keep (sample/stories.csv), through the
// publishers' own command: `impact-stories convert` writes sample/impact-stories.json (the whole feed), and
// `impact-stories split` writes the static folder beside it (feed.json, project/, country/, year/, index.json).
// The demo, Storybook and the tests read these files. Run by `npm run build`, and alone by `npm run sample`. The command
// reads feeds with the packages' own code, in packages/*/dist: built here first when missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../packages/ssr/dist/server/read-feed.js', import.meta.url)))
  execFileSync(process.execPath, ['scripts/build.mjs', '--packages'], { cwd: root, stdio: 'inherit' });
const cli = (/** @type {string[]} */ ...args) =>
  execFileSync(process.execPath, ['packages/cli/impact-stories.mjs', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

cli(
  'convert',
  'sample/stories.csv',
  '-o',
  'sample/impact-stories.json',
  '--title',
  'ILO impact stories',
  '--home-page-url',
  'https://www.ilo.org/impact-stories',
  '--feed-url',
  'https://www.ilo.org/impact-stories/feed.json',
  '--language',
  'en',
  '--contact-name',
  'ILO Newsroom',
  '--contact-email',
  'newsroom@ilo.org',
);
cli('split', 'sample/impact-stories.json', '-o', 'sample/');
