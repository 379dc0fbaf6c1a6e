import type { FeedDocument } from 'impact-stories-core/feed/normalise-feed';
import { fetchFeedDocument, type FetchFeedOptions } from './fetch-feed.js';

interface SharedRequest {
  promise: Promise<FeedDocument>;
  controller: AbortController;
  waiting: number;
}

/** The requests on their way, by URL. */
const requests = new Map<string, SharedRequest>();

function startRequest(url: string, options: FetchFeedOptions): SharedRequest {
  const controller = new AbortController();
  const promise = fetchFeedDocument(url, { ...options, signal: controller.signal });
  const request: SharedRequest = { promise, controller, waiting: 0 };
  const forget = () => requests.get(url) === request && requests.delete(url);
  promise.then(forget, forget);
  requests.set(url, request);
  return request;
}

/**
 * Loads a feed once for every caller that asks for its URL while the request is on its way: the lists of one
 * page, say, share one fetch and one parse. A caller that comes later (a list mounted again by a single-page
 * app) fetches again, and the browser's HTTP cache answers as the feed's caching headers say: at once while the
 * response is fresh, after revalidating when it is `no-cache`, from the network when it is `no-store`. Each
 * caller can abort its own wait; the fetch itself stops only when nobody is waiting for it any more.
 */
export function requestFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedDocument> {
  const { signal, ...fetchOptions } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const request = requests.get(url) ?? startRequest(url, fetchOptions);
  request.waiting++;
  if (!signal) return request.promise;

  return new Promise<FeedDocument>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      // Nobody waits for a request still on its way: stop it.
      if (--request.waiting === 0 && requests.get(url) === request) {
        requests.delete(url);
        request.controller.abort();
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
