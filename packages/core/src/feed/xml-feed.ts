// RSS (0.9x, 1.0 and 2.0) and Atom (1.0 and 0.3) feeds, read with the platform's XML parser into the JSON Feed shape the rest of the
// widgets read. A file of its own, loaded only when a response is XML: pages with JSON Feeds never download it.
// The same code reads feeds in Node, given another parser (server/node-markup.ts): it reads only MarkupParser's
// DOM subset (childNodes and nodeType, attributes, names and namespaces, textContent).
import { browserMarkup } from './browser-markup.js';
import { ELEMENT_NODE, type MarkupParser, type XmlElement as Element, type XmlNode } from './markup-parser.js';
import { firstImage, htmlToText } from './untidy-items.js';

type Item = Record<string, unknown>;

const MEDIA = 'http://search.yahoo.com/mrss/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const ATOM = 'http://www.w3.org/2005/Atom';
const ATOM_03 = 'http://purl.org/atom/ns#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

/** Thrown for a document that is XML but no RSS or Atom feed; fetch-feed.ts turns it into a FeedError. */
export class NotAFeed extends Error {}

const elementsIn = (parent: Element) =>
  Array.from(parent.childNodes).filter((node: XmlNode): node is Element => node.nodeType === ELEMENT_NODE);

/** Child elements of `parent` with this local name, in namespace `ns` (RSS's own elements have none). */
const children = (parent: Element, name: string, ns: string | null = parent.namespaceURI) =>
  elementsIn(parent).filter((child) => child.localName === name && child.namespaceURI === ns);

const child = (parent: Element, name: string, ns?: string | null) => children(parent, name, ns)[0];
const textOf = (parent: Element, name: string, ns?: string | null) => child(parent, name, ns)?.textContent?.trim() || undefined;

/** Media RSS elements, also inside `media:group`. */
function media(item: Element, name: string): Element[] {
  return [item, ...children(item, 'group', MEDIA)].flatMap((parent) => children(parent, name, MEDIA));
}

const attribute = (element: Element | undefined, name: string) => element?.getAttribute(name) ?? '';
const imageFile = /\.(avif|gif|jpe?g|png|svg|webp)(\?|$)/i;
const otherFile = /\.(mp3|m4a|aac|oga|ogg|opus|wav|flac|mp4|m4v|mov|webm|ogv|pdf|swf)(\?|$)/i;

/** An enclosure (RSS or Atom) of an image: its type says so, or it has none and its file name does. */
const isImage = (element: Element, url = 'url') =>
  /^image\//.test(attribute(element, 'type')) || (!attribute(element, 'type') && imageFile.test(attribute(element, url).slice(0, 2000)));

/** A Media RSS item: `medium="image"`, an image type, or neither (most feeds name neither) and no sound or video file. */
const isMediaImage = (element: Element) =>
  attribute(element, 'medium') === 'image' ||
  /^image\//.test(attribute(element, 'type')) ||
  (!attribute(element, 'medium') && !attribute(element, 'type') && !otherFile.test(attribute(element, 'url').slice(0, 2000)));

interface Photo {
  image?: string;
  credit?: string;
  alt?: string;
}

/**
 * The item's photo, its credit and its description: Media RSS, an image enclosure, an Atom enclosure link, a
 * podcast's `itunes:image`, a Media RSS thumbnail (also in `media:group`, as YouTube writes), else the first
 * picture of its HTML that is no tracking pixel, resolved against the item's link.
 */
function photoOf(item: Element, html: (string | undefined)[], link: string | undefined, parser: MarkupParser): Photo {
  const content = media(item, 'content').find(isMediaImage);
  // The full image before a thumbnail of it.
  const url =
    content?.getAttribute('url') ??
    children(item, 'enclosure')
      .find((enclosure) => isImage(enclosure))
      ?.getAttribute('url') ??
    children(item, 'link', ATOM)
      .find((candidate) => candidate.getAttribute('rel') === 'enclosure' && isImage(candidate, 'href'))
      ?.getAttribute('href') ??
    child(item, 'image', ITUNES)?.getAttribute('href') ??
    media(item, 'thumbnail')[0]?.getAttribute('url');
  const credit = (content && textOf(content, 'credit', MEDIA)) ?? media(item, 'credit')[0]?.textContent?.trim();
  if (url) return { image: url, credit: credit || undefined, alt: content && textOf(content, 'description', MEDIA) };
  for (const markup of html) {
    const found = markup && firstImage(parser, markup, link);
    if (found) return { image: found.src, alt: found.alt };
  }
  return {};
}

const impact = ({ credit, alt }: Photo) => (credit || alt ? { image_credit: credit, image_alt: alt } : undefined);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = { ut: 'Z', utc: 'Z', gmt: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00' };
Object.assign(ZONES, { cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' });
Object.assign(ZONES, { bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', jst: '+09:00' });

/**
 * An RSS date (RFC 822: `Tue, 03 Dec 2020 10:00:00 -0600`) as RFC 3339 in the offset it was written in, so the
 * day shown is the publisher's. A zone this does not know gives the time without one: the day stays the one
 * written. Anything else is passed on as written.
 */
export function rfc822ToIso(value: string | undefined): string | undefined {
  const parts =
    value &&
    /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([+-]\d\d:?\d\d|[a-z]+)?/i.exec(
      value.trim().slice(0, 200),
    );
  const month = parts ? MONTHS.indexOf(parts[2]!.toLowerCase()) : -1;
  if (!parts || month < 0) return value;
  // Groups 1 to 5 take part in every match; the seconds and the zone may not.
  const [, day, , written, hours, minutes, seconds = '00', zone = 'GMT'] = parts as RegExpExecArray & Record<0 | 1 | 2 | 3 | 4 | 5, string>;
  // RFC 822's two-digit years: 00-49 are this century, 50-99 the last.
  const year = written.length === 2 ? String((+written < 50 ? 2000 : 1900) + +written) : written;
  const offset = /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : (ZONES[zone.toLowerCase()] ?? '');
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return `${date}T${hours.padStart(2, '0')}:${minutes}:${seconds}${offset}`;
}

/**
 * Text the feed says is plain (Atom's `type="text"`, a Media RSS description), its "<" and "&" escaped, so that
 * the untidy-items reader, which reads tags it finds in JSON Feed text as markup, shows them as written.
 */
const asText = (value: string | undefined) => value?.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The Media RSS description of an item (a video's, in YouTube's media:group), as text. */
const mediaDescription = (item: Element) => asText(media(item, 'description')[0]?.textContent?.trim() || undefined);

function rssItem(item: Element, parser: MarkupParser): Item {
  // RSS 1.0 names each item by its address (rdf:about).
  const about = item.getAttributeNS(RDF, 'about') || undefined;
  const link = textOf(item, 'link') ?? about;
  const author = textOf(item, 'creator', DC) ?? textOf(item, 'author');
  // Descriptions are HTML, escaped in the XML: the untidy-items reader reads their words.
  const description = textOf(item, 'description') ?? textOf(item, 'summary', ITUNES);
  const encoded = textOf(item, 'encoded', CONTENT);
  const photo = photoOf(item, [encoded, description], link, parser);
  return {
    id: textOf(item, 'guid') ?? link ?? textOf(item, 'title'),
    url: link ?? (child(item, 'guid')?.getAttribute('isPermaLink') !== 'false' ? textOf(item, 'guid') : undefined),
    title: textOf(item, 'title'),
    content_html: description ?? encoded,
    // A video's description in Media RSS, where the item has none of its own.
    content_text: description || encoded ? undefined : mediaDescription(item),
    date_published: rfc822ToIso(textOf(item, 'pubDate') ?? textOf(item, 'date', DC) ?? textOf(item, 'updated', ATOM)),
    image: photo.image,
    tags: children(item, 'category').map((category) => category.textContent?.trim() ?? ''),
    authors: author ? [{ name: author }] : undefined,
    _impact: impact(photo),
  };
}

/**
 * Atom text constructs: `type="html"` holds escaped HTML, `xhtml` a div of markup; both are read as HTML. Atom 0.3's
 * `mode="escaped"` and `mode="xml"` are read the same way.
 */
const atomText = (entry: Element, name: string, parser: MarkupParser) => {
  const element = child(entry, name);
  if (!element) return {};
  const type = attribute(element, 'type');
  const mode = attribute(element, 'mode');
  if (type === 'xhtml' || mode === 'xml') return { html: parser.innerMarkup(element) };
  return /html/.test(type) || mode === 'escaped' ? { html: element.textContent ?? '' } : { text: asText(element.textContent?.trim()) };
};

/** The words of an Atom title written as HTML; undefined for a text one. */
function htmlTitle(parent: Element, parser: MarkupParser): string | undefined {
  const { html } = atomText(parent, 'title', parser);
  return html === undefined ? undefined : htmlToText(parser, html).trim();
}

/** The `alternate` link (a link without `rel` is one); never a `self` or `enclosure` link. */
function atomLink(parent: Element): string | undefined {
  const link = children(parent, 'link').find((candidate) => (candidate.getAttribute('rel') ?? 'alternate') === 'alternate');
  return link?.getAttribute('href') ?? undefined;
}

/** An Atom 1.0 entry, or an Atom 0.3 one: each element is looked up in the entry's own namespace. */
function atomEntry(entry: Element, parser: MarkupParser): Item {
  const title = atomText(entry, 'title', parser);
  const summary = atomText(entry, 'summary', parser);
  const content = atomText(entry, 'content', parser);
  const link = atomLink(entry);
  const photo = photoOf(entry, [content.html, summary.html], link, parser);
  const authors = children(entry, 'author').map((author) => ({ name: textOf(author, 'name') }));
  return {
    id: textOf(entry, 'id') ?? link,
    url: link,
    title: title.text ?? htmlTitle(entry, parser),
    summary: summary.text,
    content_html: summary.html ?? content.html,
    // YouTube describes its videos in media:group.
    content_text: content.text ?? ((summary.html ?? content.html) ? undefined : media(entry, 'description')[0]?.textContent?.trim()),
    date_published: ['published', 'updated', 'issued', 'modified', 'created'].map((name) => textOf(entry, name)).find(Boolean),
    image: photo.image,
    tags: children(entry, 'category').map((category) => category.getAttribute('term') ?? ''),
    authors,
    _impact: impact(photo),
  };
}

const XML_NAMES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Most names of characters looked up in one document: HTML has about 2,200; more are made up. */
const MAX_NAMES = 300;

/** `xml` with HTML's named character references as numeric ones (`&eacute;` as `&#233;`), unknown ones as text. */
function withNumericReferences(xml: string, parser: MarkupParser): string {
  const found = new Map<string, string>();
  return xml.replace(/&([a-z][a-z\d]{1,31});/gi, (whole, name: string) => {
    if (XML_NAMES.has(name)) return whole;
    let numeric = found.get(name);
    if (numeric === undefined) {
      const character = found.size < MAX_NAMES ? parser.decodeEntities(whole) : whole;
      numeric = character === whole ? `&amp;${name};` : [...character].map((point) => `&#${point.codePointAt(0)};`).join('');
      found.set(name, numeric);
    }
    return numeric;
  });
}

/** `elements` converted in tasks of about 10 ms each, so a feed of 20,000 items never holds the page for long. */
async function inSlices(elements: Element[], convert: (element: Element) => Item): Promise<Item[]> {
  const items: Item[] = [];
  while (items.length < elements.length) {
    if (items.length) await new Promise((resolve) => setTimeout(resolve));
    for (const end = performance.now() + 10; items.length < elements.length && performance.now() < end;) {
      items.push(convert(elements[items.length]!));
    }
  }
  return items;
}

/**
 * An RSS or Atom document as a JSON Feed 1.1 object. Throws NotAFeed, with the parser's reason, for
 * XML that is not well-formed or is neither; undefined where this page's Trusted Types forbid reading it.
 * `parser` is the browser's DOMParser unless given (Node gives its own).
 */
export async function xmlToJsonFeed(xml: string, parser: MarkupParser = browserMarkup): Promise<Item | undefined> {
  let root = parser.xml(xml);
  // RSS 0.91 took HTML's named characters (&eacute;) from Netscape's DTD, which no parser reads: read them as HTML does.
  const withNumbers = typeof root === 'string' && /&[a-z][a-z\d]{1,31};/i.test(xml) && withNumericReferences(xml, parser);
  if (withNumbers && withNumbers !== xml) {
    const again = parser.xml(withNumbers);
    if (typeof again !== 'string') root = again;
  }
  if (typeof root === 'string') throw new NotAFeed(`it is not well-formed XML (${root.slice(0, 200)})`);
  if (!root) return undefined;
  // RSS 0.9x and 2.0 (some in a namespace of their own, as UserLand's), and RSS 1.0 (RDF, its items beside its channel).
  const rdf = root.localName === 'RDF' && root.namespaceURI === RDF;
  if (root.localName === 'rss' || rdf) {
    const channel = elementsIn(root).find((element) => element.localName === 'channel');
    if (!channel) throw new NotAFeed(`its <${root.nodeName}> element holds no <channel>`);
    const ns = channel.namespaceURI;
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: textOf(channel, 'title'),
      home_page_url: textOf(channel, 'link'),
      language: textOf(channel, 'language') ?? textOf(channel, 'language', DC),
      items: await inSlices([...children(channel, 'item', ns), ...(rdf ? children(root, 'item', ns) : [])], (item) =>
        rssItem(item, parser),
      ),
    };
  }
  if (root.localName === 'feed' && (root.namespaceURI === ATOM || root.namespaceURI === ATOM_03)) {
    return {
      version: 'https://jsonfeed.org/version/1.1',
      title: htmlTitle(root, parser) ?? textOf(root, 'title'),
      home_page_url: atomLink(root),
      language: root.getAttribute('xml:lang') ?? undefined,
      items: await inSlices(children(root, 'entry'), (entry) => atomEntry(entry, parser)),
    };
  }
  throw new NotAFeed(`its root element <${root.nodeName.slice(0, 40)}> is not RSS's <rss> or <rdf:RDF>, nor Atom's <feed>`);
}
