// For the command's Node tests: the publishers' `impact-stories` command run as a user runs it (a process, its
// output and its exit code), and a scratch folder for the files a test gives it.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A JSON Feed item as the command writes it, read back by a test.
 * @typedef {{ id: string, url?: string, title?: string, summary?: string, date_published?: string, image?: string, tags?: string[], authors?: { name: string }[], _impact?: { project?: string, countries?: string[] } }} FeedItem
 */
/** A problem `validate --json` reports. @typedef {import('../../packages/cli/lib/validate-feed.mjs').PlacedProblem} Problem */

/**
 * Runs the command; its exit code and what it printed.
 * @param {string[]} args
 */
export function cli(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'packages/cli/impact-stories.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: status, stdout, stderr };
}

/**
 * A new folder for one test file's files, removed after its tests: `scratch` is its path, and `file(name, text)`
 * writes a file in it and resolves with that file's path.
 * @param {string} prefix
 */
export async function scratchFolder(prefix) {
  const scratch = await mkdtemp(join(tmpdir(), prefix));
  after(() => rm(scratch, { recursive: true, force: true }));
  const file = async (/** @type {string} */ name, /** @type {string} */ text) => {
    const path = join(scratch, name);
    await writeFile(path, text);
    return path;
  };
  return { scratch, file };
}
