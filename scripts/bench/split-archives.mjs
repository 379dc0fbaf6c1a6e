// Part of `npm run bench`: what splitting an archive saves. For generated archives of 1,000, 10,000 and 100,000
// stories across 50 projects, the bytes a page downloads to show one project's first page, split
// (`impact-stories split`) and unsplit, and the time and memory `split` takes. It reports; it never fails.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const words = 'training skills workers youth community decent work project learning jobs women rights school future'.split(' ');

/**
 * A deterministic archive of `size` stories, newest first, spread over 50 projects and 40 countries.
 * @param {number} size
 */
export function generateArchive(size) {
  const items = Array.from({ length: size }, (_, index) => ({
    id: `story-${index}`,
    url: `https://www.example.org/stories/${index}`,
    title: `Story ${index}: ${words[index % words.length]} and ${words[(index * 3) % words.length]}`,
    summary: Array.from({ length: 40 }, (_, word) => words[(index + word * 7) % words.length]).join(' '),
    date_published: new Date(Date.UTC(2026, 0, 1) - index * 3_600_000).toISOString().replace('.000Z', 'Z'),
    image: `https://www.example.org/images/${index % 97}.jpg`,
    tags: [words[index % words.length]],
    _impact: {
      project: `Project ${(index * 7) % 50}`,
      countries: [`Country ${index % 40}`],
      image_alt: `A photo for story ${index}`,
      image_credit: `© Photographer ${index % 17}`,
    },
  }));
  return { version: 'https://jsonfeed.org/version/1.1', title: `Archive of ${size} stories`, items };
}

/**
 * Runs `impact-stories split`; its wall time in seconds and peak memory in MB.
 * @param {string} input
 * @param {string} output
 */
function timedSplit(input, output) {
  const report = "data:text/javascript,process.on('exit',()=>console.error('MAXRSS '+process.resourceUsage().maxRSS))";
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', report, 'packages/cli/impact-stories.mjs', 'split', input, '-o', output], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`split failed: ${run.stderr}`);
  return {
    seconds: (performance.now() - started) / 1000,
    memoryMB: Number(/** @type {RegExpExecArray} */ (/MAXRSS (\d+)/.exec(run.stderr))[1]) / 1024,
  };
}

/**
 * What bench/bytes.html downloaded for a list: the files, their bytes, and the ids of the stories shown.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} base
 * @param {Record<string, string>} query
 */
async function bytesFor(browser, base, query) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/bytes.html?${new URLSearchParams(query)}`);
  const result = await page.evaluate(() => window.benchResult);
  await page.close();
  return result;
}

/**
 * Rows of the table `npm run bench` prints, one per archive size and list.
 * @param {{ browser: import('puppeteer-core').Browser, base: string, sizes?: number[] }} options
 */
export async function benchSplitArchives({ browser, base, sizes = [1000, 10000, 100000] }) {
  const rows = [];
  for (const size of sizes) {
    const folder = `bench-results/archives/${size}`;
    await rm(new URL(folder, `file://${root}`), { recursive: true, force: true });
    await mkdir(new URL(`${folder}/split/`, `file://${root}`), { recursive: true });
    const archive = generateArchive(size);
    const raw = new Map(archive.items.map((item) => [item.id, JSON.stringify(item).length]));
    await writeFile(new URL(`${folder}/whole.json`, `file://${root}`), JSON.stringify(archive));
    const split = timedSplit(`${folder}/whole.json`, `${folder}/split`);
    for (const limit of ['6', '']) {
      const query = { project: 'Project 7', ...(limit ? { limit } : {}) };
      const unsplit = await bytesFor(browser, base, { ...query, src: `/${folder}/whole.json` });
      const splitRead = await bytesFor(browser, base, { ...query, src: `/${folder}/split/feed.json` });
      const shownBytes = splitRead.shown.reduce((sum, id) => sum + /** @type {number} */ (raw.get(id)), 0);
      rows.push({
        archive: size,
        list: limit ? 'limit="6"' : 'first page (50)',
        shown: splitRead.shown.length,
        'shown stories KB': shownBytes / 1024,
        'unsplit KB': unsplit.bytes / 1024,
        'split KB': splitRead.bytes / 1024,
        'split / shown': splitRead.bytes / shownBytes,
        files: splitRead.files.length,
        'split s': split.seconds,
        'split MB': split.memoryMB,
      });
    }
  }
  return rows;
}
