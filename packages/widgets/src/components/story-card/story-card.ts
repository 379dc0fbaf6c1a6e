import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from 'impact-stories-core/feed/safe-url';
import type { Story } from 'impact-stories-core/feed/story';
import { formatStoryDate } from '../../format/format-date.js';
import { directionOf, type Messages } from '../../format/messages/index.js';
import { oneOf } from 'impact-stories-core/attributes/attribute-values';
import { linkTargets } from 'impact-stories-core/attributes/list-attribute-schema';
import { heading } from './heading.js';

export type StoryLayout = 'list' | 'grid' | 'compact';
export type LinkTarget = '_self' | '_blank' | '_parent' | '_top';

/** Detail of `impact-story-open`. Cancel the event to handle the navigation yourself. */
export interface StoryOpenDetail {
  story: Story;
  url: string;
}

export interface StoryCardOptions {
  headingLevel: number;
  layout: StoryLayout;
  /** Language of the date and of the labels read to screen readers. */
  locale: string;
  /** The widgets' sentences in that language. */
  text: Messages;
  linkTarget: LinkTarget;
  /** True for a photo that failed to load: the card leaves it out. */
  imageFailed: (image: string) => boolean;
  /** Hears about a photo that failed to load; the card should then render again without it. */
  onImageError: (image: string) => void;
  /** True when a grid card without a photo shows a placeholder in its place, to line up with cards that have one. */
  mediaArea: boolean;
  /** The element that announces `impact-story-open`. */
  host: HTMLElement;
}

/** A `link-target` attribute value read leniently: anything unknown opens links in the same frame. */
export const linkTargetOf = (value: unknown): LinkTarget => oneOf(value, linkTargets, '_self');

function announceOpen(host: HTMLElement, event: MouseEvent, story: Story, url: string): void {
  const open = new CustomEvent<StoryOpenDetail>('impact-story-open', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail: { story, url },
  });
  const plainClick = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
  if (!host.dispatchEvent(open) && plainClick) event.preventDefault();
}

/** `value` after words read by screen readers only ("Project:"), in the widget's language. */
const labelled = (words: string, locale: string, value: string) =>
  html`<span><span class="visually-hidden" lang=${locale}>${`${words} `}</span>${value}</span>`;

function title(story: Story, url: string | undefined, { headingLevel, linkTarget, host }: StoryCardOptions): TemplateResult {
  const target = linkTarget === '_self' ? nothing : linkTarget;
  const rel = linkTarget === '_blank' ? 'noopener' : nothing;
  const open = (event: MouseEvent) => announceOpen(host, event, story, url!);
  const link = url ? html`<a part="link" href=${url} target=${target} rel=${rel} @click=${open}>${story.title}</a>` : story.title;
  return heading(headingLevel, 'title', link);
}

/** A map pin, drawn before the countries. */
const pin = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 0a6 6 0 0 0-6 6c0 4.5 6 10 6 10s6-5.5 6-10a6 6 0 0 0-6-6Zm0 8.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5Z" /></svg>`;

function meta({ project, countries }: Story, { locale, text }: StoryCardOptions): TemplateResult | typeof nothing {
  const where = countries.join(', ');
  const countriesLabel = `${text.countries(countries.length)} `;
  // Most stories have both: one template, with a space between the two so they are not read as one word.
  if (project && where) {
    return html`<p part="meta" class="meta"><span class="chip"><span class="visually-hidden" lang=${locale}>${`${text.project} `}</span>${project}</span> <span>${pin}<span class="visually-hidden" lang=${locale}>${countriesLabel}</span>${where}</span></p>`;
  }
  if (project) return html`<p part="meta" class="meta"><span class="chip">${labelled(text.project, locale, project)}</span></p>`;
  return where ? html`<p part="meta" class="meta">${pin}${labelled(countriesLabel.trim(), locale, where)}</p>` : nothing;
}

function figure(story: Story, image: string, { locale, text, onImageError }: StoryCardOptions): TemplateResult {
  const credit = story.imageCredit
    ? html`<figcaption part="credit" class="credit"><span class="visually-hidden" lang=${locale}>${`${text.photo} `}</span>${story.imageCredit}</figcaption>`
    : nothing;
  // Size and loading come before the address, so the photo waits until it nears the viewport.
  return html`<figure class="figure">
    <img part="image" class="image" width="600" height="400" loading="lazy" decoding="async" alt=${story.imageAlt} src=${image} @error=${() => onImageError(image)} />${credit}
  </figure>`;
}

/** In place of a missing photo: a tinted panel with the story's project, seen only (the meta line says it to screen readers). */
const noPhoto = (story: Story) =>
  html`<div part="no-photo" class="figure no-photo" aria-hidden="true">${story.project ?? story.countries[0]}</div>`;

/**
 * One story as an `<article>`: a heading whose link is stretched over the card (its only link), the date,
 * summary, project and countries, and the photo with its credit as a caption. A page of fifty cards is the
 * widgets' hottest path: the common parts share one template, and only what a story may lack is nested.
 */
export function storyCard(story: Story, options: StoryCardOptions): TemplateResult {
  const { layout, locale } = options;
  const url = safeHttpUrl(story.url);
  const image = layout === 'compact' ? undefined : safeHttpUrl(story.image);
  const showImage = image !== undefined && !options.imageFailed(image);
  const media = showImage ? figure(story, image, options) : layout === 'grid' && options.mediaArea ? noPhoto(story) : nothing;
  const published = story.published;
  const date = published
    ? html`<p class="date" lang=${locale} dir=${directionOf(locale)}><time part="date" datetime=${published.iso}>${formatStoryDate(published, locale)}</time></p>`
    : nothing;
  const summary = layout !== 'compact' && story.summary ? html`<p part="summary" class="summary">${story.summary}</p>` : nothing;
  const authors = story.authors;
  const byline = authors.length
    ? html`<p part="byline" class="meta">${labelled(options.text.authors(authors.length), options.locale, authors.join(', '))}</p>`
    : nothing;
  const language = story.language;
  return html`<article part="card" class="card ${layout}${media === nothing ? '' : ' has-media'}" lang=${language ?? nothing} dir=${language ? directionOf(language) : 'auto'}>
    <div class="text">${title(story, url, options)}${date}${summary}${byline}${meta(story, options)}</div>
    ${media}
  </article>`;
}
