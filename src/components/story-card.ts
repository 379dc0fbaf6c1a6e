import { safeHttpUrl } from '../feed/safe-url.js';
import type { Story } from '../feed/story.js';
import { formatStoryDate } from '../format/format-date.js';
import { directionOf, type Messages } from '../format/messages/index.js';
import { oneOf } from './attribute-values.js';
import { element } from './element.js';
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
  /** True for a photo that failed to load before: the card leaves it out. */
  imageFailed: (image: string) => boolean;
  /** Hears about a photo that failed to load, after the card has removed it. */
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
 * summary, project and countries, and the photo with its credit as a caption. Built with DOM calls rather
 * than a template: a page of fifty cards is the widget's hottest path, and this is the quickest way to it.
 */
export function storyCard(story: Story, options: StoryCardOptions): HTMLElement {
  const { layout, locale, text, linkTarget: target, host } = options;
  const url = safeHttpUrl(story.url);
  const image = layout === 'compact' ? undefined : safeHttpUrl(story.image);
  const showImage = image !== undefined && !options.imageFailed(image);
  const countries = story.countries.length;
  // Labels read by screen readers only ("Project:"), in the widget's language.
  const label = (words: string) => element('span', { class: 'visually-hidden', lang: locale }, `${words} `);

  let link: HTMLAnchorElement | undefined;
  if (url) {
    link = element(
      'a',
      { part: 'link', href: url, target: target === '_self' ? undefined : target, rel: target === '_blank' ? 'noopener' : undefined },
      story.title,
    );
    link.addEventListener('click', (event) => announceOpen(host, event, story, url));
  }
  const card = element(
    'article',
    {
      part: 'card',
      class: `card ${layout}${showImage ? ' has-image' : ''}`,
      lang: story.language,
      dir: story.language && directionOf(story.language),
    },
    element(
      'div',
      { class: 'text' },
      heading(options.headingLevel, 'title', link ?? story.title),
      story.published &&
        element(
          'p',
          { class: 'date', lang: locale },
          element('time', { part: 'date', datetime: story.published.iso }, formatStoryDate(story.published, locale)),
        ),
      layout !== 'compact' && story.summary && element('p', { part: 'summary', class: 'summary' }, story.summary),
      (story.project || countries) &&
        element(
          'p',
          { part: 'meta', class: 'meta' },
          story.project && element('span', {}, label(text.project), story.project),
          // A space between the two, so they are not read as one word.
          story.project && countries && ' ',
          countries && element('span', {}, label(text.countries(countries)), story.countries.join(', ')),
        ),
    ),
  );
  if (showImage) {
    // Size and loading are set before the address, so the photo waits until it nears the viewport.
    const photo = element('img', {
      part: 'image',
      class: 'image',
      width: '600',
      height: '400',
      loading: 'lazy',
      decoding: 'async',
      alt: story.imageAlt,
      src: image,
    });
    const figure = element(
      'figure',
      { class: 'figure' },
      photo,
      story.imageCredit && element('figcaption', { part: 'credit', class: 'credit' }, label(text.photo), story.imageCredit),
    );
    // A photo that fails leaves no broken image: the card drops it where it stands.
    photo.addEventListener('error', () => {
      figure.remove();
      card.classList.remove('has-image');
      options.onImageError(image);
    });
    card.append(figure);
  }
  return card;
}
