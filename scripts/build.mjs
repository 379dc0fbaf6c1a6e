// Builds every package and dist/. First the packages' modules, in the order they import each other: the core
// (packages/core/dist), the widgets (packages/widgets/dist/lib, with a copy of the core inside, dist/core) and the
// server renderer (packages/ssr/dist); the command reads feeds with them. Then the sample feed through the command
// (scripts/build-sample.mjs), and dist/: the script-tag files, the embed and builder pages, the sample. Last the
// widgets' manifest and framework typings.
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
const widgets = new URL('packages/widgets/', root);
const run = (/** @type {string} */ bin, /** @type {string[]} */ ...args) =>
  execFileSync(process.execPath, [new URL(bin, root).pathname, ...args], { stdio: 'inherit', cwd: root });

// `--packages`: the packages' modules only (scripts/build-sample.mjs needs them, and nothing else, to run the command).
const packagesOnly = process.argv.includes('--packages');
if (!packagesOnly) await rm(dist, { recursive: true, force: true });
for (const name of ['core', 'widgets', 'ssr']) {
  await rm(new URL(`packages/${name}/dist/`, root), { recursive: true, force: true });
  run('node_modules/typescript-native/bin/tsc', '-p', `packages/${name}/tsconfig.build.json`);
  if (name === 'widgets') await embedCore();
}
if (packagesOnly) process.exit(0);
run('scripts/build-sample.mjs');
for (const mode of ['bundle', 'bundle-ssr', 'embed', 'embed-host', 'builder']) {
  await build({ mode, configFile: new URL('vite.config.ts', root).pathname });
}
await copyScriptTagFile('impact-stories.js', widgets);
await copyScriptTagFile('impact-stories-ssr.js', new URL('packages/ssr/', root));
// Pages served from dist/ next to the scripts, with the sample feed so they work as they are.
await cp(new URL('packages/pages/public/', root), dist, { recursive: true });
await cp(new URL('sample/', root), new URL('sample/', dist), { recursive: true });
execFileSync(process.execPath, [new URL('node_modules/@custom-elements-manifest/analyzer/cem.js', root).pathname, 'analyze', '--quiet'], {
  stdio: 'inherit',
  cwd: widgets,
});
run('scripts/framework-types.mjs');
console.log(
  'Built packages/*/dist and dist/: impact-stories.js, embed.html, embed-host.js, builder.html; and packages/widgets/custom-elements.json.',
);

/**
 * The widgets' package carries the core's modules in dist/core/ instead of depending on impact-stories-core, so
 * that a widget user's install stays at 8 packages (the widgets, Lit's 6 and @lit/react): the imports of
 * `impact-stories-core/<path>` in dist/lib become relative ones.
 */
async function embedCore() {
  const lib = fileURLToPath(new URL('dist/lib/', widgets));
  const core = fileURLToPath(new URL('dist/core/', widgets));
  await cp(new URL('packages/core/dist/', root), core, { recursive: true });
  for (const entry of await readdir(lib, { recursive: true })) {
    if (!/\.(js|d\.ts)$/.test(entry)) continue;
    const file = `${lib}${entry}`;
    const text = await readFile(file, 'utf8');
    const local = text.replace(/(['"])impact-stories-core\/([\w./-]+)\1/g, (_, quote, path) => {
      const target = relative(dirname(file), `${core}${path}.js`);
      return `${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
    });
    if (local !== text) await writeFile(file, local);
  }
}

/**
 * A script-tag file and the files it loads (the language files, the warnings), also into its package's dist/:
 * impact-stories.js into the widgets', impact-stories-ssr.js (with Lit's hydration support) into the server renderer's.
 * @param {string} name
 * @param {URL} pkg
 */
async function copyScriptTagFile(name, pkg) {
  const files = new Set([name]);
  for (const file of files) {
    const text = await readFile(new URL(file, dist), 'utf8');
    for (const [, chunk] of text.matchAll(/["'`]\.\/(impact-stories-[\w-]+\.js)["'`]/g)) if (chunk) files.add(chunk);
  }
  for (const file of files) {
    await cp(new URL(file, dist), new URL(`dist/${file}`, pkg));
    await cp(new URL(`${file}.map`, dist), new URL(`dist/${file}.map`, pkg));
  }
}
