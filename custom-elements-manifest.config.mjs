// Generates custom-elements.json (attributes, properties, events, parts, custom properties, slots) from the JSDoc in src/.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
