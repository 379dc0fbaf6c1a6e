/** The `<meta>` a page can carry to name the feed of every list without `src`. */
export const DEFAULT_FEED_META_NAME = 'impact-stories-feed';

let configuredFeed: string | undefined;

/** Sets the feed used by every `<impact-story-list>` without `src` on this page. */
export function setDefaultFeed(url: string | undefined): void {
  configuredFeed = url?.trim() || undefined;
}

/**
 * The page's default feed: the one given to setDefaultFeed(), else the content of
 * `<meta name="impact-stories-feed" content="…">` anywhere in the document.
 */
export function defaultFeed(): string | undefined {
  if (configuredFeed) return configuredFeed;
  if (typeof document === 'undefined') return undefined;
  // Through the prototype: a page's `<object id="querySelector">` or `<img name="querySelector">` shadows document's own.
  const meta = Document.prototype.querySelector.call<Document, [string], HTMLMetaElement | null>(
    document,
    `meta[name="${DEFAULT_FEED_META_NAME}"]`,
  );
  return meta?.content.trim() || undefined;
}
