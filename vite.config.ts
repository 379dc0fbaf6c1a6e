import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { litDecorators } from './scripts/vite/lit-decorators.js';

/**
 * Minifies the markup of `html` and the style sheets of `css` tagged templates in src/ (Vite leaves template text
 * as written). Whitespace is collapsed conservatively, to one space, never removed: the minified DOM renders
 * exactly as the unminified one the tests and Storybook run, spaces between words included.
 */
const minifyTemplates = (): Plugin =>
  minifyLiterals({
    include: ['packages/*/src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: { conservativeCollapse: true, removeAttributeQuotes: true },
    },
  }) as unknown as Plugin;

type Target = {
  entry: string;
  fileName: string;
  format: 'es' | 'iife';
  oneFile?: boolean;
  eagerCompile?: boolean;
  templatesAsWritten?: boolean;
};

/** One output file per build target; `vite build --mode <target>` (scripts/build.mjs runs them all). */
const targets: Record<string, Target> & { bundle: Target } = {
  // The script-tag bundle: self-contained, defines both elements.
  bundle: { entry: 'packages/widgets/src/define.ts', fileName: 'impact-stories.js', format: 'es', eagerCompile: true },
  // The same, for pages with prerendered lists: with Lit's hydration support, and templates as written, since
  // hydration matches each template by a digest of its text, and the server renders packages/widgets/dist/lib's.
  'bundle-ssr': {
    entry: 'packages/ssr/src/define-hydrate.ts',
    fileName: 'impact-stories-ssr.js',
    format: 'es',
    eagerCompile: true,
    templatesAsWritten: true,
  },
  // The iframe embed page's script; the page loads impact-stories.js beside it.
  embed: { entry: 'packages/pages/src/embed/embed-page.ts', fileName: 'embed.js', format: 'es' },
  // The snippet a host page adds so embed iframes fit their content. A classic script, so it pastes anywhere.
  'embed-host': { entry: 'packages/pages/src/embed/embed-host-snippet.ts', fileName: 'embed-host.js', format: 'iife' },
  // The embed builder page for CMS editors, with its own copy of the elements.
  builder: { entry: 'packages/pages/src/builder/builder-page.ts', fileName: 'builder.js', format: 'es', oneFile: true },
};

export default defineConfig(({ mode }): UserConfig => {
  const target = targets[mode] ?? targets.bundle;
  return {
    // The workspace packages from their TypeScript sources (the "source" condition of their exports).
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    build: {
      lib: { entry: target.entry, formats: [target.format], name: 'ImpactStories', fileName: () => target.fileName },
      outDir: 'dist',
      emptyOutDir: false,
      // Rolldown's own minifier (output.minify below), then three passes of terser over its output: together
      // about 1 % smaller than either alone.
      minify: 'terser',
      terserOptions: { module: true, compress: { passes: 3 }, format: { comments: false } },
      sourcemap: true,
      target: 'es2022',
      reportCompressedSize: false,
      // Vite keeps whitespace in ES library builds; these files are for browsers, not for re-bundling.
      rolldownOptions: {
        output: {
          minify: true,
          comments: false,
          // The French, Spanish and Arabic sentences: small files beside the script, read when a page needs them.
          chunkFileNames: 'impact-stories-[name]-[hash].js',
          codeSplitting: !target.oneFile,
          // Chrome compiles each script-tag file on a background thread while it downloads, instead of compiling
          // each function on the main thread when the first cards need it (V8's explicit compile hints). Every
          // file of that build is loaded only when its functions are about to run.
          postBanner: target.eagerCompile ? '//# allFunctionsCalledOnLoad' : undefined,
        },
      },
    },
    plugins: target.templatesAsWritten ? [litDecorators()] : [litDecorators(), minifyTemplates()],
    logLevel: 'warn',
  };
});
