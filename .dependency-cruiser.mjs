// The layers of src/, checked by `npm run lint` (depcruise). Arrows point down only:
//
//   entry points (index, *-define, hydrate), apps (builder, embed, react, ssr)
//     → components/ (Lit elements and their views)
//       → controllers/ (feed loading, locale, focus: reactive controllers)
//         → select/ → format/ → feed/   (the core: plain data in, plain data out)
//           → attributes/, timing/, warn-later (neutral helpers)
//
// Type-only imports count: a cycle of types is still a knot a reader has to untie.

const core = '^src/(feed|select|format)/';
const ui = '^src/(components|controllers)/';
const nodeOnly = '^src/(server|ssr)/';
const lit = '(^|/)node_modules/(lit|lit-html|lit-element|@lit|@lit-labs)/';

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles: each file can be read after the files it imports.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-not-ui',
      comment: 'feed/, select/ and format/ turn data into data; the elements and controllers build on them, never the reverse.',
      severity: 'error',
      from: { path: core },
      to: { path: ui },
    },
    {
      name: 'core-without-lit',
      comment:
        'The core is to run without Lit (a worker, a server, another framework). format/locale.ts reads Lit’s isServer today: ' +
        'a known exception until inheritedLocale moves to the locale controller.',
      severity: 'error',
      from: { path: core, pathNot: '^src/format/locale\\.ts$' },
      to: { path: lit },
    },
    {
      name: 'feed-below-format-and-select',
      comment: 'Inside the core, feed/ reads feeds, format/ words them, select/ picks from them: feed/ imports neither.',
      severity: 'error',
      from: { path: '^src/feed/' },
      to: { path: '^src/(format|select)/' },
    },
    {
      name: 'format-below-select',
      severity: 'error',
      from: { path: '^src/format/' },
      to: { path: '^src/select/' },
    },
    {
      name: 'controllers-not-components',
      comment: 'A controller serves any host element; the elements use controllers, not the other way round.',
      severity: 'error',
      from: { path: '^src/controllers/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'node-only-stays-out-of-the-browser',
      comment:
        'server/ (reading URLs with node:http) and ssr/ (rendering with @lit-labs/ssr) are for Node; browser code never imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: nodeOnly },
      to: { path: nodeOnly },
    },
    {
      name: 'browser-code-without-node-modules',
      comment: 'Only server/ and ssr/ may use Node’s own modules (node:http, node:dns…).',
      severity: 'error',
      from: { path: '^src/', pathNot: nodeOnly },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'apps-are-leaves',
      comment: 'The embed builder, the embed page and the React wrappers use the library; the library never imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(builder|embed|react)/' },
      to: { path: '^src/(builder|embed|react)/' },
    },
    {
      name: 'src-not-tests-or-tools',
      comment: 'What ships is src/; tests, stories, scripts and the command line are built on it, not into it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|stories|scripts|cli|wordpress|bench|examples)/' },
    },
    {
      name: 'src-not-dev-dependencies',
      comment:
        'Users install the dependencies (and the peers they choose) only: code in src/ that needs a devDependency breaks their build.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only', 'npm-peer'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to no file is a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
  },
};
