import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { textOf } from '../attributes/attribute-values.js';
import { afterNextPaint } from '../timing/after-next-paint.js';
import { defaultFeed } from '../feed/default-feed.js';
import { FeedError } from '../feed/feed-error.js';
import { appendFeedPage } from '../feed/feed-pages.js';
import { fetchFeedDocument } from '../feed/fetch-feed.js';
import { FeedDocument } from '../feed/normalise-feed.js';
import { safeHttpUrl } from '../feed/safe-url.js';
import { requestFeed } from '../feed/shared-feed-requests.js';
import { splitFeedUrl, type SplitFeeds } from '../feed/split-feeds.js';
import type { Feed, FeedHead, Story } from '../feed/story.js';
import { messagesFor } from '../format/messages/index.js';
import { filterStories, matchesFilters, sortNewestFirst, type StoryFilters } from '../select/select-stories.js';
import { warnLater } from '../warn-later.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where and how to read a feed. */
export interface FeedSource {
  /** The feed's http(s) URL; undefined when there is none to read. */
  url?: string;
  /** Why there is no URL, in words for page authors: no feed configured, or an address that is not http(s). */
  problem?: string;
  /** The address given: `src`, else the page's default feed ('' for none). */
  given: string;
  /** Reads the feed instead of `fetch`; the request is then not shared with other lists. */
  fetcher?: typeof fetch;
  /** Show the copy saved on this device at once, and save each good answer. */
  cache: boolean;
  timeout?: number;
}

/**
 * Where to read the feed a list was given: its `src`, else the page's default feed. A problem, in words for
 * page authors, instead of a URL when there is none, or when it is not http(s).
 */
export function feedSource(src: unknown, options: Omit<FeedSource, 'url' | 'problem' | 'given'>): FeedSource {
  const given = textOf(src) || defaultFeed() || '';
  const url = given ? safeHttpUrl(given) : undefined;
  const text = messagesFor('en');
  return { ...options, url, problem: url ? undefined : given ? text.badFeedUrl(given) : text.noFeed, given };
}

/** What a list shows: a whole feed, or a feed as it arrived whose items are read as far as needed. */
type Shown = Feed | FeedDocument;

/** Where a run of the loader stands, as @lit/task's TaskStatus: not started, on its way, done, or failed. */
export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

let deviceCacheFile: Promise<typeof import('../feed/feed-cache.js')> | undefined;

const asFeedError = (error: unknown, url: string) => (error instanceof FeedError ? error : new FeedError('network', String(error), url));

/** Milliseconds of reading per task after the first cards are painted, however long each item takes. */
const READ_PER_TASK = 10;

/** Reads every item of a feed as it arrived; the console hears once about items that cannot be shown. */
function readWhole(document: FeedDocument): Feed {
  const feed = document.feed();
  if (feed.skipped.length) warnLater((warnings) => warnings.warnSkippedItems(feed));
  return feed;
}

/**
 * Loads a list's feed in runs shaped like @lit/task's: a status, one run per source with its own AbortSignal (a
 * new source or a list taken out of the page aborts the last run), and the answers of older runs dropped. On top
 * of that: lists sharing one request per URL, a timeout, the device cache (a saved copy shown at once, then
 * revalidated), the archive's next pages (`next_url`) and Retry. @lit/task itself would cost the script-tag file
 * 0.5 KB gzip for features the list does not use. The host calls `load()` from willUpdate and updates whenever
 * what it can show changes.
 */
export class FeedController implements ReactiveController {
  /** True while the archive's next page is being read. */
  loadingMore = false;
  /** Why the archive's next page could not be read; the shown stories stay. */
  moreError?: FeedError;
  #status: LoadStatus = 'initial';
  #run?: AbortController;
  #source?: FeedSource;
  /** The address the last run reads: the source's, or the split feed that holds what the filters ask for. */
  #target?: string;
  #filters: StoryFilters = {};
  /** The split feeds each feed read so far names (`impact-stories split`), by the feed's URL. */
  readonly #splits = new Map<string, SplitFeeds>();
  /** What the last run read. */
  #value?: Shown;
  #error?: FeedError;
  /** The copy saved on the device, shown while the network answers. */
  #saved?: Feed;
  /** The feed shown with the next pages of its archive appended, while that feed is still the one shown. */
  #appended?: { to: Feed; feed: Feed };
  #failure?: FeedError;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * Starts reading `source` unless it is the address already loading or shown. A feed that names split feeds
   * (`_impact.split`) is read from the smallest that holds every story `filters` accept.
   */
  load(source: FeedSource, filters: StoryFilters = {}): void {
    // A server render shows the loading state; the browser loads the feed.
    if (isServer) return;
    this.#filters = filters;
    if (this.#target !== this.#targetOf(source)) this.#start(source);
  }

  #targetOf(source: FeedSource): string {
    const url = source.url;
    return url ? (splitFeedUrl(this.#splits.get(url), this.#filters, url) ?? url) : (source.problem ?? '');
  }

  /**
   * Shows `json`, a JSON Feed that came with the page (prerendered lists), at once; in a browser `source` is then
   * read in the background and replaces it, as a copy saved on the device would be. False when `json` is no feed.
   */
  prefill(source: FeedSource, filters: StoryFilters, json: unknown): boolean {
    if (!source.url || json === undefined) return false;
    let feed: Feed;
    try {
      feed = new FeedDocument(json, source.url).feed();
    } catch {
      return false;
    }
    this.#filters = filters;
    if (isServer) {
      [this.#source, this.#target, this.#value, this.#status] = [source, source.url, feed, 'complete'];
      return true;
    }
    this.#start(source);
    this.#saved = feed;
    return true;
  }

  /** Reads the feed again (the Retry button). */
  retry(): void {
    if (this.#source) this.#start(this.#source);
  }

  /** What the list can show now: the saved copy while loading, the feed once read, undefined before or after a failure. */
  get shown(): Shown | undefined {
    const [appended, read] = [this.#appended, this.#lastRead()];
    // Pages appended to a saved copy give way to the refreshed feed.
    return appended && appended.to === read ? appended.feed : read;
  }

  /** What the last run read (the saved copy while it runs), without appended pages. */
  #lastRead(): Shown | undefined {
    const value = this.#status === 'pending' ? this.#saved : this.#value;
    return value instanceof FeedDocument ? (value.whole ?? value) : value;
  }

  /** The feed's own fields (next page, media contact), known before its items are all read. */
  get head(): FeedHead | undefined {
    const shown = this.shown;
    return shown instanceof FeedDocument ? shown.head : shown;
  }

  /** The whole feed, once every item is read. */
  get feed(): Feed | undefined {
    const shown = this.shown;
    return shown instanceof FeedDocument ? undefined : shown;
  }

  /** Why the feed cannot be shown at all. */
  get error(): FeedError | undefined {
    return this.#error;
  }

  /** A failure not announced yet (including a refresh that failed while the saved copy stays), once. */
  takeFailure(): FeedError | undefined {
    const failure = this.#failure;
    this.#failure = undefined;
    return failure;
  }

  /**
   * The stories that `filters` accept, newest first. Before the feed is read in full, only its first `count`
   * such stories when the feed's dates show its order; the rest is read once they are painted, and the host
   * updates then. Undefined while a feed whose order only a full read can tell (or whose first such stories
   * take long to find) is read, a slice per task; the host updates once it is read. A hidden page reads at once.
   */
  matching(filters: StoryFilters, count: number): Story[] | undefined {
    const shown = this.shown;
    if (!shown) return [];
    if (!(shown instanceof FeedDocument)) return sortNewestFirst(filterStories(shown.stories, filters));
    // Through the prototype: a page's `<img name="hidden">` shadows document's own.
    if (Reflect.get(Document.prototype, 'hidden', document)) return sortNewestFirst(filterStories(readWhole(shown).stories, filters));
    const first = shown.firstStories(count, matchesFilters(filters), READ_PER_TASK);
    // The rest is read a slice per task, so even an archive of 100,000 stories never holds the page for long.
    const readOn = () => {
      if (this.#value !== shown) return;
      // Another list showing this feed may have read it already.
      if (!shown.whole && !shown.readAhead(READ_PER_TASK)) return setTimeout(readOn);
      readWhole(shown);
      this.host.requestUpdate();
    };
    if (first) afterNextPaint(readOn);
    else setTimeout(readOn);
    return first;
  }

  /** Reads the rest of a feed shown before it was read in full. */
  readAll(): Feed | undefined {
    const shown = this.shown;
    return shown instanceof FeedDocument ? readWhole(shown) : shown;
  }

  /**
   * Reads the archive's next page (`next_url`) and appends it. Resolves true once it is appended, without an
   * update, for the host to show more in its next one; false (after an update) when it failed or no longer
   * applies.
   */
  async loadNextPage(): Promise<boolean> {
    const feed = this.readAll();
    const [source, run] = [this.#source, this.#run];
    if (!feed?.nextUrl || !source || !run || this.loadingMore) return false;
    const current = () => source === this.#source;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const next = readWhole(await this.#fetch(feed.nextUrl, source, run.signal));
      if (!current()) return false;
      this.#appended = { to: this.#lastRead() as Feed, feed: appendFeedPage(feed, next) };
      return true;
    } catch (error) {
      if (current()) this.moreError = asFeedError(error, feed.nextUrl);
      this.host.requestUpdate();
      return false;
    } finally {
      if (current()) this.loadingMore = false;
    }
  }

  hostConnected(): void {
    if (!this.#source) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A list moved elsewhere in the page reconnects at once; only a list that stays out stops loading.
    queueMicrotask(() => {
      if (this.host.isConnected || this.#status !== 'pending') return;
      this.#run?.abort();
      this.#source = this.#target = undefined;
      this.#status = 'initial';
    });
  }

  #start(source: FeedSource): void {
    this.#run?.abort();
    const run = (this.#run = new AbortController());
    this.#source = source;
    this.#target = this.#targetOf(source);
    this.#status = 'pending';
    this.#value = this.#error = this.#saved = this.#appended = this.#failure = this.moreError = undefined;
    this.loadingMore = false;
    this.host.requestUpdate();
    // Only the latest run's answer counts; a run aborted (or overtaken by a newer one) is dropped.
    const settle = (value?: Shown, error?: unknown) => {
      if (run !== this.#run || run.signal.aborted) return;
      const failure = error === undefined ? undefined : asFeedError(error, source.given);
      // A copy already shown (prerendered, or saved on the device) stays when reading the feed again fails.
      const kept = failure && this.#saved;
      this.#value = kept || value;
      this.#error = kept ? undefined : failure;
      this.#status = this.#error ? 'error' : 'complete';
      this.#failure ??= failure;
      this.host.requestUpdate();
    };
    this.#read(source, run.signal).then(
      (value) => settle(value),
      (error: unknown) => settle(undefined, error),
    );
  }

  /** A list with its own fetcher reads alone; the others share one request per URL while it is on its way. */
  #fetch(url: string, { fetcher, timeout }: FeedSource, signal: AbortSignal): Promise<FeedDocument> {
    return fetcher ? fetchFeedDocument(url, { signal, timeout, fetch: fetcher }) : requestFeed(url, { signal, timeout });
  }

  async #read(source: FeedSource, signal: AbortSignal): Promise<Shown> {
    const { url } = source;
    if (!url) throw new FeedError('no-feed', source.problem ?? '', source.given);
    const target = this.#target!;
    if (target !== url) return this.#readFrom(target, source, signal);
    const shown = await this.#readFrom(url, source, signal);
    const split = (shown instanceof FeedDocument ? shown.head : shown).split;
    // Remembered even when no filter uses it now: a filter set later reads its split feed at once.
    if (split) this.#splits.set(url, split);
    const chosen = split && splitFeedUrl(split, this.#filters, url);
    if (!chosen || signal.aborted) return shown;
    this.#target = chosen;
    // A split feed that cannot be read leaves the whole feed, which holds the same stories.
    return this.#readFrom(chosen, source, signal).catch(() => shown);
  }

  async #readFrom(url: string, source: FeedSource, signal: AbortSignal): Promise<Shown> {
    const arriving = this.#fetch(url, source, signal);
    if (!source.cache) return arriving;
    arriving.catch(() => {});
    // The device cache is a file of its own, read only by lists with the `cache` attribute; without it, the
    // list simply reads the network.
    const cache = await (deviceCacheFile ??= import('../feed/feed-cache.js')).catch(() => undefined);
    if (!cache) return arriving;
    return cache.readThrough(url, arriving, {
      signal,
      readWhole,
      showSaved: (feed) => {
        if (this.#status !== 'pending' || signal.aborted) return;
        this.#saved = feed;
        this.host.requestUpdate();
      },
      // The saved copy stays on screen; the page still hears that the feed could not be refreshed.
      refreshFailed: (error) => signal.aborted || (this.#failure = asFeedError(error, url)),
    });
  }
}
