// What tidy feeds do not need, in a file of its own that only feeds with such items load: items without a title or
// summary, markup and character references in text, and images given as `banner_image` or an attachment.
// Markup is parsed inert by `tools.parser`: DOMParser in the browser (browser-markup.ts), htmlparser2 in Node.
// This file imports nothing from the script-tag bundle: what it shares with it comes in `tools`.
import type { Json, UntidyItemReader } from './normalise-feed.js';
import { browserMarkup } from './browser-markup.js';
import type { MarkupParser } from './markup-parser.js';

export interface ReaderTools {
  text(value: unknown, max?: number): string;
  isObject(value: unknown): value is Json;
  safeHttpUrl(value: unknown, base: string): string | undefined;
  /** Matches markup or a character reference. */
  markup: RegExp;
  limits: { title: number; heading: number; summary: number };
  /** The browser's DOMParser unless given. */
  parser?: MarkupParser;
}

/** The words of an HTML fragment, blocks separated by spaces; '' where markup cannot be read here. */
export const htmlToText = (parser: MarkupParser, html: string): string => parser.html(html)?.words() ?? '';

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
export function firstImage(parser: MarkupParser, html: string, base?: string): { src: string; alt: string } | undefined {
  const bounded = html.slice(0, IMAGE_SEARCH);
  if (!/<img[\s/>]/i.test(bounded)) return undefined;
  for (const attribute of parser.html(bounded)?.images() ?? []) {
    if (tiny(attribute('width')) || tiny(attribute('height'))) continue;
    if (/emoji|smiley/i.test(attribute('class') ?? '')) continue;
    // Pages that load pictures lazily name them in data-src, the src being a placeholder.
    const written = [attribute('src'), attribute('data-src'), attribute('data-lazy-src')].find(
      (candidate) => candidate?.trim() && !/^data:/i.test(candidate.trim()),
    );
    const src = written && !pixelAddress.test(written.slice(0, 2000)) ? resolve(written.trim(), base) : undefined;
    if (src) return { src, alt: attribute('alt')?.trim() ?? '' };
  }
  return undefined;
}

/** Markdown's `![alt](url)` and `[words](url)` as their words. Bound `text` first: the patterns scan ahead. */
export const withoutMarkdownLinks = (text: string) => text.replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1');

export function untidyItemReader({ text, isObject, safeHttpUrl, markup, limits, parser = browserMarkup }: ReaderTools): UntidyItemReader {
  // A whole post can be 28,000 characters: only its start is read, which is more than a summary shows.
  const start = (value: string) => value.slice(0, limits.summary * 8);
  // Text with markup in it is read as HTML when the HTML parser finds an element in it (`<img src=…>`, `<p>`);
  // plain text with a "<" ("a<b", "a < b") holds none and stays as written, its character references decoded.
  function plain(value: unknown): unknown {
    if (typeof value !== 'string' || !markup.test(value)) return value;
    const fragment = parser.html(start(value));
    return fragment?.hasElement() ? fragment.words() : parser.decodeEntities(start(value));
  }
  const html = (value: unknown) => (typeof value === 'string' ? htmlToText(parser, start(value)) : '');

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
      const alt = firstImage(parser, value)?.alt;
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
        const found = safeHttpUrl(firstImage(parser, value, base)?.src, base);
        if (found) return found;
      }
      return undefined;
    },
  };
}
