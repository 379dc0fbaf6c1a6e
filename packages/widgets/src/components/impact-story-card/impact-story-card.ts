import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FocusController } from '../../controllers/focus-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { names } from 'impact-stories-core/feed/normalise-feed';
import { parseStoryDate } from 'impact-stories-core/feed/parse-date';
import type { Story } from 'impact-stories-core/feed/story';
import { oneOf, textOf } from 'impact-stories-core/attributes/attribute-values';
import { reflectPageStyle } from '../page-style.js';
import { clampHeadingLevel } from '../story-card/heading.js';
import { linkTargetOf, storyCard, type LinkTarget, type StoryLayout } from '../story-card/story-card.js';
import { cardStyles } from './impact-story-card.styles.js';
import { warnLater } from 'impact-stories-core/warn-later';

export type { LinkTarget, StoryLayout, StoryOpenDetail } from '../story-card/story-card.js';
export type Theme = 'light' | 'dark' | 'auto';

const layouts: readonly StoryLayout[] = ['list', 'grid', 'compact'];

/**
 * The `story` property as a page's script set it, made safe to show: countries missing or given as text, and a
 * date given as text (or not a date at all), would otherwise throw while the card renders.
 */
function storyOf(story: Story): Story {
  const published = story.published as unknown as { iso?: unknown } | string | undefined;
  return {
    ...story,
    countries: names(story.countries),
    authors: names(story.authors),
    language: textOf(story.language) || undefined,
    published: parseStoryDate(typeof published === 'object' ? published?.iso : published),
  };
}

/** The `story` attribute, which frameworks write when the element is not defined yet. */
const storyAttribute = {
  fromAttribute(value: string | null): Story | null {
    if (!value) return null;
    try {
      const story: unknown = JSON.parse(value);
      if (story && typeof story === 'object') return story as Story;
    } catch {
      // Not JSON, such as "[object Object]": said in the console below.
    }
    const expected =
      'JSON of a story. Set the story as a property (card.story = story), or load the script before the framework renders the card';
    warnLater((warnings) => warnings.warnIgnoredAttribute('impact-story-card', 'story', value, expected));
    return null;
  },
};

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
 * @csspart byline - The line with the story's authors.
 * @csspart image - The photo.
 * @csspart credit - The photo credit, on the photo's lower corner.
 * @csspart no-photo - The tinted panel, with the project's name, in place of a photo that failed to load.
 * @cssprop [--impact-color-text=light-dark(#1b1f24, #e6edf3)] - Text colour.
 * @cssprop [--impact-color-muted=light-dark(#57606a, #9ea8b3)] - Colour of the date and meta line.
 * @cssprop [--impact-color-background=light-dark(#ffffff, #161b22)] - Card background.
 * @cssprop [--impact-color-border=light-dark(#d0d7de, #3d444d)] - Card border.
 * @cssprop [--impact-color-tint=12% accent on the card background] - Background of the project chip and photo placeholder.
 * @cssprop [--impact-color-accent=light-dark(#0b5cad, #79b8ff)] - Title link colour.
 * @cssprop [--impact-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus outline colour.
 * @cssprop [--impact-font-family=inherit] - Font family: the page's font, or the system's sans-serif on a page that sets none.
 * @cssprop [--impact-radius=0.75rem] - Corner radius.
 * @cssprop [--impact-summary-lines=4] - Lines of summary shown in the list and grid layouts.
 * @cssprop [--impact-title-size=1.1875em] - Size of the title.
 * @cssprop [--impact-spacing=1rem] - Padding and gaps.
 * @cssprop [--impact-scroll-margin=6rem] - Space kept above and below a focused link or button when the page scrolls to it (room for a sticky header).
 * @cssprop [--impact-image-aspect-ratio=3 / 2] - Photo aspect ratio.
 */
export class ImpactStoryCardElement extends LitElement {
  static override styles = cardStyles;

  /**
   * The story to show. Takes precedence over the attributes below. As an attribute (what frameworks write before
   * the element is defined) it is read as JSON; anything else is one console warning saying how to set it.
   */
  @property({ converter: storyAttribute }) story?: Story | null;
  // Every attribute-backed property takes what pages and frameworks set: text, numbers, null or undefined.
  /** Title, when not given a `story`. */
  @property() heading?: string | null;
  /** Link to the full story (http, https or relative). */
  @property() href?: string | null;
  /** Publication date, `YYYY-MM-DD` or RFC 3339. */
  @property() date?: string | null;
  @property() summary?: string | null;
  /** Photo URL (http, https or relative). */
  @property() image?: string | null;
  /** Text alternative for the photo; without it the photo is treated as decorative. */
  @property({ attribute: 'image-alt' }) imageAlt?: string | null;
  @property({ attribute: 'image-credit' }) imageCredit?: string | null;
  @property() project?: string | null;
  /** Country, or several separated by commas. */
  @property() country?: string | null;
  /** Level of the title heading, 1-6. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number | null = 3;
  /** `list`, `grid` or `compact`. */
  @property({ reflect: true }) layout?: StoryLayout | null = 'list';
  /** Language for the date, e.g. `fr`; defaults to the nearest `lang`. */
  @property() locale?: string | null;
  @property({ reflect: true }) theme?: Theme | null;
  /** Where the link opens: `_self` (default), `_blank`, `_parent` or `_top` (for iframes). */
  @property({ attribute: 'link-target' }) linkTarget?: LinkTarget | null;

  // The card's own sentences are labels for screen readers: it shows at once and relabels itself when the
  // sentences for its language arrive.
  readonly #locale = new LocaleController(this, { waitForText: false });
  readonly #internals = this.attachInternals();
  /** A photo that failed to load: the card leaves it out. */
  #failedImage?: string;

  constructor() {
    super();
    // A link built again (at another heading level, say) keeps focus.
    new FocusController(this, 'a');
  }

  override connectedCallback(): void {
    reflectPageStyle(this, this.#internals);
    super.connectedCallback();
  }

  /** Moves focus to the card's link. */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('a')?.focus(options);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#locale.settled();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('story') || changed.has('image')) this.#failedImage = undefined;
  }

  #storyFromAttributes(): Story | undefined {
    const title = textOf(this.heading);
    if (!title) return undefined;
    const href = textOf(this.href);
    const image = textOf(this.image);
    return {
      id: href || title,
      url: href,
      title,
      summary: textOf(this.summary),
      published: parseStoryDate(textOf(this.date)),
      image: image || undefined,
      imageAlt: textOf(this.imageAlt),
      imageCredit: textOf(this.imageCredit),
      tags: [],
      authors: [],
      language: this.lang || undefined,
      project: textOf(this.project),
      countries: names(this.country),
    };
  }

  protected override render(): TemplateResult | typeof nothing {
    const story = this.story ? storyOf(this.story) : this.#storyFromAttributes();
    if (!story) return nothing;
    return storyCard(story, {
      headingLevel: clampHeadingLevel(this.headingLevel, 3),
      layout: oneOf(this.layout, layouts, 'list'),
      locale: this.#locale.locale,
      text: this.#locale.text,
      linkTarget: linkTargetOf(this.linkTarget),
      imageFailed: (image) => image === this.#failedImage,
      onImageError: (image) => {
        this.#failedImage = image;
        this.requestUpdate();
      },
      mediaArea: !!story.image,
      host: this,
    });
  }
}
