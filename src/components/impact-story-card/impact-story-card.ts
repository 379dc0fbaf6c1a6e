import { html, nothing } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseStoryDate } from '../../feed/parse-date.js';
import { safeHttpUrl } from '../../feed/safe-url.js';
import type { Story } from '../../feed/story.js';
import { formatStoryDate } from '../../format/format-date.js';
import { inheritedLocale } from '../../format/locale.js';
import { directionOf, messagesFor } from '../../format/messages/index.js';
import { oneOf } from '../attribute-values.js';
import { clampHeadingLevel, heading } from '../heading.js';
import { ReactiveElement, type ChangedProperties, type PropertyDeclaration } from '../reactive-element.js';
import { reflectPageColorScheme } from '../page-color-scheme.js';
import { cardStyles } from './impact-story-card.styles.js';

export type StoryLayout = 'list' | 'grid' | 'compact';
export type Theme = 'light' | 'dark' | 'auto';
export type LinkTarget = '_self' | '_blank' | '_parent' | '_top';

const linkTargets: readonly LinkTarget[] = ['_self', '_blank', '_parent', '_top'];

/** Detail of `impact-story-open`. Cancel the event to handle the navigation yourself. */
export interface StoryOpenDetail {
  story: Story;
  url: string;
}

const splitNames = (value: string | undefined) =>
  (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);

/**
 * One impact story as a card: the title is a heading whose link covers the whole card.
 *
 * Give it a `story` object (as `<impact-story-list>` does), or attributes.
 *
 * @tagname impact-story-card
 * @fires {CustomEvent<StoryOpenDetail>} impact-story-open - The card's link was activated. Bubbles, composed, cancelable.
 * @csspart card - The `<article>` holding the story.
 * @csspart title - The heading.
 * @csspart link - The link inside the heading, stretched over the card.
 * @csspart date - The `<time>` element.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line with the project and countries.
 * @csspart image - The photo.
 * @csspart credit - The photo credit caption.
 * @cssprop [--impact-color-text=light-dark(#1b1f24, #e6edf3)] - Text colour.
 * @cssprop [--impact-color-muted=light-dark(#57606a, #9ea8b3)] - Colour of the date, meta line and credit.
 * @cssprop [--impact-color-background=light-dark(#ffffff, #161b22)] - Card background.
 * @cssprop [--impact-color-border=light-dark(#8c959f, #6e7681)] - Card border.
 * @cssprop [--impact-color-accent=light-dark(#0b5cad, #79b8ff)] - Title link colour.
 * @cssprop [--impact-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus outline colour.
 * @cssprop [--impact-font-family=inherit] - Font family.
 * @cssprop [--impact-radius=0.5rem] - Corner radius.
 * @cssprop [--impact-spacing=1rem] - Padding and gaps.
 * @cssprop [--impact-scroll-margin=6rem] - Space kept above and below a focused link or button when the page scrolls to it (room for a sticky header).
 * @cssprop [--impact-image-aspect-ratio=3 / 2] - Photo aspect ratio.
 */
export class ImpactStoryCardElement extends ReactiveElement {
  static override styles = cardStyles;

  static override properties: Record<string, PropertyDeclaration> = {
    story: { attribute: false },
    heading: {},
    href: {},
    date: {},
    summary: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    imageCredit: { attribute: 'image-credit' },
    project: {},
    country: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { reflect: true },
    locale: {},
    theme: { reflect: true },
    linkTarget: { attribute: 'link-target' },
    failedImage: { state: true },
  };

  /** The story to show. Takes precedence over the attributes below. */
  story?: Story;

  /** Title, when not given a `story`. */
  heading?: string;
  /** Link to the full story (http, https or relative). */
  href?: string;
  /** Publication date, `YYYY-MM-DD` or RFC 3339. */
  date?: string;
  summary?: string;
  /** Photo URL (http, https or relative). */
  image?: string;
  /** Text alternative for the photo; without it the photo is treated as decorative. */
  imageAlt?: string;
  imageCredit?: string;
  project?: string;
  /** Country, or several separated by commas. */
  country?: string;

  /** Level of the title heading, 1-6. */
  headingLevel = 3;
  layout: StoryLayout = 'list';
  /** Language for the date, e.g. `fr`; defaults to the nearest `lang`. */
  locale?: string;
  theme?: Theme;
  /** Where the link opens: `_self` (default), `_blank`, `_parent` or `_top` (for iframes). */
  linkTarget?: LinkTarget;

  private failedImage?: string;

  private readonly internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    reflectPageColorScheme(this, this.internals.states);
  }

  /** Moves focus to the card's link. */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('a')?.focus(options);
  }

  private storyFromAttributes(): Story | undefined {
    const title = this.heading?.trim();
    if (!title) return undefined;
    return {
      id: this.href ?? title,
      url: this.href ?? '',
      title,
      summary: this.summary?.trim() ?? '',
      published: parseStoryDate(this.date),
      image: this.image,
      imageAlt: this.imageAlt?.trim() ?? '',
      imageCredit: this.imageCredit?.trim() ?? '',
      tags: [],
      language: this.lang || undefined,
      project: this.project?.trim() ?? '',
      countries: splitNames(this.country),
    };
  }

  protected override willUpdate(changed: ChangedProperties): void {
    if (changed.has('story') || changed.has('image')) this.failedImage = undefined;
  }

  private onLinkClick(event: MouseEvent, story: Story, url: string): void {
    const open = new CustomEvent<StoryOpenDetail>('impact-story-open', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { story, url },
    });
    const plainClick = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!this.dispatchEvent(open) && plainClick) event.preventDefault();
  }

  protected override render() {
    const story = this.story ?? this.storyFromAttributes();
    if (!story) return nothing;
    const layout = this.layout === 'compact' || this.layout === 'grid' ? this.layout : 'list';
    const url = safeHttpUrl(story.url);
    const image = layout === 'compact' ? undefined : safeHttpUrl(story.image);
    const showImage = image !== undefined && image !== this.failedImage;
    const locale = this.locale || inheritedLocale(this);
    const text = messagesFor(locale);
    const label = (words: string) => html`<span class="visually-hidden" lang=${locale}>${words} </span>`;
    const target = oneOf(this.linkTarget, linkTargets, '_self');
    const link = url
      ? html`<a
          part="link"
          href=${url}
          target=${ifDefined(target === '_self' ? undefined : target)}
          rel=${ifDefined(target === '_blank' ? 'noopener' : undefined)}
          @click=${(event: MouseEvent) => this.onLinkClick(event, story, url)}>${story.title}</a>`
      : story.title;

    return html`
      <article
        part="card"
        class="card ${layout} ${showImage ? 'has-image' : ''}"
        lang=${ifDefined(story.language)}
        dir=${ifDefined(story.language && directionOf(story.language))}
      >
        ${heading(clampHeadingLevel(this.headingLevel, 3), 'title', link)}
        ${story.published
          ? html`<p class="date" lang=${locale}><time part="date" datetime=${story.published.iso}>${formatStoryDate(story.published, locale)}</time></p>`
          : nothing}
        ${layout !== 'compact' && story.summary ? html`<p part="summary" class="summary">${story.summary}</p>` : nothing}
        ${story.project || story.countries.length
          ? html`<p part="meta" class="meta">
              ${story.project ? html`<span>${label(text.project)}${story.project}</span>` : nothing}
              ${story.countries.length
                ? html`<span>${label(text.countries(story.countries.length))}${story.countries.join(', ')}</span>`
                : nothing}
            </p>`
          : nothing}
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
                @error=${() => (this.failedImage = image)}
              />
              ${story.imageCredit
                ? html`<figcaption part="credit" class="credit">${label(text.photo)}${story.imageCredit}</figcaption>`
                : nothing}
            </figure>`
          : nothing}
      </article>
    `;
  }
}
