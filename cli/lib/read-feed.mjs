// A feed's text as a JSON Feed object, whatever the widgets read: JSON Feed as it is, RSS 2.0 and Atom 1.0 through
// convert's own mapping (convert-feed.mjs). Anything else fails with a plain message, never a parser's stack.
import { fromXmlFeed, looksLikeXml } from './convert-feed.mjs';

/** `{ feed, format }` ('json' or 'xml') for `text`; throws an Error whose message says what the text is instead. */
export function readFeed(text, location) {
  const source = text.replace(/^\uFEFF/, '');
  if (looksLikeXml(source)) {
    try {
      return { feed: fromXmlFeed(source).feed, format: 'xml' };
    } catch {
      throw new Error(`${location} is markup (XML or HTML), but neither an RSS 2.0 nor an Atom 1.0 feed.`);
    }
  }
  let feed;
  try {
    feed = JSON.parse(source);
  } catch {
    throw new Error(`${location} is neither JSON nor an RSS or Atom feed (\`impact-stories validate ${location}\` says where).`);
  }
  if (!feed || typeof feed !== 'object' || Array.isArray(feed) || !Array.isArray(feed.items))
    throw new Error(`${location} is JSON but not a JSON Feed: it needs an "items" list.`);
  return { feed, format: 'json' };
}
