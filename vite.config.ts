import { defineConfig } from 'vite';

// The script-tag bundle: one self-contained, minified ES module with Lit inside.
export default defineConfig({
  build: {
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'impact-stories.js',
    },
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    reportCompressedSize: false,
    // Vite keeps whitespace in ES library builds; this bundle is for script tags, not for re-bundling.
    rolldownOptions: { output: { minify: true } },
  },
});
