// For the command's Node tests: the publishers' `impact-stories` command run as a user runs it (a process, its
// output and its exit code), and a scratch folder for the files a test gives it.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the command; its exit code and what it printed. */
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
 */
export async function scratchFolder(prefix) {
  const scratch = await mkdtemp(join(tmpdir(), prefix));
  after(() => rm(scratch, { recursive: true, force: true }));
  const file = async (name, text) => {
    const path = join(scratch, name);
    await writeFile(path, text);
    return path;
  };
  return { scratch, file };
}
