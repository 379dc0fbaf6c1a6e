import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  // IMPACT_STORIES_FEED_URL, read at build time as import.meta.env.IMPACT_STORIES_FEED_URL.
  envPrefix: ['VITE_', 'IMPACT_STORIES_'],
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('impact-') } } })],
});
