// RSS 2.0 and Atom 1.0 feeds, read with the platform's XML parser into the JSON Feed shape the rest of the
// widgets read. A file of its own, loaded only when a response is XML: pages with JSON Feeds never download it.
import { htmlToText, parseInert } from './untidy-items.js';

type Item = Record<string, unknown>;

const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const ATOM = 'http://www.w3.org/2005/Atom';

/** Thrown for a document that is XML but no RSS or Atom feed; fetch-feed.ts turns it into a FeedError. */
export class NotAFeed extends Error {}

/** Child elements of `parent` with this local name, in namespace `ns` (RSS's own elements have none). */
const children = (parent: Element, name: string, ns: string | null = parent.namespaceURI) =>
  [...parent.children].filter((child) => child.localName === name && child.namespaceURI === ns);

const child = (parent: Element, name: string, ns?: string | null) => children(parent, name, ns)[0];
const textOf = (parent: Element, name: string, ns?: string | null) => child(parent, name, ns)?.textContent?.trim() || undefined;

/** Media RSS elements, also inside `media:group`. */
function media(item: Element, name: string): Element[] {
  return [item, ...children(item, 'group', MEDIA)].flatMap((parent) => children(parent, name, MEDIA));
}

const isImage = (element: Element) =>
  /^image\//.test(element.getAttribute('type') ?? '') ||
  element.getAttribute('medium') === 'image' ||
  (!element.getAttribute('type') &&
    !element.getAttribute('medium') &&
    /\.(avif|gif|jpe?g|png|svg|webp)(\?|$)/i.test(element.getAttribute('url') ?? ''));

/** The item's photo and its credit, from Media RSS, an image enclosure, or an Atom enclosure link. */
function imageOf(item: Element): { image?: string; credit?: string } {
  const content = media(item, 'content').find(isImage);
  // The full image before a thumbnail of it.
  const url =
    content?.getAttribute('url') ??
    children(item, 'enclosure').find(isImage)?.getAttribute('url') ??
    children(item, 'link', ATOM)
      .find((link) => link.getAttribute('rel') === 'enclosure' && /^image\//.test(link.getAttribute('type') ?? ''))
      ?.getAttribute('href') ??
    media(item, 'thumbnail')[0]?.getAttribute('url');
  const credit = (content && textOf(content, 'credit', MEDIA)) ?? media(item, 'credit')[0]?.textContent?.trim();
  return { image: url ?? undefined, credit: credit || undefined };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = { ut: 'Z', utc: 'Z', gmt: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00' };
Object.assign(ZONES, { cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' });
Object.assign(ZONES, { bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', jst: '+09:00' });

/**
 * An RSS date (RFC 822: `Tue, 03 Dec 2020 10:00:00 -0600`) as RFC 3339 in the offset it was written in, so the
 * day shown is the publisher's. Anything else is passed on as written.
 */
export function rfc822ToIso(value: string | undefined): string | undefined {
  const parts =
    value && /^(?:\w+,\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([+-]\d{4}|\w+)?/.exec(value.trim());
  const month = parts ? MONTHS.indexOf(parts[2].toLowerCase()) : -1;
  if (!parts || month < 0) return value;
  const [, day, , written, hours, minutes, seconds = '00', zone = 'GMT'] = parts;
  // RFC 822's two-digit years: 00-49 are this century, 50-99 the last.
  const year = written.length === 2 ? String((+written < 50 ? 2000 : 1900) + +written) : written;
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone.toLowerCase()];
  if (!offset) return value;
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return `${date}T${hours.padStart(2, '0')}:${minutes}:${seconds}${offset}`;
}

function rssItem(item: Element): Item {
  const { image, credit } = imageOf(item);
  const author = textOf(item, 'creator', DC) ?? textOf(item, 'author');
  return {
    id: textOf(item, 'guid') ?? textOf(item, 'link') ?? textOf(item, 'title'),
    url: textOf(item, 'link') ?? (child(item, 'guid')?.getAttribute('isPermaLink') !== 'false' ? textOf(item, 'guid') : undefined),
    title: textOf(item, 'title'),
    // Descriptions are HTML, escaped in the XML: the untidy-items reader reads their words.
    content_html: textOf(item, 'description') ?? textOf(item, 'encoded', CONTENT),
    date_published: rfc822ToIso(textOf(item, 'pubDate') ?? textOf(item, 'date', DC)),
    image,
    tags: children(item, 'category').map((category) => category.textContent?.trim() ?? ''),
    authors: author ? [{ name: author }] : undefined,
    _impact: credit ? { image_credit: credit } : undefined,
  };
}

/** Atom text constructs: `type="html"` holds escaped HTML, `xhtml` a div of markup; both are read as HTML. */
const atomText = (entry: Element, name: string) => {
  const element = child(entry, name, ATOM);
  if (!element) return {};
  const type = element.getAttribute('type');
  return type === 'html' || type === 'xhtml'
    ? { html: type === 'html' ? (element.textContent ?? '') : element.innerHTML }
    : { text: element.textContent?.trim() };
};

/** The `alternate` link (a link without `rel` is one); never a `self` or `enclosure` link. */
function atomLink(parent: Element): string | undefined {
  const link = children(parent, 'link', ATOM).find((candidate) => (candidate.getAttribute('rel') ?? 'alternate') === 'alternate');
  return link?.getAttribute('href') ?? undefined;
}

function atomEntry(entry: Element): Item {
  const { image, credit } = imageOf(entry);
  const title = atomText(entry, 'title');
  const summary = atomText(entry, 'summary');
  const content = atomText(entry, 'content');
  const authors = children(entry, 'author', ATOM).map((author) => ({ name: textOf(author, 'name', ATOM) }));
  return {
    id: textOf(entry, 'id', ATOM) ?? atomLink(entry),
    url: atomLink(entry),
    title: title.text ?? (title.html === undefined ? undefined : htmlToText(title.html).trim()),
    summary: summary.text,
    content_html: summary.html ?? content.html,
    content_text: content.text,
    date_published: textOf(entry, 'published', ATOM) ?? textOf(entry, 'updated', ATOM),
    image,
    tags: children(entry, 'category', ATOM).map((category) => category.getAttribute('term') ?? ''),
    authors,
    _impact: credit ? { image_credit: credit } : undefined,
  };
}

/** `elements` converted in tasks of about 10 ms each, so a feed of 20,000 items never holds the page for long. */
async function inSlices(elements: Element[], convert: (element: Element) => Item): Promise<Item[]> {
  const items: Item[] = [];
  while (items.length < elements.length) {
    if (items.length) await new Promise((resolve) => setTimeout(resolve));
    for (const end = performance.now() + 10; items.length < elements.length && performance.now() < end;) {
      items.push(convert(elements[items.length]));
    }
  }
  return items;
}

/**
 * An RSS 2.0 or Atom 1.0 document as a JSON Feed 1.1 object. Throws NotAFeed, with the parser's reason, for
 * XML that is not well-formed or is neither; undefined where this page's Trusted Types forbid reading it.
 */
export async function xmlToJsonFeed(xml: string): Promise<Item | undefined> {
  const document = parseInert(xml, 'application/xml');
  if (!document) return undefined;
  const error = document.querySelector('parsererror');
  if (error) {
    // Chromium and WebKit put the parser's words in a div of their report; Firefox's come first in its text.
    const words = (error.querySelector('div') ?? error).textContent ?? '';
    throw new NotAFeed(`it is not well-formed XML (${words.trim().split('\n')[0].slice(0, 200)})`);
  }
  const root = document.documentElement;
  const channel = root.localName === 'rss' ? child(root, 'channel', null) : undefined;
  if (channel) {
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: textOf(channel, 'title'),
      home_page_url: textOf(channel, 'link'),
      language: textOf(channel, 'language'),
      items: await inSlices(children(channel, 'item', null), rssItem),
    };
  }
  if (root.localName === 'feed' && root.namespaceURI === ATOM) {
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: textOf(root, 'title', ATOM),
      home_page_url: atomLink(root),
      language: root.getAttribute('xml:lang') ?? undefined,
      items: await inSlices(children(root, 'entry', ATOM), atomEntry),
    };
  }
  throw new NotAFeed(`its root element <${root.localName.slice(0, 40)}> is neither RSS 2.0's <rss> nor Atom's <feed>`);
}
