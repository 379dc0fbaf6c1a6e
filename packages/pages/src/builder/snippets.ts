import type { StoryLayout, Theme } from 'impact-stories-widgets/internal/components/impact-story-card/impact-story-card';
import type { GroupBy } from 'impact-stories-widgets/internal/select/select-stories';

/** What an editor chose. An empty string means "not set": all stories, no limit, the page's language. */
export interface EmbedSettings {
  /** Absolute feed URL. */
  src: string;
  project: string;
  country: string;
  year: string;
  limit: string;
  pageSize: string;
  layout: StoryLayout;
  groupBy: GroupBy;
  headingLevel: string;
  theme: Theme | '';
  locale: string;
  /** `hide` leaves out the feed's media contact (a boolean attribute). */
  mediaContact: '' | 'hide';
}

/** The list element's own defaults: settings equal to these are left out of snippets. */
export const defaultSettings: Readonly<EmbedSettings> = {
  src: '',
  project: '',
  country: '',
  year: '',
  limit: '',
  pageSize: '',
  layout: 'list',
  groupBy: 'none',
  headingLevel: '2',
  theme: '',
  locale: '',
  mediaContact: '',
};

const attributeNames: Record<keyof EmbedSettings, string> = {
  src: 'src',
  project: 'project',
  country: 'country',
  year: 'year',
  limit: 'limit',
  pageSize: 'page-size',
  layout: 'layout',
  groupBy: 'group-by',
  headingLevel: 'heading-level',
  theme: 'theme',
  locale: 'locale',
  mediaContact: 'hide-media-contact',
};

/** A link shown inside the element before its script runs and when the feed cannot be loaded. */
export interface FallbackLink {
  href: string;
  text: string;
}

export interface IframeSnippetOptions {
  /** Absolute URL of embed.html. */
  embedUrl: string;
  title: string;
  /** Absolute URL of embed-host.js; without it the snippet has no script line. */
  hostScriptUrl?: string;
}

export const IFRAME_HEIGHT = 640;

const entities: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Text made safe for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&"<>]/g, (character) => entities[character]!);
}

/**
 * `<impact-story-list>` attributes for these settings, in a stable order: `src` always (the page the
 * snippet is pasted into knows no feed), the rest only where they differ from the element's defaults.
 * A boolean attribute has an empty value.
 */
export function listAttributes(settings: EmbedSettings): [string, string][] {
  return (Object.keys(attributeNames) as (keyof EmbedSettings)[])
    .filter((key) => key === 'src' || settings[key] !== defaultSettings[key])
    .map((key) => [attributeNames[key], key === 'mediaContact' ? '' : settings[key]]);
}

/** The script tag that loads the library, then the element, with an optional fallback link inside. */
export function scriptSnippet(settings: EmbedSettings, scriptUrl: string, fallback?: FallbackLink): string {
  const attributes = listAttributes(settings)
    .map(([name, value]) => (value ? ` ${name}="${escapeHtml(value)}"` : ` ${name}`))
    .join('');
  const content = fallback ? `\n  <a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>\n` : '';
  return `<script type="module" src="${escapeHtml(scriptUrl)}"></script>\n<impact-story-list${attributes}>${content}</impact-story-list>`;
}

/** embed.html with the list attributes as query parameters. */
export function embedPageUrl(settings: EmbedSettings, embedUrl: string): string {
  const url = new URL(embedUrl);
  for (const [name, value] of listAttributes(settings)) url.searchParams.append(name, value);
  return url.href;
}

/** The iframe, and optionally the script line that lets it grow to fit its stories. */
export function iframeSnippet(settings: EmbedSettings, { embedUrl, title, hostScriptUrl }: IframeSnippetOptions): string {
  const src = escapeHtml(embedPageUrl(settings, embedUrl));
  const size = `style="width:100%;border:0" height="${IFRAME_HEIGHT}"`;
  const frame = `<iframe src="${src}" title="${escapeHtml(title)}" loading="lazy" ${size}></iframe>`;
  return hostScriptUrl ? `${frame}\n<script src="${escapeHtml(hostScriptUrl)}" async></script>` : frame;
}

/** An iframe title that says what the frame holds, e.g. "ILO impact stories: Skills 21, 2022". */
export function frameTitle(feedTitle: string | undefined, settings: EmbedSettings): string {
  const filters = [settings.project, settings.country, settings.year].filter(Boolean);
  const base = feedTitle?.trim() || 'Impact stories';
  return filters.length ? `${base}: ${filters.join(', ')}` : base;
}
