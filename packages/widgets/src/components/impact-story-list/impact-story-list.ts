import { isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedController, feedSource, type FeedSource, type FeedState } from '../../controllers/feed-controller.js';
import { FocusController } from '../../controllers/focus-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { canRetry } from 'impact-stories-core/feed/feed-error';
import type { Story } from 'impact-stories-core/feed/story';
import { groupStories, selectPage, type GroupBy, type StoryFilters, type StoryPage } from '../../select/select-stories.js';
import { checkedChoice, checkedCount, positiveInteger } from 'impact-stories-core/attributes/attribute-values';
import type { Theme } from '../impact-story-card/impact-story-card.js';
import { reflectPageStyle } from '../page-style.js';
import { toggleState } from '../custom-states.js';
import { clampHeadingLevel } from '../story-card/heading.js';
import { linkTargetOf, type LinkTarget, type StoryCardOptions, type StoryLayout } from '../story-card/story-card.js';
import { listStyles } from './impact-story-list.styles.js';
import {
  errorActions,
  listFrame,
  loadMoreButton,
  mediaContactLine,
  placeholder,
  prepareDates,
  storyLists,
  type ListStatus,
} from './list-view.js';
import { announceError, announceLoad } from './list-events.js';
import { statusMessage } from './status-message.js';

export type { StoriesErrorDetail, StoriesLoadDetail } from './list-events.js';
export type { ListStatus } from './list-view.js';

/** Stories per page when `page-size` is not given, so a large archive never renders all at once. */
export const DEFAULT_PAGE_SIZE = 50;

const layouts: readonly StoryLayout[] = ['list', 'grid', 'compact'];
const groupings: readonly GroupBy[] = ['none', 'year', 'month'];
const themes: readonly Theme[] = ['light', 'dark', 'auto'];
const tagName = 'impact-story-list';
const cardLinks = '.card [part="link"]';
/** The JSON of a child `<script type="application/feed+json">`, which a prerendered list carries. */
function inlineFeed(list: HTMLElement): unknown {
  const script = isServer ? null : list.querySelector(':scope > script[type="application/feed+json"]');
  try {
    return script ? JSON.parse(script.textContent ?? '') : undefined;
  } catch {
    return undefined;
  }
}

/** Changing these starts again from the first page; changing any of them, or `pages`, selects the stories again. */
const pagingProperties = ['src', 'project', 'country', 'tag', 'year', 'limit', 'pageSize'] as const;

/**
 * Fetches a feed of impact stories (JSON Feed, RSS or Atom) and shows them as cards, newest first.
 *
 * Children of the element are its fallback: shown before the script runs and when the feed fails.
 *
 * @tagname impact-story-list
 * @slot - Fallback content, e.g. a link to the stories page. Shown in the error state.
 * @fires {CustomEvent<StoriesLoadDetail>} impact-stories-load - The shown stories changed: the feed arrived, a filter changed, or more were loaded.
 * @fires {CustomEvent<StoriesErrorDetail>} impact-stories-error - The feed could not be loaded.
 * @csspart byline - The line with a story's authors.
 * @csspart status - The live region holding loading, empty and error messages.
 * @csspart list - Each `<ul>` of cards.
 * @csspart group-heading - The year or month heading of a group.
 * @csspart load-more - The "Load more" button.
 * @csspart retry - The "Retry" button of the error state.
 * @csspart media-contact - The media contact line below the stories.
 * @csspart no-photo - The tinted panel, with the project's name, in place of a missing photo.
 * @cssprop [--impact-card-min-width=17rem] - Narrowest card in the grid layout.
 * @cssprop [--impact-summary-lines=4] - Lines of summary shown in the list and grid layouts; the whole text stays in the card for screen readers.
 * @cssprop [--impact-title-size=1.1875em] - Size of story titles (compact cards use 1em).
 * @cssprop [--impact-color-tint=12% accent on the card background] - Background of photo placeholders and project chips.
 * @cssprop [--impact-color-surface=light-dark(#f6f8fa, #0d1117)] - Background of the list when `theme` is set.
 * @cssprop [--impact-color-text=light-dark(#1b1f24, #e6edf3)] - Text colour (without `theme`, headings and messages use the page's colour).
 * @cssprop [--impact-color-muted=light-dark(#57606a, #9ea8b3)] - Colour of dates and meta lines.
 * @cssprop [--impact-color-background=light-dark(#ffffff, #161b22)] - Card and message background.
 * @cssprop [--impact-color-border=light-dark(#d0d7de, #3d444d)] - Borders of cards and messages.
 * @cssprop [--impact-color-accent=light-dark(#0b5cad, #79b8ff)] - Links and buttons.
 * @cssprop [--impact-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus outline.
 * @cssprop [--impact-font-family=inherit] - Font family: the page's font, or the system's sans-serif on a page that sets none.
 * @cssprop [--impact-radius=0.75rem] - Corner radius.
 * @cssprop [--impact-spacing=1rem] - Padding and gaps.
 * @cssprop [--impact-scroll-margin=6rem] - Space kept above and below a focused link or button when the page scrolls to it (room for a sticky header).
 * @cssprop [--impact-color-danger=light-dark(#b3261e, #ff8a80)] - Accent of the error message.
 * @cssprop [--impact-image-aspect-ratio=3 / 2] - Photo aspect ratio.
 */
export class ImpactStoryListElement extends LitElement {
  static override styles = listStyles;

  // Every attribute-backed property takes what pages and frameworks set: text, numbers, null or undefined.
  /** Feed URL. Without it, the page's default feed (see setDefaultFeed, or `<meta name="impact-stories-feed">`). */
  @property() src?: string | null;
  /** Show only stories of this project. */
  @property() project?: string | null;
  /** Show only stories about this country. */
  @property() country?: string | null;
  /** Show only stories with this tag. */
  @property() tag?: string | null;
  /** Show only stories published in this year. */
  @property() year?: string | number | null;
  /** Most stories to show. */
  @property() limit?: string | number | null;
  /** Stories shown at first and added by each "Load more"; 50 when not given, so large archives stay light. */
  @property({ attribute: 'page-size' }) pageSize?: string | number | null;
  /** `none`, `year` or `month`. */
  @property({ attribute: 'group-by' }) groupBy?: GroupBy | null = 'none';
  /** `list`, `grid` or `compact`. */
  @property({ reflect: true }) layout?: StoryLayout | null = 'list';
  /** Level of the group headings, 1-6; card titles sit one level below (or at this level when not grouped). */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number | null = 2;
  /** Language of dates and month headings, e.g. `fr`. Defaults to the nearest `lang`. */
  @property() locale?: string | null;
  /** `light`, `dark` or `auto`. Without it, light cards on the page's own background. */
  @property({ reflect: true }) theme?: Theme | null;
  /** Where story links open: `_self` (default), `_blank`, `_parent` or `_top` (inside an iframe). */
  @property({ attribute: 'link-target' }) linkTarget?: LinkTarget | null;
  /** Milliseconds to wait for the feed before showing an error. */
  @property() timeout?: string | number | null;
  /**
   * Saves the last good feed on the device and shows it at once on the next visit, while the feed is
   * fetched again in the background (HTTP caching headers decide whether that reaches the network).
   */
  @property({ type: Boolean }) cache = false;
  /** Leaves out the feed's media contact line: put it on all but one of the lists of a feed on one page. */
  @property({ type: Boolean, attribute: 'hide-media-contact' }) hideMediaContact = false;
  /**
   * Reads the feed, and its archive's next pages, instead of `window.fetch`, e.g. to add headers. Set it
   * before the list is connected; a list with its own fetcher does not share its requests with other lists.
   */
  @property({ attribute: false }) fetcher?: typeof fetch;

  /**
   * A JSON Feed to show at once, before `src` answers: what a prerendered list carries (renderStoryList()). The
   * list still reads `src`, in the background, and shows that when it arrives. In the page it is also read
   * from a child `<script type="application/feed+json">`.
   */
  @property({ attribute: false }) initialFeed?: unknown;

  /** Pages of stories shown: Load more adds one. */
  @state() private pages = 1;

  readonly #feed = new FeedController(this);
  readonly #locale = new LocaleController(this, { waitForText: true });
  /** Cards built again (in another heading level, say) and the media contact link keep focus. */
  readonly #focus = new FocusController(this, `${cardLinks}, .media-contact a`);
  readonly #internals = this.attachInternals();
  /** Photos that failed to load: their cards leave them out. */
  readonly #failedImages = new Set<string>();
  /** The space the page reserved for the list before the script ran, kept while it loads. */
  readonly #reservedHeight = this.isConnected ? this.getBoundingClientRect().height : 0;
  #status: ListStatus = 'loading';
  /** True when the list came with its stories (a prerendered page), which it shows before its language's sentences arrive. */
  #prerendered = false;
  #waiting = () => this.#locale.waiting && !this.#prerendered;
  /** True once a task has ended since the list had no feed: it then reports that it has none. */
  #late?: boolean;
  /** Pages of the archive read to fill the first page of stories (see #fillFirstPage). */
  #pagesRead = 0;
  /** Grid cards without a photo show a placeholder in its place. */
  #mediaArea = false;
  #page?: StoryPage;
  /** What the stories were last selected from, so a new feed (or its next page) selects again. */
  #selectedFrom?: object;
  #loadEventDue = false;
  /** How many stories the last Load more added, to announce; 0 for none. */
  #moreLoaded = 0;

  /** The stories currently shown. */
  get stories(): Story[] {
    return this.#page?.shown ?? [];
  }

  /** `loading`, `loaded`, `empty` or `error`. Also exposed to CSS as `:state(loading)` and so on. */
  get state(): ListStatus {
    return this.#status;
  }

  /**
   * A list prerendered in a declarative shadow root that Lit's hydration support does not take over (the page loads
   * the ordinary script-tag file, or its bundler ran the hydration support after Lit) would render its cards before
   * the prerendered ones: a second copy. Its root is emptied instead, and the first update, in the same task, renders
   * the same cards again from the feed they came with, before the browser paints.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // LitElement's own createRenderRoot renders before the first node of a root that has some (a declarative one:
    // with constructable style sheets, which the widgets need, a new root is empty); the hydration support's patch
    // of it (@lit-labs/ssr-client, which then hydrates the root) leaves renderBefore unset.
    if (this.renderOptions.renderBefore) {
      root.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  override connectedCallback(): void {
    reflectPageStyle(this, this.#internals);
    super.connectedCallback();
  }

  /** Resolves once the list shows its latest properties, in its language (whose sentences may be a file away). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#locale.settled();
    return super.getUpdateComplete();
  }

  #feedSource(): FeedSource {
    return feedSource(this.src, { fetcher: this.fetcher, cache: this.cache, timeout: positiveInteger(this.timeout) });
  }

  #filters(): StoryFilters {
    return { project: this.project, country: this.country, tag: this.tag, year: this.year };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = this.#feedSource();
    const filters = this.#filters();
    if (!this.hasUpdated) this.#prerendered = this.#feed.prefill(source, filters, this.initialFeed ?? inlineFeed(this));
    // Frameworks give `src` as a property after connecting the list, some microtasks later (React): a list without a
    // feed waits for the task to end before saying so, rather than reporting `no-feed` on every load.
    if (source.url || this.#late) this.#feed.load(source, filters);
    else setTimeout(() => ((this.#late = true), this.requestUpdate()));
    const pagingReset = pagingProperties.some((name) => changed.has(name));
    const loadedMore = (changed as Map<PropertyKey, unknown>).has('pages') && !pagingReset;
    if (pagingReset) [this.pages, this.#pagesRead] = [1, 0];
    if (this.#feed.shown !== this.#selectedFrom || pagingReset || loadedMore) this.#select(loadedMore, pagingReset);
  }

  /** Selects the stories to show from the feed: filtered, newest first, as many pages as shown. */
  #select(loadedMore: boolean, pagingReset: boolean): void {
    const head = this.#feed.head;
    const before = this.#page;
    const shownBefore = before?.shown.length ?? 0;
    this.#page =
      head &&
      selectPage((count) => this.#feed.matching(this.#filters(), count), {
        limit: checkedCount(tagName, 'limit', this.limit),
        pageSize: checkedCount(tagName, 'page-size', this.pageSize) ?? DEFAULT_PAGE_SIZE,
        pages: this.pages,
        nextUrl: head.nextUrl,
      });
    // A refreshed feed (after a prerendered or saved copy) still being read keeps the stories on screen meanwhile.
    if (!this.#page && before && !loadedMore && !pagingReset && this.#feed.shown) this.#page = before;
    this.#selectedFrom = this.#feed.shown;
    // Once a shown story has a photo, grid cards keep a photo area, so cards that Load more adds move nothing.
    this.#mediaArea = (loadedMore && this.#mediaArea) || !!this.#page?.shown.some((story) => story.image);
    // The page hears about the stories once the whole feed is read.
    this.#loadEventDue = !!this.#feed.feed;
    const added = (this.#page?.shown.length ?? 0) - shownBefore;
    this.#moreLoaded = loadedMore && added > 0 ? added : 0;
  }

  /** The state shown, once the controllers have read this update's properties (after willUpdate). */
  #currentStatus(): ListStatus {
    if (this.#waiting()) return 'loading';
    if (this.#feed.state.status === 'error') return 'error';
    if (!this.#page) return 'loading';
    return this.#page.shown.length || this.#page.hasMore ? 'loaded' : 'empty';
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#status = this.#currentStatus();
    super.update(changed);
  }

  protected override render(): TemplateResult {
    // A server render (@lit-labs/ssr) calls willUpdate and render, not update (nor the controllers' hostUpdate).
    if (isServer) {
      this.#locale.hostUpdate();
      this.#status = this.#currentStatus();
    }
    const status = this.#status;
    const state = this.#feed.state;
    const { locale, chosen, text } = this.#locale;
    const waiting = this.#waiting();
    // Why the feed cannot be shown, or (while the stories stay) why the archive's next page could not be read.
    const error = state.status === 'error' ? state.error : state.status === 'loaded' ? state.moreError : undefined;
    checkedChoice(tagName, 'theme', this.theme, themes, 'light');
    const layout = checkedChoice(tagName, 'layout', this.layout, layouts, 'list');
    const message = waiting
      ? nothing
      : statusMessage({
          status,
          text,
          locale,
          error,
          filters: this.#filters() as Record<keyof StoryFilters, unknown>,
          moreLoaded: this.#moreLoaded,
        });
    // Why the archive's next page could not be read is seen as well as heard, while the stories stay.
    return listFrame(status === 'loaded' && error ? 'error' : status, chosen, layout, message, this.#body(status, layout, state));
  }

  /** How this update's cards are built; `level` is the list's heading level. */
  #cardOptions(layout: StoryLayout, level: number, grouped: boolean): StoryCardOptions {
    return {
      // Card titles sit one level below group headings, or at the list's level when not grouped.
      headingLevel: grouped ? Math.min(6, level + 1) : level,
      layout,
      locale: this.#locale.locale,
      text: this.#locale.text,
      linkTarget: linkTargetOf(this.linkTarget),
      imageFailed: (image) => this.#failedImages.has(image),
      onImageError: (image) => {
        this.#failedImages.add(image);
        this.requestUpdate();
      },
      mediaArea: this.#mediaArea,
      host: this,
    };
  }

  #body(status: ListStatus, layout: StoryLayout, state: FeedState): unknown {
    const grouping = checkedChoice(tagName, 'group-by', this.groupBy, groupings, 'none');
    const text = this.#locale.text;
    switch (status) {
      case 'loading': {
        const expected = Math.min(positiveInteger(this.limit) ?? 9, positiveInteger(this.pageSize) ?? 9);
        return placeholder(layout, Math.min(3, expected), expected, grouping !== 'none', this.#locale.waiting ? '' : text.loading);
      }
      case 'error':
        return errorActions(text, state.status === 'error' && canRetry(state.error) ? () => this.#retry() : undefined);
      case 'empty':
        return nothing;
    }
    const page = this.#page!;
    const groups = grouping === 'none' ? undefined : groupStories(page.shown, grouping, this.#locale.locale);
    const level = clampHeadingLevel(this.headingLevel, 2);
    return [
      storyLists(groups, page.shown, level, this.#cardOptions(layout, level, !!groups)),
      page.hasMore ? loadMoreButton(text, state.status === 'loading-more', () => this.#loadMore()) : nothing,
      this.hideMediaContact ? nothing : mediaContactLine(this.#feed.head, text),
    ];
  }

  protected override updated(): void {
    const status = this.#status;
    this.#internals.ariaBusy = String(status === 'loading');
    for (const name of ['loading', 'loaded', 'empty', 'error'] as const) toggleState(this.#internals, name, name === status);
    const root = this.renderRoot.querySelector<HTMLElement>('.root')!;
    root.style.minBlockSize = status === 'loading' && this.#reservedHeight ? `${this.#reservedHeight}px` : '';
    if (status === 'loading') prepareDates(this.#locale.locale);
    // Events wait until the list shows the stories in the reader's language.
    if (this.#locale.waiting) return;
    const feed = this.#feed.feed;
    if (this.#loadEventDue && feed && this.#page) {
      this.#loadEventDue = false;
      announceLoad(this, this.#page, feed);
    }
    const failure = this.#feed.takeFailure();
    if (failure) announceError(this, failure);
    this.#fillFirstPage();
  }

  /**
   * An archive split in pages (`next_url`) whose first page holds fewer stories than the list shows: the next
   * pages are read, up to four, until the list's first page is full.
   */
  #fillFirstPage(): void {
    const page = this.#page;
    const feed = this.#feed.feed;
    const state = this.#feed.state;
    const busyOrFailed = state.status === 'loading-more' || 'moreError' in state;
    if (!page || !feed?.nextUrl || this.pages > 1 || busyOrFailed || this.#pagesRead >= 4) return;
    const wanted = Math.min(positiveInteger(this.limit) ?? Infinity, positiveInteger(this.pageSize) ?? DEFAULT_PAGE_SIZE);
    if (page.shown.length >= wanted || page.shown.length < page.total) return;
    this.#pagesRead++;
    this.#feed.loadNextPage().then((appended) => appended && this.requestUpdate());
  }

  async #loadMore(): Promise<void> {
    // The first page can be on screen before the rest of the feed is read: read it now.
    const feed = this.#feed.readAll();
    const page = this.#page;
    if (!feed || !page) return;
    // The archive's next page, when the stories read so far are all shown; none while it is on its way.
    if (page.shown.length >= page.total && feed.nextUrl && !(await this.#feed.loadNextPage())) return;
    // Focus moves to the first new story; to Load more, or the last story, when the archive's next page added none.
    const links = () => this.#cardLinks();
    this.#focus.moveAfterUpdate(() => links()[page.shown.length] ?? this.#part('load-more') ?? links()[page.shown.length - 1]);
    this.pages++;
  }

  #retry(): void {
    // Focus stays inside the list while it loads again, rather than on the button about to go, then moves to the result.
    this.#part('status')?.focus();
    const showsResult = () => this.#status !== 'loading';
    this.#focus.moveAfterUpdate(() => this.#cardLinks()[0] ?? this.#part('retry') ?? this.#part('status'), showsResult);
    this.#feed.retry();
  }

  #part(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part="${name}"]`);
  }

  #cardLinks(): NodeListOf<HTMLElement> {
    return this.renderRoot.querySelectorAll<HTMLElement>(cardLinks);
  }
}
