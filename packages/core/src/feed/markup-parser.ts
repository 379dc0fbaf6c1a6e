// What the feed readers need of a markup parser. In the browser it is DOMParser (browser-markup.ts); in Node,
// @xmldom/xmldom for XML and htmlparser2 for HTML (server/node-markup.ts). The readers touch only this, and of
// an XML document only the DOM Level 2 subset both parsers give, so both read a feed into the same stories.

/** A node of a parsed XML document. */
export interface XmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

/** An element of a parsed XML document. */
export interface XmlElement extends XmlNode {
  readonly localName: string | null;
  readonly namespaceURI: string | null;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<XmlNode>;
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string, name: string): string | null;
}

/** A parsed HTML fragment. */
export interface HtmlFragment {
  /** True when the parser found an element in it: text such as "a < b" holds none. */
  hasElement(): boolean;
  /** Its words, blocks separated by spaces, without what a reader never sees (scripts, styles, captions…). */
  words(): string;
  /** Its pictures, in order, each as a reader of its attributes. */
  images(): ((name: string) => string | null)[];
}

export interface MarkupParser {
  /**
   * The root element of an XML document, or the parser's words on why it is not well-formed; undefined where
   * markup cannot be read here (a page whose Trusted Types forbid it).
   */
  xml(text: string): XmlElement | string | undefined;
  /** An XML element's content as markup (Atom's `type="xhtml"`). */
  innerMarkup(element: XmlElement): string;
  /** An HTML fragment, parsed inert: nothing runs, nothing loads. Undefined where markup cannot be read here. */
  html(markup: string): HtmlFragment | undefined;
  /** `text` with its character references (`&amp;`, `&#39;`, `&eacute;`) decoded as HTML reads them, nothing else changed. */
  decodeEntities(text: string): string;
}

export const ELEMENT_NODE = 1;

/** Elements whose words the readers separate by a space. */
export const BLOCKS = 'p,div,li,br,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,dt,dd';
/** Elements whose words no reader sees; a photo's caption describes a photo the card shows apart, if at all. */
export const UNSEEN = 'script,style,template,noscript,iframe,object,svg,math,figcaption';
