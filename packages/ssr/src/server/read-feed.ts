// Feeds read in Node exactly as the widgets read them in the browser: the same JSON Feed, RSS and Atom readers and
// the same normalisation, given Node's markup parser (node-markup.ts) where the browser has DOMParser.
import { MAX_LENGTH } from 'impact-stories-core/feed/bounded-text';
import { FeedDocument, hasUntidyItems, isObject, markup, text } from 'impact-stories-core/feed/normalise-feed';
import { safeHttpUrl } from 'impact-stories-core/feed/safe-url';
import { untidyItemReader } from 'impact-stories-core/feed/untidy-items';
import { NotAFeed, xmlToJsonFeed } from 'impact-stories-core/feed/xml-feed';
import { nodeMarkup } from './node-markup.js';

export type FeedFormat = 'json' | 'rss' | 'atom';

/** Why a text is no feed the widgets read, in words for a publisher. */
export class NotAFeedText extends Error {}

/** The document's first element, after its prolog (declaration, comments, doctype). */
const rootName = (xml: string) => /^(?:\s|<!--[^]*?-->|<\?[^>]*>|<!doctype[^>]*>)*<([\w.-]+:)?([\w.-]+)/i.exec(xml.slice(0, 4096))?.[2];

/**
 * `text` (a feed's whole text, decoded) as the JSON Feed object the widgets read: JSON as it is, RSS and Atom
 * converted by the widgets' own reader. Throws NotAFeedText saying what the text is instead.
 */
export async function feedJson(text: string, location: string): Promise<{ json: unknown; format: FeedFormat }> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trimStart().startsWith('<')) {
    try {
      const json = await xmlToJsonFeed(source, nodeMarkup);
      return { json, format: rootName(source) === 'feed' ? 'atom' : 'rss' };
    } catch (error) {
      if (error instanceof NotAFeed)
        throw new NotAFeedText(`${location} is markup (XML or HTML), but not an RSS or Atom feed: ${error.message}.`);
      throw error;
    }
  }
  try {
    return { json: JSON.parse(source), format: 'json' };
  } catch (error) {
    throw new NotAFeedText(`${location} is neither JSON nor an RSS or Atom feed: ${(error as Error).message}.`);
  }
}

/**
 * The widgets' reading of a JSON Feed object: its stories, and the items they skip with the reason. Throws the
 * widgets' FeedError for JSON that is no JSON Feed. `url` resolves the feed's relative addresses.
 */
export function feedDocument(json: unknown, url: string): FeedDocument {
  const reader = hasUntidyItems(json)
    ? untidyItemReader({ text, isObject, safeHttpUrl, markup, limits: MAX_LENGTH, parser: nodeMarkup })
    : undefined;
  return new FeedDocument(json, url, false, reader);
}
