import { html, nothing, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeHttpUrl } from '../feed/safe-url.js';
import type { Story } from '../feed/story.js';
import { formatStoryDate } from '../format/format-date.js';
import { directionOf, messagesFor } from '../format/messages/index.js';
import { oneOf } from './attribute-values.js';
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
  linkTarget?: string;
  /** True once the photo failed to load: the card then shows no broken image. */
  imageFailed: boolean;
  onImageError: (image: string) => void;
  /** The element that announces `impact-story-open`. */
  host: HTMLElement;
}

const linkTargets: readonly LinkTarget[] = ['_self', '_blank', '_parent', '_top'];

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

/**
 * One story as an `<article>`: a heading whose link is stretched over the card (its only link), the date,
 * summary, project and countries, and the photo with its credit as a caption.
 */
export function storyCard(story: Story, options: StoryCardOptions): TemplateResult {
  const { layout, locale, host } = options;
  const url = safeHttpUrl(story.url);
  const image = layout === 'compact' ? undefined : safeHttpUrl(story.image);
  const showImage = image !== undefined && !options.imageFailed;
  const text = messagesFor(locale);
  const label = (words: string) => html`<span class="visually-hidden" lang=${locale}>${words} </span>`;
  const target = oneOf(options.linkTarget, linkTargets, '_self');
  const link = url
    ? html`<a
        part="link"
        href=${url}
        target=${ifDefined(target === '_self' ? undefined : target)}
        rel=${ifDefined(target === '_blank' ? 'noopener' : undefined)}
        @click=${(event: MouseEvent) => announceOpen(host, event, story, url)}>${story.title}</a>`
    : story.title;

  return html`<article
    part="card"
    class="card ${layout} ${showImage ? 'has-image' : ''}"
    lang=${ifDefined(story.language)}
    dir=${ifDefined(story.language && directionOf(story.language))}
  >
    <div class="text">
      ${heading(options.headingLevel, 'title', link)}
      ${story.published
        ? html`<p class="date" lang=${locale}><time part="date" datetime=${story.published.iso}>${formatStoryDate(story.published, locale)}</time></p>`
        : nothing}
      ${layout !== 'compact' && story.summary ? html`<p part="summary" class="summary">${story.summary}</p>` : nothing}
      ${story.project || story.countries.length
        ? html`<p part="meta" class="meta">
            ${story.project ? html`<span>${label(text.project)}${story.project}</span>` : nothing}
            ${story.countries.length ? html`<span>${label(text.countries(story.countries.length))}${story.countries.join(', ')}</span>` : nothing}
          </p>`
        : nothing}
    </div>
    ${showImage
      ? html`<figure class="figure">
          <img
            part="image"
            class="image"
            src=${image}
            alt=${story.imageAlt}
            width="600"
            height="400"
            loading="lazy"
            decoding="async"
            @error=${() => options.onImageError(image)}
          />
          ${story.imageCredit ? html`<figcaption part="credit" class="credit">${label(text.photo)}${story.imageCredit}</figcaption>` : nothing}
        </figure>`
      : nothing}
  </article>`;
}
