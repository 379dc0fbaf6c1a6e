import { fileURLToPath } from 'node:url';

export default {
  // The widgets' server renderer runs in Node as it is (it brings its own DOM shim), not through Next's bundler.
  serverExternalPackages: ['impact-stories-widgets', '@lit-labs/ssr'],
  // The library this example installs from ../.. sits above it: Turbopack's root is the repository's.
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
};
