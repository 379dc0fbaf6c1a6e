// The widgets' npm package as Node sees it: every entry point imports in plain Node 20 (server rendering, Next.js
// builds, tooling), dist/lib depends on Lit alone, each package depends on what it imports, and the packed tarball
// works once installed in another project, with at most 8 packages.
// Run by `npm test` after the build, with `node --test`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const widgets = new URL('packages/widgets/', root);
const manifest = async (/** @type {string} */ name) => JSON.parse(await readFile(new URL(`packages/${name}/package.json`, root), 'utf8'));
const pkg = await manifest('widgets');
const jsEntries = Object.entries(pkg.exports)
  .map(([name, target]) => [name, typeof target === 'string' ? target : target.default])
  .filter(([name, target]) => target?.endsWith('.js') && !name.includes('*'));

/**
 * Runs `code` as an ES module in a fresh Node process, in `cwd`, and returns what it printed.
 * @param {string} code
 * @param {URL | string} [cwd]
 */
const runModule = (code, cwd = root) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd, encoding: 'utf8' });

test('every entry point imports in plain Node without throwing', () => {
  for (const [name, target] of jsEntries) {
    const specifier = `${pkg.name}${name.slice(1)}`;
    assert.doesNotThrow(() => runModule(`await import(${JSON.stringify(specifier)});`), `${specifier} (${target})`);
  }
});

test('the main entry registers nothing; a define entry registers its element', () => {
  const printed = runModule(`
    const library = await import('${pkg.name}');
    const before = [customElements.get('impact-story-list'), customElements.get('impact-story-card')];
    await import('${pkg.name}/define');
    const after = [customElements.get('impact-story-list'), customElements.get('impact-story-card')];
    console.log(JSON.stringify({ before: before.map(Boolean), after: after.map(Boolean), classes: typeof library.ImpactStoryListElement }));
  `);
  assert.deepEqual(JSON.parse(printed), { before: [false, false], after: [true, true], classes: 'function' });
});

test('an entry point imported for what it does (it exports nothing) is a side effect bundlers keep', () => {
  for (const [name, target] of jsEntries) {
    const exported = JSON.parse(
      runModule(`console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(`${pkg.name}${name.slice(1)}`)}))))`),
    );
    if (exported.length > 0) continue;
    const kept = pkg.sideEffects.some((/** @type {string} */ glob) => matchesGlob(target, glob));
    assert.ok(
      kept,
      `${name} (${target}) exports nothing, so a bundler drops \`import '${pkg.name}${name.slice(1)}'\` unless sideEffects lists it`,
    );
  }
});

/**
 * The packages the modules in `folder` import (not Node's own), by name.
 * @param {URL} folder
 * @param {(file: string) => boolean} [skip]
 */
async function packagesImported(folder, skip = () => false) {
  const files = (await readdir(folder, { recursive: true })).filter((file) => /\.m?js$/.test(file) && !skip(file));
  const outside = new Set();
  for (const file of files) {
    const code = await readFile(new URL(file, folder), 'utf8');
    for (const [, specifier = ''] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
      if (!specifier.startsWith('.') && !specifier.startsWith('node:'))
        outside.add(
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  }
  return { files, outside: [...outside].sort() };
}

test('the widgets’ dist/lib imports only lit (the React components React too); each package depends on what it imports', async () => {
  const { files, outside } = await packagesImported(new URL('dist/lib/', widgets), (file) => file.startsWith('react/'));
  assert.ok(files.length > 20, `${files.length} modules`);
  assert.deepEqual(outside, ['lit']);
  // The core, inside the widgets' package (dist/core), imports nothing.
  assert.deepEqual((await packagesImported(new URL('dist/core/', widgets))).outside, []);
  assert.deepEqual((await packagesImported(new URL('packages/core/dist/', root))).outside, []);
  // The React components need React and @lit/react (optional peer dependencies the page brings).
  assert.deepEqual((await packagesImported(new URL('dist/lib/react/', widgets))).outside, ['@lit/react', 'react']);
  assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
  // Server rendering, hydration and Feeds read in Node (XML and HTML parsers, where browsers have DOMParser).
  const ssr = await packagesImported(new URL('packages/ssr/dist/', root));
  assert.deepEqual(Object.keys((await manifest('ssr')).dependencies).sort(), ssr.outside);
  const server = await packagesImported(new URL('packages/ssr/dist/server/', root));
  assert.deepEqual(server.outside, ['@xmldom/xmldom', 'htmlparser2', 'impact-stories-core']);
  // The publishers' command: its parsers and validators stay out of the widgets' install.
  const cli = await packagesImported(new URL('packages/cli/', root));
  assert.deepEqual(Object.keys((await manifest('cli')).dependencies).sort(), cli.outside);
});

test('the packed tarball installs in another project with at most 8 packages, and its main entry imports there', async () => {
  const project = await mkdtemp(join(tmpdir(), 'impact-stories-consumer-'));
  try {
    const npm = (/** @type {string[]} */ ...args) =>
      execFileSync('npm', args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: widgets, encoding: 'utf8' }));
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const installed = JSON.parse(
      npm('install', '--json', '--prefer-offline', '--no-audit', '--no-fund', join(project, packed[0].filename)),
    );
    // A widget user's install (issue #29): the widgets and Lit's six packages; the core ships inside the widgets.
    assert.ok(installed.added <= 8, `${installed.added} packages installed`);
    const printed = runModule(`const library = await import('${pkg.name}'); console.log(typeof library.ImpactStoryListElement);`, project);
    assert.equal(printed.trim(), 'function');
    assert.ok(
      packed[0].files.some((/** @type {{ path: string }} */ file) => file.path === 'custom-elements.json'),
      'custom-elements.json is packed',
    );
  } finally {
    await rm(project, { recursive: true, force: true });
  }
});
