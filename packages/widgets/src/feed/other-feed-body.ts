// A response that is not plain UTF-8 JSON, in a file of its own that only such responses load: a feed in another
// charset, RSS and Atom (read by xml-feed.ts), and the files that are no feed, each named for what it is.
// This file imports nothing from the script-tag bundle: fetch-feed.ts turns a problem into its FeedError.
import type { FeedErrorKind } from 'impact-stories-core/feed/feed-error';
import { decodeFeedBlob } from 'impact-stories-core/feed/decode-feed-bytes';

/** What may come before a document's first element: blank lines, comments, an XML declaration, a doctype. */
const prolog = /^(?:\s|<!--[^]*?-->|<\?xml[^>]*>|<!doctype[^>]*>)*/i;
/** The first element of an HTML page (an XHTML one included). */
const htmlStart = /^<(?:html|head|body|title|meta)[\s>]/i;

export type OtherBody = { json: unknown } | { kind: FeedErrorKind; problem: string };

/**
 * The feed in `blob` as a JSON Feed object (RSS and Atom converted), or the problem, in words for the page's author:
 * an HTML page, broken JSON, or XML that is no feed.
 */
export async function readOtherBody(blob: Blob, type: string, url: string): Promise<OtherBody> {
  const body = await decodeFeedBlob(blob, type);
  const first = body.slice(0, 1024).replace(prolog, '');
  // An HTML page by its first element, or by its content type; but RSS and Atom, whatever a server calls them.
  if (!/^<(rss|feed|rdf:rdf)[\s>]/i.test(first) && (htmlStart.test(first) || (/html/i.test(type) && first[0] === '<'))) {
    return { kind: 'not-json', problem: `The file at ${url} is an HTML page (content type ${type}), not a feed: is the address right?` };
  }
  if (first[0] === '<') {
    const { xmlToJsonFeed, NotAFeed } = await import('impact-stories-core/feed/xml-feed');
    try {
      const json = await xmlToJsonFeed(body);
      if (json) return { json };
    } catch (error) {
      if (!(error instanceof NotAFeed)) throw error;
      return { kind: 'not-xml-feed', problem: `The file at ${url} is XML but not an RSS or Atom feed: ${error.message}.` };
    }
    return { kind: 'not-xml-feed', problem: `The feed at ${url} is XML: reading it needs the Trusted Types policy impact-stories-html.` };
  }
  try {
    return { json: JSON.parse(body) };
  } catch (error) {
    return { kind: 'not-json', problem: `The file at ${url} (content type ${type}) is not valid JSON: ${(error as Error).message}.` };
  }
}
