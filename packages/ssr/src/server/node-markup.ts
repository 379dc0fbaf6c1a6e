// The feed readers' markup parser in Node (the command, the server renderer): @xmldom/xmldom for XML, which gives
// the DOM subset the readers use, and htmlparser2 for HTML inside items, which reads untidy HTML (unclosed tags,
// HTML's named characters, unquoted attributes) as browsers do, where xmldom reads only well-formed markup.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { parseDocument } from 'htmlparser2';
import { BLOCKS, UNSEEN, type HtmlFragment, type MarkupParser, type XmlElement } from 'impact-stories-core/feed/markup-parser';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: unknown }>;

const blocks = new Set(BLOCKS.split(','));
const unseen = new Set(UNSEEN.split(','));

/** The text of `nodes`, as a browser's textContent reads it after the readers drop unseen elements and space blocks. */
function wordsOf(nodes: Node[]): string {
  let words = '';
  for (const node of nodes) {
    if (node.type === 'text') words += node.data;
    else if ('attribs' in node) {
      const { name } = node;
      if (unseen.has(name)) continue;
      words += wordsOf(node.children);
      if (blocks.has(name)) words += ' ';
    }
  }
  return words;
}

/** The elements of `nodes` and their descendants, in document order. */
function* elementsOf(nodes: Node[]): Generator<Element> {
  for (const node of nodes) {
    if ('attribs' in node) {
      yield node;
      yield* elementsOf(node.children);
    }
  }
}

function fragment(markup: string): HtmlFragment {
  const nodes = parseDocument(markup, { decodeEntities: true }).children;
  return {
    hasElement: () => !elementsOf(nodes).next().done,
    words: () => wordsOf(nodes),
    images: () =>
      [...elementsOf(nodes)].filter((element) => element.name === 'img').map((image) => (name: string) => image.attribs[name] ?? null),
  };
}

export const nodeMarkup: MarkupParser = {
  xml(text) {
    let problem: string | undefined;
    const parser = new DOMParser({
      onError(level, message) {
        // Browsers refuse a document that is not well-formed, its first error included (an undeclared entity).
        if (level !== 'warning') throw new Error((problem ??= message));
      },
    });
    try {
      return parser.parseFromString(text, 'application/xml').documentElement as unknown as XmlElement;
    } catch (error) {
      return problem ?? (error as Error).message;
    }
  },
  innerMarkup: (element) => {
    const serializer = new XMLSerializer();
    return Array.from((element as unknown as import('@xmldom/xmldom').Element).childNodes, (node) =>
      serializer.serializeToString(node),
    ).join('');
  },
  html: fragment,
  decodeEntities: (text) => wordsOf(parseDocument(text.replace(/</g, '&lt;'), { decodeEntities: true }).children),
};
