// The packages and the layers inside them, checked by `npm run lint` (depcruise). Arrows point down only:
//
//   packages/pages (the builder, the embed page, the demo), packages/cli (the publishers' command)
//     → packages/ssr (the server renderer: render-story-list, server/; hydrate for the page)
//       → packages/widgets: entry points (index, *-define), react/
//           → components/ (Lit elements and their views)
//             → controllers/ (feed loading, locale, focus: reactive controllers)
//               → select/ → format/ → feed/ (the browser's loading: fetch, cache, default feed)
//         → packages/core (the model: reading feeds, dates, safe URLs, split feeds, the attribute schema;
//           no Lit, no DOM at import, no Node, no npm package)
//
// Type-only imports count: a cycle of types is still a knot a reader has to untie.

const core = '^packages/core/src/';
const widgets = '^packages/widgets/src/';
const widgetsData = '^packages/widgets/src/(feed|select|format)/';
const ui = '^packages/widgets/src/(components|controllers)/';
const nodeOnly = '^packages/ssr/src/(server/|render-story-list\\.ts$)';
const browserCode = '^packages/(core|widgets|pages)/src/|^packages/ssr/src/(define-)?hydrate\\.ts$';
const lit = '(^|/)node_modules/(lit|lit-html|lit-element|@lit|@lit-labs)/';

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles: each file can be read after the files it imports.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { circular: true },
    },
    {
      name: 'core-imports-no-other-package',
      comment: 'The core is the model every other package builds on; it imports none of them.',
      severity: 'error',
      from: { path: core },
      to: { path: '^packages/(widgets|ssr|cli|pages)/' },
    },
    {
      name: 'core-imports-no-npm-package',
      comment: 'The core runs anywhere (a worker, a server, another framework): no Lit, nothing from npm.',
      severity: 'error',
      from: { path: core },
      to: { path: '(^|/)node_modules/' },
    },
    {
      name: 'widgets-data-not-ui',
      comment: 'feed/, select/ and format/ turn data into data; the elements and controllers build on them, never the reverse.',
      severity: 'error',
      from: { path: widgetsData },
      to: { path: ui },
    },
    {
      name: 'widgets-data-without-lit',
      comment: 'format/locale.ts reads Lit’s isServer: a known exception until inheritedLocale moves to the locale controller.',
      severity: 'error',
      from: { path: widgetsData, pathNot: '^packages/widgets/src/format/locale\\.ts$' },
      to: { path: lit },
    },
    {
      name: 'feed-below-format-and-select',
      comment: 'Inside the widgets, feed/ loads feeds, format/ words them, select/ picks from them: feed/ imports neither.',
      severity: 'error',
      from: { path: '^packages/widgets/src/feed/' },
      to: { path: '^packages/widgets/src/(format|select)/' },
    },
    {
      name: 'format-below-select',
      severity: 'error',
      from: { path: '^packages/widgets/src/format/' },
      to: { path: '^packages/widgets/src/select/' },
    },
    {
      name: 'controllers-not-components',
      comment: 'A controller serves any host element; the elements use controllers, not the other way round.',
      severity: 'error',
      from: { path: '^packages/widgets/src/controllers/' },
      to: { path: '^packages/widgets/src/components/' },
    },
    {
      name: 'widgets-not-ssr-cli-or-pages',
      comment: 'The server renderer, the command and the pages use the widgets; the widgets never import them.',
      severity: 'error',
      from: { path: widgets },
      to: { path: '^packages/(ssr|cli|pages)/' },
    },
    {
      name: 'node-only-stays-out-of-the-browser',
      comment:
        'ssr/src/server/ (reading URLs with node:http) and render-story-list (rendering with @lit-labs/ssr) are for Node; browser code never imports them.',
      severity: 'error',
      from: { path: browserCode },
      to: { path: nodeOnly },
    },
    {
      name: 'browser-code-without-node-modules',
      comment: 'Only the server renderer and the command may use Node’s own modules (node:http, node:dns…).',
      severity: 'error',
      from: { path: browserCode },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'apps-are-leaves',
      comment: 'The pages and the React wrappers use the library; the library never imports them.',
      severity: 'error',
      from: { path: '^packages/', pathNot: '^packages/(pages/|widgets/src/react/)' },
      to: { path: '^packages/(pages/|widgets/src/react/)' },
    },
    {
      name: 'packages-not-tests-or-tools',
      comment: 'What ships is packages/; tests, stories and scripts are built on it, not into it.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(test|stories|scripts|wordpress|bench|examples)/' },
    },
    {
      name: 'packages-not-dev-dependencies',
      comment:
        'Users install a package’s dependencies (and the peers they choose) only: code that needs a devDependency breaks their build.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only', 'npm-peer'] },
    },
    {
      name: 'packages-declare-what-they-import',
      comment: 'A package that imports an npm package it does not list works in the workspace, and breaks once installed.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['npm-peer'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to no file is a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // The workspace packages resolve to their sources, as for tsc, Vite and the tests.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['source', 'import', 'default'] },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^packages/[^/]+/dist/|\\.d\\.ts$' },
  },
};
