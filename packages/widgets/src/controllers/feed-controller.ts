import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { textOf } from 'impact-stories-core/attributes/attribute-values';
import { afterNextPaint } from '../timing/after-next-paint.js';
import { defaultFeed } from '../feed/default-feed.js';
import { FeedError } from 'impact-stories-core/feed/feed-error';
import { appendFeedPage } from '../feed/feed-pages.js';
import { fetchFeedDocument } from '../feed/fetch-feed.js';
import { FeedDocument } from 'impact-stories-core/feed/normalise-feed';
import { safeHttpUrl } from 'impact-stories-core/feed/safe-url';
import { requestFeed } from '../feed/shared-feed-requests.js';
import { splitFeedUrl, type SplitFeeds } from 'impact-stories-core/feed/split-feeds';
import type { Feed, FeedHead, Story } from 'impact-stories-core/feed/story';
import { messagesFor } from '../format/messages/index.js';
import { filterStories, matchesFilters, sortNewestFirst, type StoryFilters } from '../select/select-stories.js';
import { warnLater } from 'impact-stories-core/warn-later';

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

/**
 * Where a list's feed stands, as @lit/task's status, and what each state holds for the host to render. Paging is
 * here too: the feed shown has the archive's pages read so far appended, and its `nextUrl` is the next one.
 */
export type FeedState =
  /** Nothing asked yet, or a list taken out of the page while loading. */
  | { status: 'idle' }
  /** Reading the feed; `shown` is a copy to show meanwhile (prerendered, or saved on the device). */
  | { status: 'loading'; shown?: Feed }
  /** The feed read; `moreError` says why the archive's next page could not be read (the stories stay). */
  | { status: 'loaded'; shown: Shown; moreError?: FeedError }
  /** Reading the archive's next page (`shown.nextUrl`); the stories shown stay. */
  | { status: 'loading-more'; shown: Feed }
  /** Nothing to show, and why. */
  | { status: 'error'; error: FeedError };

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
 * 0.5 KB gzip for features the list does not use. The host calls `load()` from willUpdate, renders `state`, and
 * updates whenever the state changes.
 */
export class FeedController implements ReactiveController {
  #state: FeedState = { status: 'idle' };
  #run?: AbortController;
  #source?: FeedSource;
  /** The address the last run reads: the source's, or the split feed that holds what the filters ask for. */
  #target?: string;
  #filters: StoryFilters = {};
  /** The split feeds each feed read so far names (`impact-stories split`), by the feed's URL. */
  readonly #splits = new Map<string, SplitFeeds>();
  /** The copy shown while the last run reads (prerendered, or saved on the device). */
  #saved?: Feed;
  /** A failure not announced yet (including a refresh that failed while the saved copy stays). */
  #failure?: FeedError;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get state(): FeedState {
    return this.#state;
  }

  /** The one place the state changes; the host updates unless it asks to show the change itself. */
  #set(state: FeedState, update = true): void {
    this.#state = state;
    if (update) this.host.requestUpdate();
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
      [this.#source, this.#target] = [source, source.url];
      this.#set({ status: 'loaded', shown: feed }, false);
    } else this.#start(source, feed);
    return true;
  }

  /** Reads the feed again (the Retry button). */
  retry(): void {
    if (this.#source) this.#start(this.#source);
  }

  /** What the list can show now: the copy shown while loading, the feed once read, undefined before or after a failure. */
  get shown(): Shown | undefined {
    // Idle and error hold none.
    const { shown } = this.#state as { shown?: Shown };
    // Another list showing the same feed may have read it whole.
    return shown instanceof FeedDocument ? (shown.whole ?? shown) : shown;
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
    const state = this.#state;
    // The rest is read a slice per task, so even an archive of 100,000 stories never holds the page for long.
    const readOn = () => {
      if (this.#state !== state) return;
      // Another list showing this feed may have read it already.
      if (!shown.whole && !shown.readAhead(READ_PER_TASK)) return setTimeout(readOn);
      this.#set({ status: 'loaded', shown: readWhole(shown) });
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
    const source = this.#source;
    const run = this.#run;
    if (!feed?.nextUrl || !source || !run || this.state.status === 'loading-more') return false;
    const loading: FeedState = { status: 'loading-more', shown: feed };
    this.#set(loading);
    // A new source, or the refreshed feed arriving, drops the page read for the feed shown before.
    try {
      const next = readWhole(await this.#fetch(feed.nextUrl, source, run.signal));
      if (this.#state !== loading) return false;
      this.#set({ status: 'loaded', shown: appendFeedPage(feed, next) }, false);
      return true;
    } catch (error) {
      if (this.#state === loading) this.#set({ status: 'loaded', shown: feed, moreError: asFeedError(error, feed.nextUrl) });
      return false;
    }
  }

  hostConnected(): void {
    // A list that stopped loading when it left the page starts again.
    if (!this.#source) this.#set(this.#state);
  }

  hostDisconnected(): void {
    // A list moved elsewhere in the page reconnects at once; only a list that stays out stops loading.
    queueMicrotask(() => {
      if (this.host.isConnected || this.#state.status !== 'loading') return;
      this.#run?.abort();
      // Its answer is dropped: only the current run's counts.
      this.#run = this.#source = this.#target = undefined;
      // No update while out of the page: it would load again (hostConnected asks for one on the way back).
      this.#set({ status: 'idle' }, false);
    });
  }

  #start(source: FeedSource, saved?: Feed): void {
    this.#run?.abort();
    const run = (this.#run = new AbortController());
    this.#source = source;
    this.#target = this.#targetOf(source);
    this.#saved = saved;
    this.#failure = undefined;
    this.#set({ status: 'loading', shown: saved });
    // Only the current run's answer counts: one overtaken by a newer run, or stopped with the list, is dropped.
    const settle = (value?: Shown, error?: unknown) => {
      if (run !== this.#run) return;
      const failure = error === undefined ? undefined : asFeedError(error, source.given);
      const saved = this.#saved;
      const state = this.#state;
      this.#failure ??= failure;
      // A copy already shown (prerendered, or saved on the device, maybe with archive pages appended since) stays
      // when reading the feed again fails, or finds nothing new.
      if (saved && (failure || value === saved)) this.#set(state.status === 'loading' ? { status: 'loaded', shown: saved } : state);
      else this.#set(failure ? { status: 'error', error: failure } : { status: 'loaded', shown: value! });
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
        if (this.#state.status === 'loading' && !signal.aborted) this.#set({ status: 'loading', shown: (this.#saved = feed) });
      },
      // The saved copy stays on screen; the page still hears that the feed could not be refreshed.
      refreshFailed: (error) => signal.aborted || (this.#failure = asFeedError(error, url)),
    });
  }
}
