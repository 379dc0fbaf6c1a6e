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
  '--impact-font-family',
  '--impact-radius',
  '--impact-spacing',
  '--impact-card-min-width',
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

/** Markup for the docs' "Show code": what an editor pastes into a page that loads the script. */
export function snippet(tag: string, args: StoryArgs, allowed: readonly string[]): string {
  const attributes = attributesOf(args, allowed).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`);
  const styles = Object.entries(cssPropertiesOf(args)).map(([name, value]) => `${name}: ${value}`);
  const style = styles.length ? ` style="${escapeAttribute(styles.join('; '))}"` : '';
  return `<${tag}${attributes.join('')}${style}></${tag}>`;
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
