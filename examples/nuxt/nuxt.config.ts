import { fileURLToPath } from 'node:url';

export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  devtools: { enabled: false },
  telemetry: false,
  // <impact-story-list> and <impact-story-card> are custom elements, not Vue components.
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('impact-') } },
  // The site's public address; set NUXT_PUBLIC_SITE_URL where it is deployed.
  runtimeConfig: { public: { siteUrl: 'http://localhost:3000' } },
  // The repository's sample feed and its photos, served by the app at /sample/.
  nitro: { publicAssets: [{ dir: fileURLToPath(new URL('../../sample', import.meta.url)), baseURL: '/sample' }] },
});
