import type { Feed } from './story.js';

const STORE = 'impact-stories-feeds-v1';

// One queue for the page, so a list that reads the cache sees what an earlier list wrote.
let queue: Promise<unknown> = Promise.resolve();
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

/** The last good copy of a feed saved on this device, if any (Cache Storage; secure pages only). */
export function readCachedFeed(url: string): Promise<Feed | undefined> {
  return inOrder(async () => {
    const response = await (await caches.open(STORE)).match(url);
    return response ? ((await response.json()) as Feed) : undefined;
  }).catch(() => undefined);
}

/** Saves a freshly loaded feed for the next visit, unless its server said `Cache-Control: no-store`. */
export function writeCachedFeed(url: string, feed: Feed): Promise<void> {
  return inOrder(async () => {
    const store = await caches.open(STORE);
    if (feed.noStore) await store.delete(url);
    else await store.put(url, new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/json' } }));
  }).catch(() => {
    // No Cache Storage here (e.g. an http: page): the list simply loads from the network next time.
  });
}
