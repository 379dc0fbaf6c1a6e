// Builds everything in dist/: the npm modules first (dist/lib: the command reads feeds with them), then the sample
// feed through the command (scripts/build-sample.mjs), the script-tag bundle, the embed and builder pages and the
// manifest.
import { execFileSync } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { build } from 'vite';

const root = new URL('..', import.meta.url);
const dist = new URL('dist/', root);
const run = (/** @type {string} */ bin, /** @type {string[]} */ ...args) =>
  execFileSync(process.execPath, [new URL(bin, root).pathname, ...args], { stdio: 'inherit', cwd: root });

await rm(dist, { recursive: true, force: true });
run('node_modules/typescript-native/bin/tsc', '-p', 'tsconfig.build.json');
run('scripts/build-sample.mjs');
for (const mode of ['bundle', 'bundle-ssr', 'embed', 'embed-host', 'builder']) {
  await build({ mode, configFile: new URL('vite.config.ts', root).pathname });
}
// Pages served from dist/ next to the scripts, with the sample feed so they work as they are.
await cp(new URL('pages/', root), dist, { recursive: true });
await cp(new URL('sample/', root), new URL('sample/', dist), { recursive: true });
run('node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet');
run('scripts/framework-types.mjs');
console.log('Built dist/: impact-stories.js, embed.html, embed-host.js, builder.html, lib/; and custom-elements.json.');
