import { parseStoryDate } from '../../feed/parse-date.js';
import type { Story } from '../../feed/story.js';
import { inheritedLocale } from '../../format/locale.js';
import { clampHeadingLevel } from '../heading.js';
import { focusedIndex, restoreFocus } from '../keep-focus.js';
import { reflectPageColorScheme } from '../page-color-scheme.js';
import { ReactiveElement, type ChangedProperties, type PropertyDeclaration } from '../reactive-element.js';
import { linkTargetOf, storyCard, type LinkTarget, type StoryLayout } from '../story-card.js';
import { loadMessages, messagesFor } from '../../format/messages/index.js';
import { cardStyles } from './impact-story-card.styles.js';

export type { LinkTarget, StoryLayout, StoryOpenDetail } from '../story-card.js';
export type Theme = 'light' | 'dark' | 'auto';


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

  /** A photo that failed to load: the card built again leaves it out. */
  #failedImage?: string;

  readonly #internals = this.attachInternals();
  /** `locale`, else the nearest `lang`: read once per update. */
  #locale = 'en';
  #focusedLink = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    reflectPageColorScheme(this, this.#internals.states);
  }

  /** Moves focus to the card's link. */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('a')?.focus(options);
  }

  #storyFromAttributes(): Story | undefined {
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
    this.#focusedLink = focusedIndex(this.renderRoot, 'a');
    if (changed.has('story') || changed.has('image')) this.#failedImage = undefined;
    // The card's own sentences are labels for screen readers: it shows at once and relabels itself
    // when the sentences for its language arrive.
    this.#locale = this.locale?.trim() || inheritedLocale(this);
    const messagesLoading = loadMessages(this.#locale);
    if (messagesLoading) this.updateAfter(messagesLoading);
  }

  protected override updated(): void {
    // The card is built anew at each update: focus on its link stays there.
    restoreFocus(this.renderRoot, 'a', this.#focusedLink);
  }

  protected override render(): Node[] {
    const story = this.story ?? this.#storyFromAttributes();
    if (!story) return [];
    const locale = this.#locale;
    return [
      storyCard(story, {
        headingLevel: clampHeadingLevel(this.headingLevel, 3),
        layout: this.layout === 'compact' || this.layout === 'grid' ? this.layout : 'list',
        locale,
        text: messagesFor(locale),
        linkTarget: linkTargetOf(this.linkTarget),
        imageFailed: (image) => image === this.#failedImage,
        onImageError: (image) => (this.#failedImage = image),
        host: this,
      }),
    ];
  }
}
