// Types for frameworks, generated from custom-elements.json by the custom-element-*-integration packages into
// packages/widgets/dist/lib/types/: JSX for React, Preact and Solid, Vue's GlobalComponents, Svelte's elements. Run by the build.
import { readFile, writeFile } from 'node:fs/promises';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = new URL('..', import.meta.url);
const outdir = new URL('packages/widgets/dist/lib/types/', root).pathname;
const manifest = JSON.parse(await readFile(new URL('packages/widgets/custom-elements.json', root), 'utf8'));
/** @param {string} fileName */
const options = (fileName) => ({
  outdir,
  fileName,
  hideLogs: true,
  componentTypePath: (/** @type {string} */ _name, /** @type {string | undefined} */ tag) => `../components/${tag}/${tag}.js`,
});

generateJsxTypes(manifest, options('jsx.d.ts'));
generateVuejsTypes(manifest, options('vue.d.ts'));
generateSvelteTypes(manifest, options('svelte.d.ts'));
generateSolidJsTypes(manifest, options('solid.d.ts'));

// The manifest types each event as `CustomEvent<Detail>`, which the generators wrap once more, and the detail
// types need importing beside the element classes.
const details = "import type { StoriesErrorDetail, StoriesLoadDetail, StoryOpenDetail } from '../index.js';\n";
for (const file of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts', 'solid.d.ts']) {
  const path = new URL(file, `file://${outdir}`);
  let text = (await readFile(path, 'utf8')).replace(/CustomEvent<CustomEvent<(\w+)>>/g, 'CustomEvent<$1>');
  // The file is a module (it imports), so Svelte's namespace must be declared global to reach templates.
  // The Svelte generator borrows two JSX types it does not import; Svelte templates take any children and a style string.
  if (file === 'svelte.d.ts')
    text = text.replace('children?: JSX.Element;', 'children?: unknown;').replace('style?: JSX.CSSProperties;', 'style?: string;');
  if (file === 'svelte.d.ts')
    text = text.replace(/declare namespace svelteHTML \{([\s\S]*?)\n\}/, 'declare global {\n  namespace svelteHTML {$1\n  }\n}');
  // Vue compiles `@impact-stories-load` to the prop `onImpactStoriesLoad`, and passes the HTML attributes (id,
  // class) through to the element.
  if (file === 'vue.d.ts')
    text = text
      .replace(
        /"on(impact-[\w-]+)"\?:/g,
        (_match, /** @type {string} */ name) => `on${name.replace(/(^|-)(\w)/g, (_m, _dash, letter) => letter.toUpperCase())}?:`,
      )
      .replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes } from "vue";')
      .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & HTMLAttributes>');
  // Svelte 5 writes events as attributes (`onimpact-stories-load`); `on:` is the older form.
  if (file === 'svelte.d.ts')
    text = text.replace(/( *)"on:(impact-[\w-]+)"(\?: \(e: CustomEvent<\w+>\) => void;)/g, '$1"on:$2"$3\n$1"on$2"$3');
  if (file === 'solid.d.ts')
    text += `\ndeclare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`;
  await writeFile(path, details + text);
}

/**
 * JSX's elements, declared for the framework that reads them.
 * @param {string} module
 * @param {string} note
 */
const augment = (module, note) =>
  `// ${note}\nimport type { CustomElements } from './jsx.js';\n\ndeclare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`;
await writeFile(
  new URL('react.d.ts', `file://${outdir}`),
  augment('react', "`<impact-story-list>` and `<impact-story-card>` in React's JSX."),
);
await writeFile(
  new URL('preact.d.ts', `file://${outdir}`),
  augment('preact', "`<impact-story-list>` and `<impact-story-card>` in Preact's JSX."),
);
