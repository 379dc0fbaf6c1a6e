// Messages for page authors, in the browser console. A separate file that only pages with
// something to warn about download.
import type { Feed } from './feed/story.js';

const ignoredValues = new Set<string>();

/** An attribute value that was ignored, worded for page authors: once per value. */
export function warnIgnoredAttribute(tagName: string, attribute: string, value: unknown, expected: string): void {
  const warning = `<${tagName.toLowerCase()}>: ignored ${attribute}="${String(value)}"; expected ${expected}.`;
  if (ignoredValues.has(warning)) return;
  ignoredValues.add(warning);
  console.warn(warning);
}

/** A `locale` that is not a well-formed language tag (`es_ES`, `C`). */
export const warnIgnoredLocale = (tagName: string, value: string) =>
  warnIgnoredAttribute(tagName, 'locale', value, 'a language tag such as fr or pt-BR');

const failures = new Set<string>();

/** Why a feed could not be read, in the words of the error event's `message`: once per message. */
export function warnFeedError(message: string): void {
  if (failures.has(message)) return;
  failures.add(message);
  console.warn(`impact-stories: ${message}`);
}

const feedsWarnedAbout = new WeakSet<Feed>();

/** The feed items that cannot be shown, and why: once per feed, however many lists show it. */
export function warnSkippedItems(feed: Feed): void {
  if (feedsWarnedAbout.has(feed)) return;
  feedsWarnedAbout.add(feed);
  const reasons = feed.skipped.map((item) => `item ${item.index + 1}${item.id ? ` (${item.id})` : ''}: ${item.reason}`);
  console.warn(
    `impact-stories: skipped ${feed.skipped.length} of ${feed.skipped.length + feed.stories.length} items in ${feed.url}; ${reasons.join('; ')}.`,
  );
}

const warnedPairs = Symbol.for('impact-stories.version-warnings');

/** Another version of the library registered the elements first: one warning per pair of versions. */
export function warnOtherVersion(registered: string, ours: string): void {
  // Shared through the global symbol registry, so every copy of the library on the page sees it.
  const page = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const warned = (page[warnedPairs] ??= new Set());
  const pair = `${registered} ${ours}`;
  if (warned.has(pair)) return;
  warned.add(pair);
  console.warn(`impact-stories-widgets ${ours} not used: version ${registered} is already on this page. Load it once per page.`);
}
