import type { FeedDocument } from './normalise-feed.js';
import { fetchFeedDocument, type FetchFeedOptions } from './fetch-feed.js';

interface SharedRequest {
  promise: Promise<FeedDocument>;
  controller: AbortController;
  waiting: number;
}

const requests = new Map<string, SharedRequest>();

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

function startRequest(url: string, options: FetchFeedOptions): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { controller, waiting: 0, promise: Promise.resolve() as unknown as Promise<FeedDocument> };
  request.promise = fetchFeedDocument(url, { ...options, signal: controller.signal }).catch((error: unknown) => {
    if (requests.get(url) === request) requests.delete(url);
    throw error;
  });
  request.promise.catch(() => {});
  requests.set(url, request);
  return request;
}

/**
 * Loads a feed once per URL for the whole page: every caller asking for the same URL shares one
 * fetch and one parse. Each caller can abort its own wait; the fetch itself stops only when
 * nobody is waiting for it any more. Failed requests are forgotten so a retry fetches again.
 */
export function requestFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedDocument> {
  const { signal, ...fetchOptions } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const request = requests.get(url) ?? startRequest(url, fetchOptions);
  request.waiting++;
  if (!signal) return request.promise;

  return new Promise<FeedDocument>((resolve, reject) => {
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      reject(abortError(signal));
      request.waiting--;
      if (request.waiting === 0 && requests.get(url) === request) {
        requests.delete(url);
        request.controller.abort();
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (document) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        resolve(document);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
