// The device cache of lists with the `cache` attribute: a file of its own, read only by pages with such a list.
import type { FeedDocument } from 'impact-stories-core/feed/normalise-feed';
import type { Feed } from 'impact-stories-core/feed/story';

// v2: story dates carry the day to show (`day`); copies saved in another shape are not read.
const STORE = 'impact-stories-feeds-v2';

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

export interface ReadThroughHooks {
  signal: AbortSignal;
  /** Reads every item of the feed that arrived. */
  readWhole: (document: FeedDocument) => Feed;
  /** Hears about the saved copy, read before the network answers. */
  showSaved: (feed: Feed) => void;
  /** Hears why the network failed when the saved copy is shown instead. */
  refreshFailed: (error: unknown) => void;
}

/**
 * The feed through the device cache: the saved copy is handed to `showSaved` as soon as it is read, then the
 * network's answer replaces it and is saved in turn. When the answer tells nothing new, the saved copy itself is
 * returned, so the cards built from it stay; when the network fails, the saved copy is too.
 */
export async function readThrough(url: string, arriving: Promise<FeedDocument>, hooks: ReadThroughHooks): Promise<Feed> {
  const saved = readCachedFeed(url);
  saved.then((feed) => feed && !hooks.signal.aborted && hooks.showSaved(feed));
  let feed: Feed;
  try {
    feed = hooks.readWhole(await arriving);
  } catch (error) {
    const copy = await saved;
    if (!copy || hooks.signal.aborted) throw error;
    hooks.refreshFailed(error);
    return copy;
  }
  writeCachedFeed(url, feed);
  const copy = await saved;
  return copy && JSON.stringify(copy.stories) === JSON.stringify(feed.stories) ? copy : feed;
}
