// Builds the scripts of a two-page site (page-a.js, page-b.js) the way Astro's and SvelteKit's production builds
// chunk them: one entry per page, and what both import (the elements, and Lit with them) in a shared chunk. Page B's
// hydration support then runs after that chunk, too late for LitElement (issue 28). The modules are dist/lib's, what
// `impact-stories-widgets/define` and `/hydrate` resolve to, so `npm run build` must have run.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Writes page-a.js, page-b.js and their shared chunk(s) into `outDir`, flat.
 * @param {string} outDir
 */
export async function buildPrerenderSite(outDir) {
  const here = (/** @type {string} */ file) => fileURLToPath(new URL(file, import.meta.url));
  await build({
    configFile: false,
    root: here('.'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: { 'page-a': here('page-a.js'), 'page-b': here('page-b.js') },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}
