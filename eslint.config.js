// ESLint, run by `npm test` (npm run lint): TypeScript, Lit templates and custom-element rules.
// Formatting is Prettier's (npm run format:check), so no stylistic rules here.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'packages/*/dist/',
      'coverage/',
      'storybook-static/',
      'bench-results/',
      'node_modules/',
      'scripts/_*',
      'examples/*/node_modules/',
      'examples/*/_site/',
      'examples/*/.next/',
      'examples/*/dist/',
      'examples/*/.nuxt/',
      'examples/*/.output/',
      'examples/*/out-tsc/',
      'wordpress/node_modules/',
      'wordpress/dist/',
      'wordpress/.cache/',
      'wordpress/impact-stories/assets/',
      'wordpress/impact-stories/build/',
      'wordpress/tests/_*',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    rules: {
      ...wc.configs['flat/recommended'].rules,
      // Classes and their registration live in separate files (*-define.ts), so importing a class registers nothing.
      'wc/define-tag-after-class-definition': 'off',
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `typeof import('./file.js')` types the modules that are loaded lazily, as files of their own.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['.puppeteerrc.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: [
      'scripts/**/*.mjs',
      'packages/cli/**/*.mjs',
      'test/node/**/*.mjs',
      'examples/**/*.js',
      'wordpress/scripts/**/*.mjs',
      'wordpress/tests/**/*.mjs',
      '*.config.{js,mjs,ts}',
      'packages/*/*.config.mjs',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['bench/**/*.js', 'packages/pages/demo/**/*.js', 'test/pages/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
);
