// WordPress 6.1 files for Playground, with no download from wordpress.org: Debian's packages (apt-get download,
// nothing installed), unpacked once into wordpress/.cache/. Debian links some files to other packages and to
// /etc; each link becomes the file it names, or goes when that file is not there.
import { execFileSync } from 'node:child_process';
import { cp, lstat, mkdir, readdir, readlink, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cache = fileURLToPath(new URL('../.cache/', import.meta.url));
const packages = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-getid3', 'libjs-underscore', 'libjs-cropper'];
const pristine = join(cache, 'wordpress');

function download(folder) {
  const get = () => execFileSync('apt-get', ['download', ...packages], { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    get();
  } catch {
    // A new machine's package lists may be empty.
    const [command, ...args] = process.getuid?.() === 0 ? ['apt-get', 'update'] : ['sudo', 'apt-get', 'update'];
    execFileSync(command, args, { stdio: 'ignore' });
    get();
  }
}

async function* links(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) yield path;
    else if (entry.isDirectory()) yield* links(path);
  }
}

/** Replaces each link under `folder` with what it names inside `root` (the unpacked packages), else on this machine. */
async function resolveLinks(folder, root) {
  for await (const link of links(folder)) {
    const target = await readlink(link);
    const inPackages = target.startsWith('/') ? join(root, target) : resolve(dirname(link), target);
    const source = [inPackages, target.startsWith('/') ? target : ''].find((path) => path && existsSync(path));
    await rm(link);
    if (source && (await stat(source)).isFile()) await cp(source, link, { dereference: true });
  }
}

/** The folder of a WordPress 6.1 site, unpacked on first use. */
export async function pristineWordPress() {
  if (existsSync(join(pristine, 'wp-includes', 'version.php'))) return pristine;
  const debs = join(cache, 'debs');
  const unpacked = join(cache, 'unpacked');
  await mkdir(debs, { recursive: true });
  if ((await readdir(debs)).filter((name) => name.endsWith('.deb')).length < packages.length) download(debs);
  await rm(unpacked, { recursive: true, force: true });
  for (const deb of await readdir(debs)) execFileSync('dpkg-deb', ['-x', join(debs, deb), unpacked]);
  const site = join(unpacked, 'usr', 'share', 'wordpress');
  await resolveLinks(site, unpacked);
  await rm(join(site, 'wp-config.php'));
  await rm(pristine, { recursive: true, force: true });
  await cp(site, pristine, { recursive: true });
  await rm(unpacked, { recursive: true, force: true });
  if (!(await lstat(join(pristine, 'wp-content', 'themes', 'twentytwentythree', 'theme.json'))).isFile()) {
    throw new Error('The Twenty Twenty-Three theme is missing from the unpacked WordPress.');
  }
  return pristine;
}
