import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Feeds and images are served from the repo at the same paths as in the tests and the demo.
  staticDirs: [
    { from: '../sample', to: '/sample' },
    { from: '../stories/feeds', to: '/stories/feeds' },
    // Feeds shaped as real publishers write them (JSON Feed, RSS, Atom), shared with the tests.
    { from: '../test/fixtures', to: '/test/fixtures' },
  ],
  // The workspace packages from their TypeScript sources (the "source" condition of their exports).
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, conditions: ['source', 'module', 'browser', 'development|production'] },
  }),
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
