import { html, nothing, type TemplateResult } from 'lit/html.js';
import { safeHttpUrl } from '../feed/safe-url.js';
import type { Story } from '../feed/story.js';
import { formatStoryDate } from '../format/format-date.js';
import { directionOf, type Messages } from '../format/messages/index.js';
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
  /** The widgets' sentences in that language. */
  text: Messages;
  linkTarget: LinkTarget;
  /** True for a photo that failed to load: its card then shows no broken image. */
  imageFailed: (image: string) => boolean;
  onImageError: (image: string) => void;
  /** The element that announces `impact-story-open`. */
  host: HTMLElement;
}

const linkTargets: readonly LinkTarget[] = ['_self', '_blank', '_parent', '_top'];

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

/**
 * One story as an `<article>`: a heading whose link is stretched over the card (its only link), the date,
 * summary, project and countries, and the photo with its credit as a caption.
 */
export function storyCard(story: Story, options: StoryCardOptions): TemplateResult {
  const { layout, locale, text, linkTarget: target, host } = options;
  const url = safeHttpUrl(story.url);
  const image = layout === 'compact' ? undefined : safeHttpUrl(story.image);
  const showImage = image !== undefined && !options.imageFailed(image);
  const link = url
    ? html`<a
        part="link"
        href=${url}
        target=${target === '_self' ? nothing : target}
        rel=${target === '_blank' ? 'noopener' : nothing}
        @click=${(event: MouseEvent) => announceOpen(host, event, story, url)}>${story.title}</a>`
    : story.title;
  const countries = story.countries.length;

  // Labels read by screen readers only ("Project:") sit inside the templates rather than in one of
  // their own: every nested template is more work for each card of a long list.
  return html`<article
    part="card"
    class="card ${layout} ${showImage ? 'has-image' : ''}"
    lang=${story.language ?? nothing}
    dir=${story.language ? directionOf(story.language) : nothing}
  >
    <div class="text">
      ${heading(options.headingLevel, 'title', link)}
      ${story.published
        ? html`<p class="date" lang=${locale}><time part="date" datetime=${story.published.iso}>${formatStoryDate(story.published, locale)}</time></p>`
        : nothing}
      ${layout !== 'compact' && story.summary ? html`<p part="summary" class="summary">${story.summary}</p>` : nothing}
      ${story.project || countries
        ? html`<p part="meta" class="meta">
            ${story.project ? html`<span><span class="visually-hidden" lang=${locale}>${text.project} </span>${story.project}</span>` : nothing}
            ${countries
              ? html`<span><span class="visually-hidden" lang=${locale}>${text.countries(countries)} </span>${story.countries.join(', ')}</span>`
              : nothing}
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
          ${story.imageCredit
            ? html`<figcaption part="credit" class="credit"><span class="visually-hidden" lang=${locale}>${text.photo} </span>${story.imageCredit}</figcaption>`
            : nothing}
        </figure>`
      : nothing}
  </article>`;
}
