// Bundles what `ngc` wrote to out-tsc/ (the app's code, compiled ahead of time). Angular's own packages ship
// partially compiled; Babel and Angular's linker finish them here, as the Angular CLI's builder does.
import { transformAsync } from '@babel/core';
import angularLinker from '@angular/compiler-cli/linker/babel';
import { defineConfig } from 'vite';

const linker = {
  name: 'angular-linker',
  async transform(code, id) {
    if (!id.includes('/@angular/') || !code.includes('ɵɵngDeclare')) return;
    const result = await transformAsync(code, {
      filename: id,
      plugins: [angularLinker],
      babelrc: false,
      configFile: false,
      sourceMaps: true,
    });
    return { code: result.code, map: result.map };
  },
};

export default defineConfig({
  base: './',
  // IMPACT_STORIES_FEED_URL, read at build time as import.meta.env.IMPACT_STORIES_FEED_URL.
  envPrefix: ['VITE_', 'IMPACT_STORIES_'],
  define: { ngDevMode: 'false', ngJitMode: 'false' },
  plugins: [linker],
});
