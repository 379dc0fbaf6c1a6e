// The browser's markup parser for the feed readers: DOMParser, whose documents are inert (no script runs, nothing
// loads, nothing reaches the page). Imports nothing from the script-tag bundle.
import { BLOCKS, UNSEEN, type HtmlFragment, type MarkupParser, type XmlElement } from './markup-parser.js';

const POLICY = 'impact-stories-html';

type Policy = { createHTML(input: string): unknown };
type TrustedTypes = { createPolicy(name: string, rules: { createHTML(input: string): string }): Policy };

/** Trusted Types pages need a policy for DOMParser; null where the page's CSP does not allow this one. */
function htmlPolicy(): Policy | null | undefined {
  try {
    // The policy hands text to DOMParser below and nowhere else; that document is inert.
    return (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy(POLICY, { createHTML: (input) => input });
  } catch {
    console.warn(
      `impact-stories: this page's Trusted Types allow no "${POLICY}" policy, so markup in feeds, and RSS and Atom feeds, cannot be read.`,
    );
    return null;
  }
}

let policy: Policy | null | undefined;
let policyChecked = false;

/** `markup` parsed into an inert document; undefined where this page's Trusted Types forbid it. */
function parseInert(markup: string, type: DOMParserSupportedType): Document | undefined {
  if (!policyChecked) {
    policy = htmlPolicy();
    policyChecked = true;
  }
  if (policy === null) return undefined;
  return new DOMParser().parseFromString((policy ? policy.createHTML(markup) : markup) as string, type);
}

function fragment(body: HTMLElement): HtmlFragment {
  return {
    hasElement: () => !!body.querySelector('*'),
    words() {
      for (const element of body.querySelectorAll(UNSEEN)) element.remove();
      for (const element of body.querySelectorAll(BLOCKS)) element.append(' ');
      return body.textContent ?? '';
    },
    images: () => [...body.querySelectorAll('img')].map((image) => (name: string) => image.getAttribute(name)),
  };
}

export const browserMarkup: MarkupParser = {
  xml(text) {
    const document = parseInert(text, 'application/xml');
    const error = document?.querySelector('parsererror');
    // Chromium and WebKit put the parser's words in a div of their report; Firefox's come first in its text.
    if (error) return ((error.querySelector('div') ?? error).textContent ?? '').trim().split('\n')[0];
    return document?.documentElement;
  },
  innerMarkup: (element) => (element as XmlElement & Element).innerHTML,
  html(markup) {
    const body = parseInert(markup, 'text/html')?.body;
    return body && fragment(body);
  },
  decodeEntities(text) {
    // A textarea's contents are text in which only character references are read.
    const field = parseInert(`<textarea>${text.replace(/<\//g, '&lt;/')}</textarea>`, 'text/html')?.querySelector('textarea');
    return field ? field.value : text;
  },
};
