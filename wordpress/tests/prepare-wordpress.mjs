// WordPress's files for Playground, with no download from wordpress.org, unpacked once into wordpress/.cache/:
// 6.1 from Debian's packages (apt-get download, nothing installed; Debian links some files to other packages
// and to /etc, and each link becomes the file it names, or goes when that file is not there), and 6.6 from
// @wp-playground/wordpress-builds (its PHP in a zip, its scripts, styles and images beside it).
import { execFileSync } from 'node:child_process';
import { cp, lstat, mkdir, readdir, readlink, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';

const cache = fileURLToPath(new URL('../.cache/', import.meta.url));
const packages = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-getid3', 'libjs-underscore', 'libjs-cropper'];
const pristine = join(cache, 'wordpress');
const builds = fileURLToPath(new URL('../node_modules/@wp-playground/wordpress-builds/', import.meta.url));

/** The WordPress versions the tests run on: the oldest the plugin supports, and the newest at hand. */
export const WORDPRESS_VERSIONS = ['6.1', '6.6'];

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

/** The folder of a WordPress site of `version` (one of WORDPRESS_VERSIONS), unpacked on first use. */
export async function pristineWordPress(version) {
  return version === '6.1' ? debianWordPress() : playgroundBuild(version === '6.6' ? 'beta' : version);
}

/** WordPress 6.6 (the build named "beta" holds 6.6-RC3) from Playground's own builds. */
async function playgroundBuild(name) {
  const folder = join(cache, `wordpress-${name}`);
  if (existsSync(join(folder, 'wp-includes', 'version.php'))) return folder;
  await rm(folder, { recursive: true, force: true });
  new AdmZip(join(builds, 'src', 'wordpress', `wp-${name}.zip`)).extractAllTo(folder, true);
  await cp(join(builds, 'public', `wp-${name}`), folder, { recursive: true });
  return folder;
}

async function debianWordPress() {
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
