/**
 * The `<meta>` of an embed page that names the feeds it may show: addresses separated by spaces, each an origin
 * (`https://stories.example.org`) or a folder (`https://cdn.example.org/stories/`). Without it, an embed page
 * shows feeds on its own origin and on its default feed's.
 */
export const EMBED_FEEDS_META_NAME = 'impact-stories-embed-feeds';

/** `address` resolved and normalised (`..` segments, case), for comparing prefixes; safeHttpUrl keeps plain text as written. */
const resolved = (address: string, base: string) => {
  try {
    return new URL(address, base).href;
  } catch {
    return undefined;
  }
};

/**
 * True when the embed page at `pageUrl` may show the feed at `src`: the feed is under one of `allowed` (addresses
 * resolved against the page; an origin allows its whole site). So nobody can show their own stories under the
 * publisher's name by linking to the publisher's embed page with another `src`.
 */
export function embedMayShow(src: string, pageUrl: string, allowed: readonly string[]): boolean {
  const feed = resolved(src, pageUrl);
  return (
    !!feed &&
    /^https?:/.test(feed) &&
    allowed.some((address) => {
      const prefix = resolved(address, pageUrl);
      return !!prefix && /^https?:/.test(prefix) && feed.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
    })
  );
}

/** What an embed page allows when its own `<meta>` says nothing: its own origin, and its default feed's. */
export function defaultEmbedFeeds(pageUrl: string, defaultFeed: string | undefined): string[] {
  const feed = defaultFeed && resolved(defaultFeed, pageUrl);
  return [new URL(pageUrl).origin, ...(feed ? [new URL(feed).origin] : [])];
}
