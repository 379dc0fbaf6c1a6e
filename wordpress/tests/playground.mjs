// Starts WordPress Playground's CLI on a fresh copy of the WordPress folder, runs a blueprint, and stops it.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/free-port.mjs';
import { pristineWordPress } from './prepare-wordpress.mjs';

const cli = fileURLToPath(new URL('../node_modules/@wp-playground/cli/wp-playground.js', import.meta.url));

/**
 * A running WordPress `version` at `url`, set up by `blueprint` (an object). `files` maps paths in the site folder to
 * host folders copied there first; `mounts` maps host folders to paths in Playground's file system.
 */
export async function startPlayground({ version, blueprint, files = {}, mounts = {} }) {
  const work = await mkdtemp(join(tmpdir(), 'impact-stories-wp-'));
  const site = join(work, 'wordpress');
  await cp(await pristineWordPress(version), site, { recursive: true });
  for (const [to, from] of Object.entries(files)) await cp(from, join(site, to), { recursive: true });
  const blueprintFile = join(work, 'blueprint.json');
  await writeFile(blueprintFile, JSON.stringify(blueprint));
  const port = await freePort();
  const args = [
    cli,
    'server',
    `--port=${port}`,
    `--mount-before-install=${site}:/wordpress`,
    '--wordpress-install-mode=install-from-existing-files',
    `--blueprint=${blueprintFile}`,
    // More than one worker, so a request WordPress makes to itself cannot wait on the one it came from.
    '--workers=3',
    ...Object.entries(mounts).map(([from, to]) => `--mount=${from}:${to}`),
  ];
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stop = async () => {
    server.kill();
    await exited;
    await rm(work, { recursive: true, force: true });
  };
  try {
    await new Promise((resolve, reject) => {
      const read = (chunk) => {
        output += chunk;
        if (/Ready!/.test(output)) resolve();
      };
      server.stdout.on('data', read);
      server.stderr.on('data', read);
      server.once('exit', (code) => reject(new Error(`Playground exited with ${code}:\n${output}`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}
