// What tidy feeds do not need, in a file of its own that only feeds with such items load: items without a title or
// summary, markup and character references in text, and images given as `banner_image` or an attachment.
// Markup is parsed into an inert document (DOMParser: no script runs, nothing loads, nothing reaches the page).
// This file imports nothing from the script-tag bundle: what it shares with it comes in `tools`.
import type { Json, UntidyItemReader } from './normalise-feed.js';

export interface ReaderTools {
  text(value: unknown, max?: number): string;
  isObject(value: unknown): value is Json;
  safeHttpUrl(value: unknown, base: string): string | undefined;
  /** Matches markup or a character reference. */
  markup: RegExp;
  limits: { title: number; heading: number; summary: number };
}

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
export function parseInert(markup: string, type: DOMParserSupportedType = 'text/html'): Document | undefined {
  if (!policyChecked) {
    policy = htmlPolicy();
    policyChecked = true;
  }
  if (policy === null) return undefined;
  return new DOMParser().parseFromString((policy ? policy.createHTML(markup) : markup) as string, type);
}

const parse = (html: string) => parseInert(html);

const blocks = 'p,div,li,br,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,figcaption,dt,dd';
const unseen = 'script,style,template,noscript,iframe,object,svg,math';

/** The words of an HTML fragment, blocks separated by spaces; '' where markup cannot be read here. */
export function htmlToText(html: string): string {
  const body = parse(html)?.body;
  if (!body) return '';
  for (const element of body.querySelectorAll(unseen)) element.remove();
  for (const element of body.querySelectorAll(blocks)) element.append(' ');
  return body.textContent ?? '';
}

/** `text` with its character references (`&amp;`, `&#39;`, `&#8216;`) decoded and nothing else changed. */
export function decodeEntities(text: string): string {
  // A textarea's contents are text in which only character references are read.
  const field = parse(`<textarea>${text.replace(/<\//g, '&lt;/')}</textarea>`)?.querySelector('textarea');
  return field ? field.value : text;
}

/** Markdown's `![alt](url)` and `[words](url)` as their words. Bound `text` first: the patterns scan ahead. */
export const withoutMarkdownLinks = (text: string) => text.replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1');

export function untidyItemReader({ text, isObject, safeHttpUrl, markup, limits }: ReaderTools): UntidyItemReader {
  // A whole post can be 28,000 characters: only its start is read, which is more than a summary shows.
  const start = (value: string) => value.slice(0, limits.summary * 8);
  // Plain text may hold a "<" ("a<b"): it is read as HTML only with a closing tag or a paragraph in it.
  const looksLikeHtml = (value: string) => /<\/[a-z][a-z\d]*>|<(p|br)[\s/>]/i.test(value);
  const plain = (value: unknown) =>
    typeof value === 'string' && markup.test(value) ? (looksLikeHtml(value) ? htmlToText : decodeEntities)(start(value)) : value;

  function summaryOf(item: Json): string {
    const summary = text(plain(item.summary), limits.summary);
    if (summary) return summary;
    if (typeof item.content_text === 'string' && item.content_text.trim()) {
      return text(plain(withoutMarkdownLinks(start(item.content_text))), limits.summary);
    }
    return typeof item.content_html === 'string' ? text(htmlToText(start(item.content_html)), limits.summary) : '';
  }

  return {
    headingOf(item) {
      const title = text(plain(item.title), limits.title);
      const summary = summaryOf(item);
      if (title || !summary) return [title, summary];
      // An untitled item (a micro-post) is headed by the start of its text, and its summary goes on from there.
      const heading = text(summary, limits.heading);
      if (!heading.endsWith('…')) return [heading, ''];
      const rest = summary.slice(heading.length - 1).replace(/^[\s.,;:!?]+/, '');
      return [heading, rest && `…${rest}`];
    },
    imageOf(item, feedUrl) {
      const attachment = Array.isArray(item.attachments)
        ? item.attachments.find((entry) => isObject(entry) && typeof entry.mime_type === 'string' && entry.mime_type.startsWith('image/'))
        : undefined;
      return safeHttpUrl(item.image, feedUrl) ?? safeHttpUrl(item.banner_image, feedUrl) ?? safeHttpUrl(attachment?.url, feedUrl);
    },
  };
}
