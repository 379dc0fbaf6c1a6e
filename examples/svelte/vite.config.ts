import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: './',
  // IMPACT_STORIES_FEED_URL, read at build time as import.meta.env.IMPACT_STORIES_FEED_URL.
  envPrefix: ['VITE_', 'IMPACT_STORIES_'],
  plugins: [svelte()],
});
