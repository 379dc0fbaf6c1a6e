// A feed's text read as the widgets read it, by their own code (packages/ssr/src/server/read-feed.ts, built into its dist/):
// JSON Feed, RSS 0.9x, 1.0 and 2.0, and Atom. Anything else fails with a plain message, never a parser's stack.
import { widgetsReader } from './widgets.mjs';

/**
 * A feed as readFeed() read it: the JSON Feed object it reads as, its format, and the widgets' reading of it.
 * @typedef {{ json: unknown, format: import('impact-stories-ssr/internal/server/read-feed').FeedFormat, document: import('impact-stories-core/feed/normalise-feed').FeedDocument }} ReadFeed
 */

/** Where a local file's relative addresses resolve: its stories keep them relative (see relativeTo). */
export const FILE_BASE = 'https://feed.invalid/';

/**
 * `location` when it is an http(s) URL (relative addresses in the feed resolve against it), else FILE_BASE.
 * @param {string | undefined} location
 * @returns {string}
 */
export const baseOf = (location) => (location && /^https?:\/\//i.test(location) ? location : FILE_BASE);

/**
 * `{ json, format, document }` for `text` (`base`, by default the location when it is a URL, resolves its relative addresses): the JSON Feed object it reads as, 'json', 'rss' or 'atom', and the
 * widgets' FeedDocument of it (its stories, and the items they skip with the reason). Throws an Error whose
 * message says what the text is instead.
 * @param {string} text
 * @param {string} location
 * @returns {Promise<ReadFeed>}
 */
export async function readFeed(text, location, base = baseOf(location)) {
  const { feedJson, feedDocument, NotAFeedText } = await widgetsReader();
  let read;
  try {
    read = await feedJson(text, location);
  } catch (error) {
    if (error instanceof NotAFeedText) throw new Error(error.message, { cause: error });
    throw error;
  }
  // Only a page whose Trusted Types forbid markup reads no XML: Node always can.
  if (!read.json) throw new Error(`${location} could not be read.`);
  try {
    return { ...read, document: feedDocument(read.json, base) };
  } catch (error) {
    if (error instanceof Error && error.name === 'FeedError')
      throw new Error(`${location} is JSON but not a JSON Feed: it needs an "items" list and a jsonfeed.org "version".`, {
        cause: error,
      });
    throw error;
  }
}
