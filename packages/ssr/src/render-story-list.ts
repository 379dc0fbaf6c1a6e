// impact-stories-widgets/ssr: a list's HTML, rendered in Node with @lit-labs/ssr, for pages that prerender
// (static sites, server rendering). Node only; nothing here reaches the script-tag file.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import 'impact-stories-widgets/define';
import { FeedDocument } from 'impact-stories-core/feed/normalise-feed';
import { loadMessages } from 'impact-stories-widgets/internal/format/messages/index';
import { filterStories, selectPage, sortNewestFirst, type GroupBy } from 'impact-stories-widgets/internal/select/select-stories';
import type { LinkTarget, StoryLayout } from 'impact-stories-widgets/internal/components/story-card/story-card';
import { positiveInteger } from 'impact-stories-core/attributes/attribute-values';
import { DEFAULT_PAGE_SIZE } from 'impact-stories-widgets/internal/components/impact-story-list/impact-story-list';
import { readFeedText, type ReadUrlOptions } from './server/read-url.js';

export { ReadUrlError, type ReadUrlErrorCode, type ReadUrlOptions } from './server/read-url.js';

/**
 * What renderStoryList() needs: the feed's address, and optionally its JSON and the list's attributes. Without
 * `feed`, `src` is read on the server with limits: `timeout`, `maxBytes`, `maxRedirects` and
 * `allowPrivateAddresses` (see ReadUrlOptions; by default 10 seconds, 20 MB, 5 redirects, public addresses only).
 */
export interface RenderStoryListOptions extends Pick<
  ReadUrlOptions,
  'timeout' | 'maxBytes' | 'maxRedirects' | 'allowPrivateAddresses' | 'signal'
> {
  /**
   * The feed's absolute URL, the list's `src`: the page reads it again, in the background, to stay current. Write
   * it from configuration, never from the request (its Host header is whatever the client sent).
   */
  src: string;
  /**
   * The feed's JSON (a JSON Feed object). When not given, it is read from `src` on the server: within `timeout`
   * milliseconds (default 10,000, for connecting, redirects and the whole body), at most `maxBytes` bytes (default
   * 20 MB, stopped as it streams), at most `maxRedirects` redirects (default 5), decoded by its charset, and never
   * from a loopback, private, link-local or other non-public address (checked on the address connected to, after
   * DNS, at every redirect) unless `allowPrivateAddresses` allows it: `true`, or a list of addresses and CIDR
   * ranges such as `['10.1.0.0/16']`. Failures throw a ReadUrlError saying which URL and which limit or address.
   */
  feed?: unknown;
  /** The list's other attributes, by their HTML names: `project`, `layout`, `group-by`, `hide-media-contact`… */
  attributes?: Record<string, string | number | boolean | undefined>;
  /**
   * A link inside the element, for readers whose browser cannot show the cards. `href` must be an http(s) URL or a
   * relative address (`/stories`, `stories/`, `?page=2`, `#top`, `//host/path`); any other scheme (`javascript:`,
   * `data:`, `vbscript:`, `mailto:`…), an address with control characters, or one whose scheme is hidden behind a
   * character reference (`javascript&colon;`) makes renderStoryList() throw a TypeError rather than write it.
   */
  fallback?: { href: string; text: string };
}

const DATA_MARK = '<!--impact-stories-data-->';

/**
 * The HTML of an `<impact-story-list>` with its first page of stories rendered in a declarative shadow root:
 * crawlers and readers without JavaScript get headings, dates, summaries, links and photos. The stories it
 * shows travel with it in a `<script type="application/feed+json">`, so the script-tag file hydrates the list
 * (impact-stories-ssr.js, or `impact-stories-widgets/hydrate` first) without fetching for its first paint.
 */
export async function renderStoryList({ src, feed, attributes = {}, fallback, ...read }: RenderStoryListOptions): Promise<string> {
  if (!isHttpUrl(src)) {
    throw new TypeError(
      `renderStoryList(): src must be the feed's absolute http(s) URL, which the page reads again; got ${JSON.stringify(src)}.`,
    );
  }
  if (fallback) checkFallback(fallback);
  const json = feed ?? (await fetchFeedJson(src, read));
  // The sentences of the list's language, read before rendering: a server render does not wait for them.
  await loadMessages(typeof attributes.locale === 'string' ? attributes.locale : undefined);
  const shown = shownPart(json, src, attributes);
  const a = (name: string) => (attributes[name] === undefined || attributes[name] === false ? undefined : String(attributes[name]));
  const list = html`<impact-story-list
    src=${src}
    project=${ifDefined(a('project'))}
    country=${ifDefined(a('country'))}
    tag=${ifDefined(a('tag'))}
    year=${ifDefined(a('year'))}
    limit=${ifDefined(a('limit'))}
    page-size=${ifDefined(a('page-size'))}
    group-by=${ifDefined(a('group-by') as GroupBy | undefined)}
    layout=${ifDefined(a('layout') as StoryLayout | undefined)}
    heading-level=${ifDefined(a('heading-level'))}
    locale=${ifDefined(a('locale'))}
    theme=${ifDefined(a('theme'))}
    link-target=${ifDefined(a('link-target') as LinkTarget | undefined)}
    ?hide-media-contact=${!!attributes['hide-media-contact']}
    ?cache=${!!attributes.cache}
    .initialFeed=${shown}
    >${fallback ? html`<a href=${fallback.href}>${fallback.text}</a>` : ''}<!--impact-stories-data--></impact-story-list
  >`;
  const markup = await collectResult(render(list));
  // JSON in a script element: "<" written as \u003c, so no "</script>" or "<!--" can end or bend it.
  const data = `<script type="application/feed+json">${JSON.stringify(shown).replace(/</g, '\\u003c')}</script>`;
  // Sliced in, not String.replace(): a replacement string reads $` $' $& in the feed's text as patterns.
  const at = markup.lastIndexOf(DATA_MARK);
  return markup.slice(0, at) + data + markup.slice(at + DATA_MARK.length);
}

/**
 * Throws a TypeError unless `fallback` is a link to an http(s) or relative address with text. The address is
 * refused when it holds control characters or whitespace other than spaces (a browser drops tabs and newlines, so
 * `java\tscript:` is `javascript:`), or when anything before its first `/`, `?` or `#` looks like a scheme: a colon,
 * or a character reference (`javascript&colon;`), unless it is `http:` or `https:`.
 */
function checkFallback({ href, text }: { href: unknown; text: unknown }): void {
  if (typeof text !== 'string') throw new TypeError(`renderStoryList(): fallback.text must be a string; got ${JSON.stringify(text)}.`);
  // What comes before the first / ? or #: where a scheme would be.
  const head = typeof href === 'string' ? /^[^/?#]*/.exec(href.trim())![0] : '';
  if (
    typeof href !== 'string' ||
    !href.trim() ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/.test(href) ||
    (/[:&]/.test(head) && !/^https?:[^&]*$/i.test(head)) ||
    !isHttpUrl(href, 'https://base.invalid/')
  ) {
    throw new TypeError(
      `renderStoryList(): fallback.href must be an http(s) or relative address (a link readers can follow); got ${JSON.stringify(href)}.`,
    );
  }
}

/** True for a string that is an http(s) URL, absolute or, given a `base`, relative to it. */
function isHttpUrl(value: unknown, base?: string): value is string {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

async function fetchFeedJson(src: string, options: ReadUrlOptions): Promise<unknown> {
  const { text, contentType } = await readFeedText(src, {
    ...options,
    headers: { accept: 'application/feed+json, application/json;q=0.9' },
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`renderStoryList(): ${src} (content type ${contentType ?? 'none'}) is not JSON: ${(error as Error).message}.`, {
      cause: error,
    });
  }
}

/** The feed's own fields and the items of the list's first page: what the list shows, and all the page carries. */
function shownPart(json: unknown, src: string, attributes: RenderStoryListOptions['attributes'] = {}): unknown {
  const document = new FeedDocument(json, src);
  const filters = { project: attributes.project, country: attributes.country, tag: attributes.tag, year: attributes.year };
  const stories = sortNewestFirst(filterStories(document.feed().stories, filters));
  const page = selectPage(() => stories, {
    limit: positiveInteger(attributes.limit),
    pageSize: positiveInteger(attributes['page-size']) ?? DEFAULT_PAGE_SIZE,
    pages: 1,
  });
  const ids = new Set(page?.shown.map((story) => story.id));
  const { items, ...head } = json as { items: { id?: unknown }[]; next_url?: string };
  // The part is one page, without the archive's next: the list reads the rest with `src`.
  delete head.next_url;
  return { ...head, items: items.filter((item) => ids.has(String(item?.id))) };
}
