import { FeedDocument, hasUntidyItems, isObject, markup, text } from 'impact-stories-core/feed/normalise-feed';
import { MAX_LENGTH } from 'impact-stories-core/feed/bounded-text';
import { safeHttpUrl } from 'impact-stories-core/feed/safe-url';
import { FeedError } from 'impact-stories-core/feed/feed-error';
import type { Feed } from 'impact-stories-core/feed/story';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The most bytes of feed a page reads (64 MB: an archive of 100,000 stories is about 52 MB). */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned as a timeout. */
  timeout?: number;
  /** The most bytes read (MAX_FEED_BYTES by default); a larger feed fails with a FeedError of kind 'too-large'. */
  maxBytes?: number;
  fetch?: typeof fetch;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} second${ms === 1000 ? '' : 's'}`;

/** `promise`, or a rejection as soon as `signal` aborts, for fetch functions that ignore their signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The response as a JSON Feed object: JSON as it is, RSS and Atom read by xml-feed.ts (a file loaded only for
 * them). A feed too large, an HTML page, broken JSON and XML that is no feed each fail with a message that says which.
 */
async function readBody(response: Response, url: string, max: number): Promise<unknown> {
  const type = response.headers.get('content-type') ?? 'none';
  // Read as it streams, and stopped as soon as it passes `max`.
  const chunks: Uint8Array[] = [];
  const reader = response.body?.getReader();
  for (let size = 0, chunk; reader && !(chunk = await reader.read()).done; chunks.push(chunk.value)) {
    if ((size += chunk.value.length) > max) {
      void reader.cancel();
      throw new FeedError('too-large', `The feed at ${url} is larger than ${max / 1048576} MB, the most a page reads.`, url);
    }
  }
  const blob = new Blob(chunks as BlobPart[]);
  // JSON in UTF-8, as nearly every feed is, read here; anything else by other-feed-body.js, loaded for it.
  const body = await blob.text();
  if (/^[\t\n\r ]*[[{]/.test(body)) {
    try {
      return JSON.parse(body);
    } catch {
      // Named by other-feed-body.js.
    }
  }
  const other = await (await import('./other-feed-body.js')).readOtherBody(blob, type, url);
  if ('json' in other) return other.json;
  throw new FeedError(other.kind, other.problem, url);
}

const loadUntidyItemReader = async () =>
  (await import('impact-stories-core/feed/untidy-items')).untidyItemReader({ text, isObject, safeHttpUrl, markup, limits: MAX_LENGTH });

/** Fetches, parses and normalises one JSON Feed. Every failure becomes a FeedError with a plain message. */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<Feed> {
  return (await fetchFeedDocument(url, options)).feed();
}

/** Fetches and parses one JSON Feed, leaving its items to be normalised when needed. Fails as fetchFeed does. */
export async function fetchFeedDocument(url: string, options: FetchFeedOptions = {}): Promise<FeedDocument> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abortFromCaller, { once: true });
  if (options.signal?.aborted) abortFromCaller();
  let timedOut = false;
  const timeoutError = () => new FeedError('timeout', `The feed at ${url} did not answer within ${seconds(timeout)}.`, url);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);

  try {
    let response: Response;
    try {
      response = await untilAborted(
        (options.fetch ?? fetch)(url, {
          signal: controller.signal,
          headers: { accept: 'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8' },
          // No cookies or HTTP authentication, not even the page's own: a feed is public.
          credentials: 'omit',
        }),
        controller.signal,
      );
    } catch (error) {
      if (timedOut) throw timeoutError();
      if (controller.signal.aborted) throw error;
      throw new FeedError(
        'network',
        `The feed at ${url} could not be reached: the network failed, or the server does not allow this page to read it (CORS).`,
        url,
      );
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FeedError('http', `The feed at ${url} answered with HTTP ${status}.`, url, response.status);
    }
    const json = await readBody(response, url, options.maxBytes ?? MAX_FEED_BYTES).catch((error: unknown) => {
      throw timedOut ? timeoutError() : error;
    });
    // After parsing a large archive (100,000 items: about 250 ms), a new task, so the first cards are not added to it.
    if (((json as { items?: unknown[] } | null)?.items?.length ?? 0) > 20_000) await new Promise((resolve) => setTimeout(resolve));
    const reader = hasUntidyItems(json) ? await loadUntidyItemReader() : undefined;
    return new FeedDocument(json, response.url || url, /no-store/i.test(response.headers.get('cache-control') ?? ''), reader);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromCaller);
  }
}
