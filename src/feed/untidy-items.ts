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

const blocks = 'p,div,li,br,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,dt,dd';
// A photo's caption describes a photo the card shows apart, if at all: it is no part of the summary.
const unseen = 'script,style,template,noscript,iframe,object,svg,math,figcaption';

/** The words of a parsed HTML fragment, blocks separated by spaces. */
function wordsOf(body: HTMLElement): string {
  for (const element of body.querySelectorAll(unseen)) element.remove();
  for (const element of body.querySelectorAll(blocks)) element.append(' ');
  return body.textContent ?? '';
}

/** The words of an HTML fragment, blocks separated by spaces; '' where markup cannot be read here. */
export function htmlToText(html: string): string {
  const body = parse(html)?.body;
  return body ? wordsOf(body) : '';
}

/** Most of an HTML text searched for its first picture: a long post's first picture comes well before. */
const IMAGE_SEARCH = 100_000;
/** Addresses of tracking pixels (Feedburner, WordPress.com, Medium's stat, any `/pixel`) and campaign-tagged ones. */
const pixelAddress = /feeds\.feedburner\.com\/~|pixel\.wp\.com\/|\/_\/stat\?|\/pixel(?:[./?]|$)|[?&]utm_/i;
const tiny = (value: string | null) => !!value?.trim() && parseFloat(value) <= 2;

/** `src` against `base`, if it is http(s); a relative `src` stays relative where there is no base to resolve it. */
function resolve(src: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(src, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return base || /^[a-z][\w+.-]*:/i.test(src) ? undefined : src;
  }
}

/**
 * The first picture of an HTML text that is neither a tracking pixel (a declared width or height of 2 px or
 * less, a known pixel address) nor an emoji drawn as an image, with its address resolved against `base` (the
 * item's link) and its alt text; only http(s) addresses.
 */
export function firstImage(html: string, base?: string): { src: string; alt: string } | undefined {
  const bounded = html.slice(0, IMAGE_SEARCH);
  if (!/<img[\s/>]/i.test(bounded)) return undefined;
  for (const image of parse(bounded)?.querySelectorAll('img') ?? []) {
    if (tiny(image.getAttribute('width')) || tiny(image.getAttribute('height'))) continue;
    if (/emoji|smiley/i.test(image.className)) continue;
    // Pages that load pictures lazily name them in data-src, the src being a placeholder.
    const written = [image.getAttribute('src'), image.getAttribute('data-src'), image.getAttribute('data-lazy-src')].find(
      (candidate) => candidate?.trim() && !/^data:/i.test(candidate.trim()),
    );
    const src = written && !pixelAddress.test(written.slice(0, 2000)) ? resolve(written.trim(), base) : undefined;
    if (src) return { src, alt: image.getAttribute('alt')?.trim() ?? '' };
  }
  return undefined;
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
  // Text with markup in it is read as HTML when the HTML parser finds an element in it (`<img src=…>`, `<p>`);
  // plain text with a "<" ("a<b", "a < b") holds none and stays as written, its character references decoded.
  function plain(value: unknown): unknown {
    if (typeof value !== 'string' || !markup.test(value)) return value;
    const body = parse(start(value))?.body;
    return body?.querySelector('*') ? wordsOf(body) : decodeEntities(start(value));
  }
  const html = (value: unknown) => (typeof value === 'string' ? htmlToText(start(value)) : '');

  /** The item's HTML: content_html, or content_text where it holds markup (as some micro.blog feeds write it). */
  const markupOf = (item: Json) =>
    [item.content_html, item.content_text].filter((value): value is string => typeof value === 'string' && markup.test(value));

  function summaryOf(item: Json): string {
    const summary = text(plain(item.summary), limits.summary);
    if (summary) return summary;
    const words =
      (typeof item.content_text === 'string' && text(plain(withoutMarkdownLinks(start(item.content_text))), limits.summary)) ||
      text(html(item.content_html), limits.summary);
    if (words) return words;
    // A photo post with no words but its photo's description.
    for (const value of markupOf(item)) {
      const alt = firstImage(value)?.alt;
      if (alt) return text(alt, limits.summary);
    }
    return '';
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
      const declared = safeHttpUrl(item.image, feedUrl) ?? safeHttpUrl(item.banner_image, feedUrl) ?? safeHttpUrl(attachment?.url, feedUrl);
      if (declared) return declared;
      // Else the first picture of its HTML, resolved against the item's link.
      const base = safeHttpUrl(item.url ?? item.external_url, feedUrl) ?? feedUrl;
      for (const value of markupOf(item)) {
        const found = safeHttpUrl(firstImage(value, base)?.src, base);
        if (found) return found;
      }
      return undefined;
    },
  };
}
