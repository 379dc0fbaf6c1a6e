import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';

/** Story args: element attributes by their HTML names, plus `--impact-*` custom properties. */
export type StoryArgs = Record<string, string | number | undefined>;

export const SAMPLE_FEED = '/sample/impact-stories.json';

export const cssPropertyNames = [
  '--impact-color-text',
  '--impact-color-muted',
  '--impact-color-background',
  '--impact-color-surface',
  '--impact-color-border',
  '--impact-color-accent',
  '--impact-color-focus',
  '--impact-color-tint',
  '--impact-font-family',
  '--impact-radius',
  '--impact-spacing',
  '--impact-card-min-width',
  '--impact-summary-lines',
  '--impact-title-size',
  '--impact-image-aspect-ratio',
] as const;

/** Controls for retheming live: colour pickers for colours, text fields for the rest. */
export const cssPropertyArgTypes = Object.fromEntries(
  cssPropertyNames.map((name) => [
    name,
    {
      control: name.includes('color') ? 'color' : 'text',
      table: { category: 'css custom properties' },
    },
  ]),
);

/** Plain text fields for attributes whose type the manifest gives as `string | undefined`. */
export const textControls = (names: string[]) => Object.fromEntries(names.map((name) => [name, { control: 'text' }]));

const isCssProperty = (name: string) => name.startsWith('--');
const given = (value: unknown) => value !== undefined && value !== null && value !== '';

export function cssPropertiesOf(args: StoryArgs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args)
      .filter(([name, value]) => isCssProperty(name) && given(value))
      .map(([name, value]) => [name, String(value)]),
  );
}

/** The attributes a CMS editor would write: every given arg except custom properties. */
export function attributesOf(args: StoryArgs, allowed: readonly string[]): [string, string][] {
  return allowed.filter((name) => given(args[name])).map((name) => [name, String(args[name])]);
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where partner pages load the script from, as in the README. */
const SCRIPT_TAG = '<script type="module" src="https://your-cdn.example/impact-stories.js"></script>';

/** An address of this Storybook's own files, as a partner page would write it: on the publisher's site. */
export function asPublished(value: string): string {
  if (value === SAMPLE_FEED) return 'https://www.example.org/impact-stories/feed.json';
  return value.startsWith('/') ? `https://www.example.org/impact-stories/${value.split('/').pop()}` : value;
}

/**
 * Markup for the docs' "Show code": what a partner pastes into a page, with the script tag, addresses on the
 * publisher's site instead of this Storybook's, and `content` (a fallback link) inside the element.
 */
export function snippet(tag: string, args: StoryArgs, allowed: readonly string[], content = ''): string {
  const attributes = attributesOf(args, allowed).map(([name, value]) => ` ${name}="${escapeAttribute(asPublished(value))}"`);
  const styles = Object.entries(cssPropertiesOf(args)).map(([name, value]) => `${name}: ${value}`);
  const style = styles.length ? ` style="${escapeAttribute(styles.join('; '))}"` : '';
  const inside = content ? `\n  ${content}\n` : '';
  return `${SCRIPT_TAG}\n<${tag}${attributes.join('')}${style}>${inside}</${tag}>`;
}

/** A fetch that never answers (until aborted), for the loading and timeout states. */
export const neverAnsweringFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
  });

/** A fetch whose server is down for a moment (HTTP 503): an error that Retry can mend. */
export const unavailableFetch: typeof fetch = async () =>
  new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' });

/** Wraps a story in a box of the given width, e.g. a 320 px phone. */
export const inWidth = (width: string, content: TemplateResult) => html`<div style=${styleMap({ maxInlineSize: width })}>${content}</div>`;

export const optional = (value: string | number | undefined) => (given(value) ? String(value) : nothing);
export { ifDefined };

const storyId = (name: string) =>
  name
    .replace(/([a-z])([A-Z0-9])/g, '$1-$2')
    .replace(/([0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();

/**
 * The docs page's description: `intro`, then a link to every story of the file, by its name. The docs page shows
 * only the main stories; a page of all of them ran to 45,000 px.
 */
export function docsWithLinks(title: string, intro: string, module: Record<string, unknown>): string {
  const stories = Object.entries(module).filter(
    (entry): entry is [string, { name?: string }] => entry[0] !== 'default' && typeof entry[1] === 'object' && !Array.isArray(entry[1]),
  );
  // By name, so that stories of one topic ("State: …") sit together, after Default.
  const named = stories.map(([exportName, { name }]): [string, string] => [exportName, name ?? exportName]);
  named.sort(([, a], [, b]) => (a === 'Default' ? -1 : b === 'Default' ? 1 : a.localeCompare(b)));
  const links = named.map(([exportName, name]) => `- [${name}](?path=/story/${storyId(title)}--${storyId(exportName)})`);
  return `${intro}\n\nEvery story, each with its own page:\n\n${links.join('\n')}`;
}
