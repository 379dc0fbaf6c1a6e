import { defaultFeed } from '../../feed/default-feed.js';
import { FeedError, type FeedErrorKind } from '../../feed/feed-error.js';
import { safeHttpUrl, safeMailtoUrl } from '../../feed/safe-url.js';
import { appendFeedPage } from '../../feed/feed-pages.js';
import type { FeedDocument } from '../../feed/normalise-feed.js';
import { fetchFeedDocument } from '../../feed/fetch-feed.js';
import { requestFeed } from '../../feed/shared-feed-requests.js';
import type { Feed, FeedHead, Story } from '../../feed/story.js';
import { formatStoryDate } from '../../format/format-date.js';
import { inheritedLocale, supportedLocale } from '../../format/locale.js';
import { directionOf, isolate, loadMessages, messagesFor, type Messages } from '../../format/messages/index.js';
import {
  filterStories,
  groupStories,
  matchesFilters,
  pageStories,
  sortNewestFirst,
  type GroupBy,
  type PageOptions,
  type StoryFilters,
  type StoryPage,
} from '../../select/select-stories.js';
import { afterNextPaint } from '../after-next-paint.js';
import { element, setAttributes, setContent } from '../element.js';
import { placeChildren } from '../place-children.js';
import { oneOf, positiveInteger } from '../attribute-values.js';
import { warnLater } from '../../warn-later.js';
import { clampHeadingLevel, heading } from '../heading.js';
import { focusedIndex, restoreFocus } from '../keep-focus.js';
import { ReactiveElement, type ChangedProperties, type PropertyDeclaration } from '../reactive-element.js';
import { reflectPageColorScheme } from '../page-color-scheme.js';
import type { Theme } from '../impact-story-card/impact-story-card.js';
import { linkTargetOf, storyCard, type LinkTarget, type StoryCardOptions, type StoryLayout } from '../story-card.js';
import { listStyles } from './impact-story-list.styles.js';

export type ListStatus = 'loading' | 'loaded' | 'empty' | 'error';

/** Detail of `impact-stories-load`. */
export interface StoriesLoadDetail {
  /** The stories now shown, in order. */
  stories: Story[];
  /** How many stories match the filters (Load more can reach up to `limit` of them). */
  total: number;
  /** How many feed items were skipped because they cannot be shown. */
  skipped: number;
  /** The whole normalised feed. */
  feed: Feed;
}

/** Detail of `impact-stories-error`. */
export interface StoriesErrorDetail {
  kind: FeedErrorKind;
  /** What went wrong, in words for page authors. */
  message: string;
  url: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
}

const layouts: readonly StoryLayout[] = ['list', 'grid', 'compact'];
const groupings: readonly GroupBy[] = ['none', 'year', 'month'];
const themes: readonly Theme[] = ['light', 'dark', 'auto'];
const placeholderCount = 3;
const cardLinks = '.card [part="link"]';
/** Links an update may build again: focus on one of them is put back on its new copy. */
const rebuiltLinks = `${cardLinks}, .media-contact a`;

const filterProperties = ['project', 'country', 'tag', 'year'] as const;
const resetPagingProperties = [...filterProperties, 'limit', 'pageSize'];
const selectionProperties = [...resetPagingProperties, 'pages', 'feed'];
/** Stories per page when `page-size` is not given, so a large archive never renders all at once. */
export const DEFAULT_PAGE_SIZE = 50;

let datesPrepared = false;

/** A list of cards, kept from one update to the next, and the group (heading and list) it shows in, if any. */
interface ShownList {
  list: HTMLUListElement;
  group?: HTMLDivElement;
}

/** The options every card of one update is built with, and the key of what they show. */
interface CardBuilding {
  options: StoryCardOptions;
  built: string;
}

let deviceCacheFile: Promise<typeof import('../../feed/feed-cache.js')> | undefined;

/**
 * Fetches a JSON Feed of impact stories and shows them as cards, newest first.
 *
 * Children of the element are its fallback: shown before the script runs and when the feed fails.
 *
 * @tagname impact-story-list
 * @slot - Fallback content, e.g. a link to the stories page. Shown in the error state.
 * @fires {CustomEvent<StoriesLoadDetail>} impact-stories-load - The shown stories changed: the feed arrived, a filter changed, or more were loaded.
 * @fires {CustomEvent<StoriesErrorDetail>} impact-stories-error - The feed could not be loaded.
 * @csspart status - The live region holding loading, empty and error messages.
 * @csspart list - Each `<ul>` of cards.
 * @csspart group-heading - The year or month heading of a group.
 * @csspart load-more - The "Load more" button.
 * @csspart retry - The "Retry" button of the error state.
 * @csspart media-contact - The media contact line below the stories.
 * @cssprop [--impact-card-min-width=17rem] - Narrowest card in the grid layout.
 * @cssprop [--impact-color-surface=light-dark(#f6f8fa, #0d1117)] - Background of the list when `theme` is set, and of image placeholders.
 * @cssprop [--impact-color-text=light-dark(#1b1f24, #e6edf3)] - Text colour (without `theme`, headings and messages use the page's colour).
 * @cssprop [--impact-color-muted=light-dark(#57606a, #9ea8b3)] - Colour of dates, meta lines and credits.
 * @cssprop [--impact-color-background=light-dark(#ffffff, #161b22)] - Card and message background.
 * @cssprop [--impact-color-border=light-dark(#8c959f, #6e7681)] - Card borders.
 * @cssprop [--impact-color-accent=light-dark(#0b5cad, #79b8ff)] - Links and buttons.
 * @cssprop [--impact-color-focus=light-dark(#0b5cad, #79b8ff)] - Focus outline.
 * @cssprop [--impact-font-family=inherit] - Font family; the page's font by default.
 * @cssprop [--impact-radius=0.5rem] - Corner radius.
 * @cssprop [--impact-spacing=1rem] - Padding and gaps.
 * @cssprop [--impact-scroll-margin=6rem] - Space kept above and below a focused link or button when the page scrolls to it (room for a sticky header).
 * @cssprop [--impact-color-danger=light-dark(#b3261e, #ff8a80)] - Accent of the error message.
 * @cssprop [--impact-image-aspect-ratio=3 / 2] - Photo aspect ratio.
 */
export class ImpactStoryListElement extends ReactiveElement {
  static override styles = listStyles;

  static override properties: Record<string, PropertyDeclaration> = {
    src: {},
    project: {},
    country: {},
    tag: {},
    year: {},
    limit: {},
    pageSize: { attribute: 'page-size' },
    groupBy: { attribute: 'group-by' },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    locale: {},
    theme: { reflect: true },
    linkTarget: { attribute: 'link-target' },
    timeout: {},
    fetcher: { attribute: false },
    cache: { type: Boolean },
    status: { state: true },
    feed: { state: true },
    error: { state: true },
    pages: { state: true },
    moreLoaded: { state: true },
    loadingMore: { state: true },
    moreError: { state: true },
  };

  /** Feed URL. Without it, the page's default feed (see setDefaultFeed, or `<meta name="impact-stories-feed">`). */
  src?: string;
  /** Show only stories of this project. */
  project?: string;
  /** Show only stories about this country. */
  country?: string;
  /** Show only stories with this tag. */
  tag?: string;
  /** Show only stories published in this year. */
  year?: string;
  /** Most stories to show. */
  limit?: string;
  /** Stories shown at first and added by each "Load more"; 50 when not given, so large archives stay light. */
  pageSize?: string;
  /** `none`, `year` or `month`. */
  groupBy: GroupBy = 'none';
  /** `list`, `grid` or `compact`. */
  layout: StoryLayout = 'list';
  /** Level of the group headings, 1-6; card titles sit one level below (or at this level when not grouped). */
  headingLevel = '2';
  /** Language of dates and month headings, e.g. `fr`. Defaults to the nearest `lang`. */
  locale?: string;
  /** `light`, `dark` or `auto`. Without it, light cards on the page's own background. */
  theme?: Theme;
  /** Where story links open: `_self` (default), `_blank`, `_parent` or `_top` (inside an iframe). */
  linkTarget?: LinkTarget;
  /**
   * Saves the last good feed on the device and shows it at once on the next visit, while the feed is
   * fetched again in the background (HTTP caching headers decide whether that reaches the network).
   */
  cache = false;
  /** Milliseconds to wait for the feed before showing an error. */
  timeout?: string;

  /**
   * Reads the feed instead of `window.fetch`, e.g. to add headers. Set it before the list is connected;
   * a list with its own fetcher does not share its request with other lists.
   */
  fetcher?: typeof fetch;

  private status: ListStatus = 'loading';
  private feed?: Feed;
  private error?: FeedError;
  private pages = 1;
  private loadingMore = false;
  /** Photos that failed to load: cards built again leave them out. */
  readonly #failedImages = new Set<string>();
  /** Each story's card as last built, and what it was built with: an update rebuilds only what changed. */
  readonly #cards = new WeakMap<Story, { built: string; item: HTMLLIElement }>();
  /** Each list of cards shown, by group (`''` when not grouped), with the group's heading around it. */
  readonly #cardLists = new Map<string, ShownList>();
  /** The media contact line as last built, and the text it shows. */
  #mediaContact?: { shown: string; line: HTMLParagraphElement };
  // The list's own parts, built once: each update changes their attributes and children.
  readonly #status = element('div', { part: 'status', role: 'status', tabindex: '-1' });
  readonly #body = element('div', {});
  readonly #root = element('div', { class: 'root' }, this.#status, this.#body);
  readonly #loadMoreButton = element('button', { part: 'load-more', class: 'load-more', type: 'button' });
  readonly #retryButton = element('button', { part: 'retry', class: 'retry', type: 'button' });
  readonly #fallback = element('div', { class: 'fallback' }, element('slot', {}));
  #reservedHeight = 0;
  /** Why the archive's next page could not be read, announced while the shown stories stay. */
  private moreError?: FeedError;
  /** How many stories the last "Load more" added, to announce; 0 for none. */
  private moreLoaded = 0;

  readonly #internals: ElementInternals;
  /** The feed as it arrived; its items are read in full after the first page is painted. */
  #document?: FeedDocument;
  #requestedUrl?: string;
  #generation = 0;
  #controller?: AbortController;
  #page?: StoryPage;
  #loadEventDue = false;
  #errorEventDue = false;
  #focusAfterUpdate?: 'first-new-card' | 'result';
  /** Which card's link had focus when the update began. */
  #focusedLink = -1;
  #firstNewCard = 0;
  readonly #warned = new Set<string>();
  /** The language shown: `locale`, else the nearest `lang` (the previous one while a new one's file loads). */
  #locale = 'en';
  /** The `locale` attribute behind #locale, which the list then marks with its own lang and dir. */
  #chosenLocale?: string;
  /** True while the list waits for its first sentences: it shows its loading state. */
  #messagesWaiting = false;
  /** True once the list has shown sentences in some language. */
  #textShown = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.#loadMoreButton.addEventListener('click', () => this.#loadMoreStories());
    this.#retryButton.addEventListener('click', () => this.#retry());
    // Upgrading markup that was already in the page: keep the space the page reserved for it
    // (impact-story-list:not(:defined) { min-block-size: … }) while loading, so nothing below moves.
    this.#reservedHeight = this.isConnected ? this.getBoundingClientRect().height : 0;
  }

  /** The stories currently shown. */
  get stories(): Story[] {
    return this.#page?.shown ?? [];
  }

  /** `loading`, `loaded`, `empty` or `error`. Also exposed to CSS as `:state(loading)` and so on. */
  get state(): ListStatus {
    return this.#shownStatus;
  }

  /** The feed's own fields (next page, media contact), known before its items are all read. */
  get #feedHead(): FeedHead | undefined {
    return this.feed ?? this.#document?.head;
  }

  get #shownStatus(): ListStatus {
    return this.#messagesWaiting ? 'loading' : this.status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    reflectPageColorScheme(this, this.#internals.states);
    if (this.hasUpdated && this.#requestedUrl === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A list moved elsewhere in the page reconnects at once; only a list that stays out stops loading.
    queueMicrotask(() => {
      if (this.isConnected || this.status !== 'loading') return;
      this.#controller?.abort();
      this.#requestedUrl = undefined;
    });
  }

  #feedAddress(text: Messages = messagesFor('en')): { url?: string; problem?: string } {
    const given = this.src?.trim() || defaultFeed();
    if (!given) return { problem: text.noFeed };
    const url = safeHttpUrl(given);
    return url ? { url } : { problem: text.badFeedUrl(given) };
  }

  #startLoading({ url, problem }: { url?: string; problem?: string }): void {
    this.#controller?.abort();
    const generation = ++this.#generation;
    this.#requestedUrl = url ?? problem ?? '';
    this.feed = undefined;
    this.#document = undefined;
    this.#page = undefined;
    this.pages = 1;
    this.moreLoaded = 0;
    this.moreError = undefined;
    if (!url) {
      this.#fail(new FeedError('no-feed', problem ?? '', this.src ?? ''));
      return;
    }
    this.status = 'loading';
    this.error = undefined;
    const controller = new AbortController();
    this.#controller = controller;
    const options = { signal: controller.signal, timeout: positiveInteger(this.timeout) };
    const current = () => generation === this.#generation;
    // The device cache is a file of its own, read only by lists with the `cache` attribute. Every list waits
    // on the same promise, so reads and writes reach the cache in the order lists asked for them.
    const deviceCache = this.cache ? (deviceCacheFile ??= import('../../feed/feed-cache.js')) : undefined;
    const saved = deviceCache ? deviceCache.then((cache) => cache.readCachedFeed(url), () => undefined) : Promise.resolve(undefined);
    saved.then((feed) => {
      if (feed && current() && !this.feed) this.feed = feed;
    });
    // A list with its own fetcher reads alone; the others share one request per URL.
    const request = this.fetcher ? fetchFeedDocument(url, { ...options, fetch: this.fetcher }) : requestFeed(url, options);
    request.then(
      (document) => {
        if (!current()) return;
        if (!deviceCache) {
          this.#document = document;
          this.requestUpdate('feed');
          return;
        }
        const feed = this.#wholeFeed(document);
        deviceCache.then((cache) => cache.writeCachedFeed(url, feed), () => {});
        // Revalidated: replace the saved copy only when the feed changed.
        if (this.feed && JSON.stringify(this.feed.stories) === JSON.stringify(feed.stories)) return;
        this.feed = feed;
      },
      (error: unknown) => {
        if (!current() || controller.signal.aborted) return;
        const failure = error instanceof FeedError ? error : new FeedError('network', String(error), url);
        saved.then((feed) => {
          if (!current()) return;
          if (!this.feed && !feed) {
            this.#fail(failure);
            return;
          }
          // The saved copy stays on screen; the page still hears that the feed could not be refreshed.
          this.feed ??= feed;
          this.error = failure;
          this.#errorEventDue = true;
        });
      },
    );
  }

  #fail(error: FeedError): void {
    this.error = error;
    this.status = 'error';
    this.#errorEventDue = true;
  }

  #checked<T extends string>(attribute: string, value: unknown, allowed: readonly T[], fallback: T): T {
    const result = oneOf(value, allowed, fallback);
    if (value != null && value !== '' && result !== String(value).trim().toLowerCase()) {
      this.#warnOnce(attribute, value, allowed.join(', '));
    }
    return result;
  }

  #checkedNumber(attribute: string, value: unknown): number | undefined {
    const result = positiveInteger(value);
    if (result === undefined && value != null && value !== '') this.#warnOnce(attribute, value, 'a whole number above 0');
    return result;
  }

  #warnOnce(attribute: string, value: unknown, expected: string): void {
    const key = `${attribute}=${String(value)}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    warnLater((warnings) => warnings.warnIgnoredAttribute(this.localName, attribute, value, expected));
  }

  protected override willUpdate(changed: ChangedProperties): void {
    this.#focusedLink = focusedIndex(this.renderRoot, rebuiltLinks);
    const chosenLocale = this.locale?.trim() || undefined;
    const locale = chosenLocale ?? inheritedLocale(this);
    const messagesLoading = loadMessages(locale);
    if (messagesLoading) this.updateAfter(messagesLoading);
    // A list that already shows its stories keeps its current language until the new one's file arrives.
    this.#messagesWaiting = !!messagesLoading && !this.#textShown;
    if (!messagesLoading || !this.#textShown) {
      this.#locale = locale;
      this.#chosenLocale = chosenLocale;
    }

    const address = this.#feedAddress();
    if ((address.url ?? address.problem) !== this.#requestedUrl) this.#startLoading(address);

    const changedNames = changed as Map<PropertyKey, unknown>;
    const pagingReset = resetPagingProperties.some((name) => changedNames.has(name));
    if (pagingReset) this.pages = 1;
    const source = this.#feedHead;
    if (source && selectionProperties.some((name) => changedNames.has(name))) {
      const shownBefore = this.#page?.shown.length ?? 0;
      const limit = this.#checkedNumber('limit', this.limit);
      const paging = { limit, pageSize: this.#checkedNumber('page-size', this.pageSize) ?? DEFAULT_PAGE_SIZE, pages: this.pages };
      const matching = this.#matchingStories(paging);
      const page = pageStories(matching, paging);
      // An archive split with next_url has more behind its last page, up to the limit.
      const moreInArchive = !!source.nextUrl && page.shown.length < (limit ?? Infinity);
      this.#page = { ...page, hasMore: page.hasMore || moreInArchive };
      this.status = this.#page.shown.length || moreInArchive ? 'loaded' : 'empty';
      // The page hears about the stories once the whole feed is read.
      this.#loadEventDue = !!this.feed;
      const added = this.#page.shown.length - shownBefore;
      this.moreLoaded = changedNames.has('pages') && !pagingReset && added > 0 ? added : 0;
    }
    this.#reflectState();
  }

  /**
   * The stories matching the filters, newest first. Before the whole feed is read, only enough of them to
   * fill the pages shown (and one more, which tells whether Load more has anything to add): the rest of the
   * feed is read once they are painted. A feed whose order only a full read can tell is read at once.
   */
  #matchingStories(paging: PageOptions): Story[] {
    const filters = this.#filters();
    const feedDocument = this.#document;
    if (!this.feed && feedDocument) {
      const count = Math.min(paging.limit ?? Infinity, (paging.pageSize ?? Infinity) * paging.pages) + 1;
      const first = document.hidden ? undefined : feedDocument.firstStories(count, matchesFilters(filters));
      if (first) {
        afterNextPaint(() => {
          if (this.#document === feedDocument && !this.feed) this.feed = this.#wholeFeed(feedDocument);
        });
        return first;
      }
      this.feed = this.#wholeFeed(feedDocument);
    }
    return sortNewestFirst(filterStories(this.feed!.stories, filters));
  }

  /** Reads every item of a feed as it arrived; the console hears once about items that cannot be shown. */
  #wholeFeed(feedDocument: FeedDocument): Feed {
    const feed = feedDocument.feed();
    if (feed.skipped.length) warnLater((warnings) => warnings.warnSkippedItems(feed));
    return feed;
  }

  #reflectState(): void {
    this.#internals.ariaBusy = String(this.#shownStatus === 'loading');
    const states = this.#internals.states;
    for (const name of ['loading', 'loaded', 'empty', 'error'] as const) {
      if (name === this.#shownStatus) states.add(name);
      else states.delete(name);
    }
  }

  protected override updated(): void {
    // Cards or the media contact built again (in another language, say) put focus back where it was.
    restoreFocus(this.renderRoot, rebuiltLinks, this.#focusedLink);
    const status = this.#shownStatus;
    if (status === 'loading' && !datesPrepared) this.#prepareDates();
    this.#root.style.minBlockSize = status === 'loading' && this.#reservedHeight ? `${this.#reservedHeight}px` : '';
    // Events and focus wait until the list shows the stories in the reader's language.
    if (this.#messagesWaiting) return;
    this.#textShown = true;
    if (this.#loadEventDue && this.feed && this.#page) {
      this.#loadEventDue = false;
      this.dispatchEvent(
        new CustomEvent<StoriesLoadDetail>('impact-stories-load', {
          bubbles: true,
          composed: true,
          detail: { stories: this.#page.shown, total: this.#page.total, skipped: this.feed.skipped.length, feed: this.feed },
        }),
      );
    }
    if (this.#errorEventDue && this.error) {
      this.#errorEventDue = false;
      const { kind, message, url, status } = this.error;
      this.dispatchEvent(
        new CustomEvent<StoriesErrorDetail>('impact-stories-error', {
          bubbles: true,
          composed: true,
          detail: { kind, message, url, status },
        }),
      );
    }
    // Cards render after the list does: wait for them before moving focus into one.
    if (this.#focusAfterUpdate && this.status !== 'loading') this.#moveFocus();
  }

  /**
   * Sets up the date formatters while the feed downloads: the first use of Intl on a page takes tens of
   * milliseconds, which the first cards would otherwise wait for.
   */
  #prepareDates(): void {
    datesPrepared = true;
    for (const dateOnly of [true, false]) formatStoryDate({ iso: '', time: 0, dateOnly }, this.#locale);
  }

  #moveFocus(): void {
    const target = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    const links = this.renderRoot.querySelectorAll<HTMLElement>(cardLinks);
    if (target === 'first-new-card' && links[this.#firstNewCard]) {
      links[this.#firstNewCard].focus();
    } else {
      const fallback = this.renderRoot.querySelector<HTMLElement>('.retry') ?? this.renderRoot.querySelector<HTMLElement>('.status');
      (links[0] ?? fallback)?.focus();
    }
  }

  async #loadMoreStories(): Promise<void> {
    // The first page can be on screen before the rest of the feed is read: read it now.
    if (!this.feed && this.#document) this.feed = this.#wholeFeed(this.#document);
    if (this.loadingMore || !this.#page || !this.feed) return;
    this.#firstNewCard = this.#page.shown.length;
    this.#focusAfterUpdate = 'first-new-card';
    const stillInFeed = this.#page.shown.length < this.#page.total;
    if (!stillInFeed && this.feed.nextUrl) {
      const generation = this.#generation;
      this.loadingMore = true;
      this.moreError = undefined;
      try {
        const next = await requestFeed(this.feed.nextUrl, { timeout: positiveInteger(this.timeout) });
        if (generation !== this.#generation) return;
        this.feed = appendFeedPage(this.feed, this.#wholeFeed(next));
      } catch (error) {
        if (generation === this.#generation) this.moreError = error instanceof FeedError ? error : undefined;
        this.#focusAfterUpdate = undefined;
        return;
      } finally {
        this.loadingMore = false;
      }
    }
    this.pages++;
  }

  #retry(): void {
    this.#focusAfterUpdate = 'result';
    this.#startLoading(this.#feedAddress());
    // Keep focus inside the widget while it loads, rather than on the removed button.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.status')?.focus());
  }

  #filters(): StoryFilters {
    return { project: this.project, country: this.country, tag: this.tag, year: this.year };
  }

  #emptyMessage(text: Messages, locale: string): string {
    const criteria = filterProperties
      .filter((name) => this[name]?.trim())
      .map((name) => `${text.criterion[name]} ${isolate(this[name]!.trim())}`);
    if (!criteria.length) return text.noStories;
    return text.noStoriesFor(new Intl.ListFormat(supportedLocale(locale), { type: 'conjunction' }).format(criteria));
  }

  #errorMessage(text: Messages, error: FeedError): (Node | string)[] {
    if (error.kind === 'no-feed') return [this.#feedAddress(text).problem ?? error.message];
    return text.couldNotLoad ? [text.couldNotLoad, ' ', element('span', { lang: 'en', dir: 'ltr' }, error.message)] : [error.message];
  }

  #statusContent(text: Messages, locale: string): (Node | string)[] {
    switch (this.status) {
      case 'loading':
        return [text.loading];
      case 'empty':
        return [this.#emptyMessage(text, locale)];
      case 'error':
        return this.error ? this.#errorMessage(text, this.error) : [];
      default:
        if (this.moreError) return this.#errorMessage(text, this.moreError);
        return this.moreLoaded ? [text.moreLoaded(this.moreLoaded, new Intl.NumberFormat(supportedLocale(locale)).format(this.moreLoaded))] : [];
    }
  }

  /** How this update builds cards, and a key of what they show: a card built with another key is built again. */
  #cardBuilding(cardLevel: number, layout: StoryLayout, locale: string, text: Messages): CardBuilding {
    const linkTarget = linkTargetOf(this.linkTarget);
    const options: StoryCardOptions = {
      headingLevel: cardLevel,
      layout,
      locale,
      text,
      linkTarget,
      imageFailed: (image) => this.#failedImages.has(image),
      onImageError: (image) => this.#failedImages.add(image),
      host: this,
    };
    const built = [cardLevel, layout, locale, linkTarget, text.project, text.photo, text.countries(1), text.countries(2)].join('|');
    return { options, built };
  }

  /** The list of cards of one group (`''` when not grouped), kept from one update to the next with its cards. */
  #cardList(group: string, stories: Story[], { options, built }: CardBuilding): ShownList {
    const items = stories.map((story) => {
      let card = this.#cards.get(story);
      if (card?.built !== built) {
        card = { built, item: element('li', {}, storyCard(story, options)) };
        this.#cards.set(story, card);
      }
      return card.item;
    });
    let shown = this.#cardLists.get(group);
    if (!shown) {
      shown = { list: element('ul', { part: 'list', class: 'cards', role: 'list' }) };
      this.#cardLists.set(group, shown);
    }
    placeChildren(shown.list, items);
    return shown;
  }

  /**
   * A group: its heading and its list of cards, kept from one update to the next like the cards. `repeat`
   * counts earlier groups with the same label (a date-only story among timestamps can bring a month back).
   */
  #group(level: number, label: string, repeat: number, stories: Story[], cards: CardBuilding): HTMLDivElement {
    const shown = this.#cardList(`${level}|${label}|${repeat}`, stories, cards);
    return (shown.group ??= element('div', { class: 'group' }, heading(level, 'group-heading', label), shown.list));
  }

  #shownStories(layout: StoryLayout, locale: string, text: Messages): HTMLElement[] {
    const page = this.#page!;
    const level = clampHeadingLevel(this.headingLevel, 2);
    const groupBy = this.#checked('group-by', this.groupBy, groupings, 'none');
    // Card titles sit one level below group headings, or at the list's level when not grouped.
    const cards = this.#cardBuilding(groupBy === 'none' ? level : Math.min(6, level + 1), layout, locale, text);
    const repeats = new Map<string, number>();
    const shown: HTMLElement[] =
      groupBy === 'none'
        ? [this.#cardList('', page.shown, cards).list]
        : groupStories(page.shown, groupBy, locale).map((group) => {
            const repeat = repeats.get(group.label) ?? 0;
            repeats.set(group.label, repeat + 1);
            return this.#group(level, group.label, repeat, group.stories, cards);
          });
    // Forget the groups and lists no longer shown (another language, level or feed), with their cards.
    const kept = new Set<HTMLElement>(shown);
    for (const [key, { list, group }] of this.#cardLists) if (!kept.has(group ?? list)) this.#cardLists.delete(key);
    return shown;
  }

  #loadMoreControl(text: Messages): HTMLButtonElement[] {
    if (!this.#page?.hasMore) return [];
    const button = this.#loadMoreButton;
    setAttributes(button, { 'aria-busy': String(this.loadingMore) });
    setContent(button, text.loadMore);
    return [button];
  }

  #mediaContactLine(text: Messages): HTMLParagraphElement[] {
    const contact = this.#feedHead?.mediaContact;
    if (!contact) return [];
    const href = safeMailtoUrl(contact.email) ?? contact.url;
    const label = contact.email ?? contact.name ?? contact.url;
    const name = contact.email && contact.name;
    const shown = [text.mediaContact, name, href, label].join('|');
    if (this.#mediaContact?.shown !== shown) {
      const line = element(
        'p',
        { part: 'media-contact', class: 'media-contact' },
        `${text.mediaContact} `,
        name && element('bdi', {}, name),
        name && ', ',
        href ? element('a', { href }, label ?? href) : label,
      );
      this.#mediaContact = { shown, line };
    }
    return [this.#mediaContact.line];
  }

  /**
   * Placeholder cards of the layout's size, under a placeholder heading when grouped, so the cards and
   * headings that replace them start where they were. The first shows the loading message (the status
   * region announces it) where its title will be.
   */
  #placeholder(layout: StoryLayout, loadingText: string): HTMLElement {
    const count = Math.min(placeholderCount, positiveInteger(this.limit) ?? placeholderCount, positiveInteger(this.pageSize) ?? placeholderCount);
    const cards = Array.from({ length: count }, (_, index) =>
      element(
        'li',
        { class: `placeholder-card ${layout}` },
        element('span', { class: index === 0 && loadingText ? 'placeholder-text' : undefined }, index === 0 && loadingText),
        element('span', {}),
        element('span', {}),
      ),
    );
    const list = element('ul', { class: 'cards placeholder', 'aria-hidden': 'true' }, ...cards);
    if (this.#checked('group-by', this.groupBy, groupings, 'none') === 'none') return list;
    return element('div', { class: 'group', 'aria-hidden': 'true' }, element('span', { class: 'placeholder-heading' }), list);
  }

  #bodyContent(status: ListStatus, layout: StoryLayout, locale: string, text: Messages): HTMLElement[] {
    switch (status) {
      case 'loading':
        return [this.#placeholder(layout, this.#messagesWaiting ? '' : text.loading)];
      case 'loaded':
        return [...this.#shownStories(layout, locale, text), ...this.#loadMoreControl(text), ...this.#mediaContactLine(text)];
      case 'error':
        setContent(this.#retryButton, text.retry);
        return [this.#retryButton, this.#fallback];
      default:
        return [];
    }
  }

  protected override render(): Node[] {
    this.#checked('theme', this.theme, themes, 'light');
    const layout = this.#checked('layout', this.layout, layouts, 'list');
    const chosenLocale = this.#chosenLocale;
    const locale = this.#locale;
    const text = messagesFor(locale);
    const status = this.#shownStatus;
    setAttributes(this.#root, { lang: chosenLocale, dir: chosenLocale && directionOf(chosenLocale) });
    // Loading and loaded, the status region is heard, not seen: the first placeholder shows the loading message.
    const heardOnly = status === 'loaded' || status === 'loading';
    setAttributes(this.#status, { class: `status ${status}${heardOnly ? ' visually-hidden' : ''}` });
    setContent(this.#status, ...(this.#messagesWaiting ? [] : this.#statusContent(text, locale)));
    setAttributes(this.#body, { class: `body ${layout}` });
    placeChildren(this.#body, this.#bodyContent(status, layout, locale, text));
    return [this.#root];
  }
}
