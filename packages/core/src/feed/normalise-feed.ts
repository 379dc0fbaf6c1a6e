import { FeedError } from './feed-error.js';
import { isoDate, parseStoryDate } from './parse-date.js';
import { archiveUrl, safeHttpUrl, safeMailtoUrl } from './safe-url.js';
import { bounded, MAX_LENGTH } from './bounded-text.js';
import { readSplitFeeds } from './split-feeds.js';
import type { Feed, FeedHead, MediaContact, SkippedItem, Story } from './story.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const untidySpace = /\s\s|[^\S ]/;

/**
 * Trimmed text with runs of whitespace collapsed, at most `max` characters (cut at a word); '' for anything that
 * is not a string. Every text a card shows is bounded here, before layout, however long the feed wrote it.
 */
export function text(value: unknown, max: number = MAX_LENGTH.name): string {
  if (typeof value !== 'string') return '';
  // Some slack beyond `max`, so collapsing whitespace still leaves `max` characters to cut at a word.
  const trimmed = (value.length > max * 2 ? value.trimStart().slice(0, max * 2) : value).trim();
  // Most feed text is already tidy: skip the copy that collapsing would make (for 10,000 stories, megabytes).
  return bounded(untidySpace.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed, max);
}

/**
 * Trimmed prose such as a summary, at most MAX_LENGTH.summary characters. Its inner whitespace stays as
 * written: HTML collapses it when shown, and scanning every long summary of a large archive is a measurable cost.
 */
export function prose(value: unknown): string {
  return typeof value === 'string' ? bounded(value.trim(), MAX_LENGTH.summary) : '';
}

function optionalText(value: unknown): string | undefined {
  return text(value) || undefined;
}

/**
 * Reads what tidy feeds do not need (untidy-items.ts, a file loaded only for a feed that needs it): items
 * without a title or summary, markup and character references, images given another way than `image`.
 */
export interface UntidyItemReader {
  /** Title and summary, each bounded. */
  headingOf(item: Json): [title: string, summary: string];
  imageOf(item: Json, feedUrl: string): string | undefined;
}

/** Markup (`<p>`, `</a>`) or a character reference (`&amp;`, `&#8216;`) in a feed's text. */
export const markup = /<[a-z/!]|&(?:[a-z]+\d*|#\d+|#x[\da-f]+);/i;

const isTidy = (value: unknown) => typeof value === 'string' && !!value.trim() && !markup.test(value);

/** True when some item needs an UntidyItemReader to be read as its publisher meant. */
export function hasUntidyItems(json: unknown): boolean {
  return (
    isObject(json) &&
    Array.isArray(json.items) &&
    json.items.some(
      (item) =>
        isObject(item) &&
        (!isTidy(item.title) || !isTidy(item.summary) || (!item.image && (item.banner_image || item.attachments || item.content_html))),
    )
  );
}

/** Most countries, tags or authors a story keeps: a card lists them all. */
const MAX_NAMES = 20;

/** A list of names given as an array, or as one string of names separated by commas or semicolons. */
export function names(value: unknown): string[] {
  const parts = typeof value === 'string' ? value.split(/[,;]/, MAX_NAMES) : Array.isArray(value) ? value.slice(0, MAX_NAMES) : [];
  return [...new Set(parts.map((part) => text(part)).filter(Boolean))];
}

function identifier(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value, MAX_LENGTH.id);
}

function normaliseItem(item: unknown, feedUrl: string, feedLanguage: string | undefined, reader?: UntidyItemReader): Story | string {
  if (!isObject(item)) return 'it is not an object';
  const id = identifier(item.id);
  if (!id) return 'it has no id';
  const url = safeHttpUrl(item.url ?? item.external_url, feedUrl);
  if (!url) return 'it has no http(s) url';
  const [title, summary] = reader ? reader.headingOf(item) : [text(item.title, MAX_LENGTH.title), prose(item.summary)];
  if (!title) return 'it has no title and no text';

  const impact = isObject(item._impact) ? item._impact : {};
  const image = reader ? reader.imageOf(item, feedUrl) : safeHttpUrl(item.image, feedUrl);
  return {
    id,
    url,
    title,
    summary,
    published: parseStoryDate(item.date_published) ?? parseStoryDate(item.date_modified),
    image,
    imageAlt: image ? text(impact.image_alt, MAX_LENGTH.title) : '',
    imageCredit: image ? text(impact.image_credit, MAX_LENGTH.title) : '',
    tags: names(item.tags),
    language: optionalText(item.language) ?? feedLanguage,
    project: text(impact.project),
    countries: names(impact.countries ?? impact.country),
    authors: names((Array.isArray(item.authors) ? item.authors : [item.author]).map((author) => (isObject(author) ? author.name : ''))),
  };
}

function mediaContact(value: unknown, feedUrl: string): MediaContact | undefined {
  const given = typeof value === 'string' ? (value.includes('@') ? { email: value } : { url: value }) : value;
  if (!isObject(given)) return undefined;
  const contact: MediaContact = {
    name: optionalText(given.name),
    email: safeMailtoUrl(given.email) ? text(given.email).replace(/^mailto:/i, '') : undefined,
    url: safeHttpUrl(given.url, feedUrl),
  };
  return contact.email || contact.url ? contact : undefined;
}

function isJsonFeedVersion(version: unknown): boolean {
  return version === undefined || (typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version));
}

const publishedText = (item: unknown) => (isObject(item) && typeof item.date_published === 'string' ? item.date_published : '');

/** True when every item's `date_published` is an ISO date, newest first (offsets may change, with daylight saving). */
function datesRunNewestFirst(items: unknown[]): boolean {
  let previous = isoDate.exec(publishedText(items[0]));
  if (!previous) return false;
  for (let index = 1; index < items.length; index++) {
    const date = isoDate.exec(publishedText(items[index]));
    if (!date) return false;
    // One shape (same length, same zone): text order is time order. Otherwise the times tell.
    const sameShape = date[0].length === previous[0].length && date[1] === previous[1];
    if (sameShape ? date[0] > previous[0] : Date.parse(date[0]) > Date.parse(previous[0])) return false;
    previous = date;
  }
  return true;
}

/**
 * A JSON Feed as it arrived: its own fields are read at once, its items only as far as someone needs
 * them, so the first page of a large archive can be shown before the whole archive is read. Items that
 * cannot be shown, and repeats of an earlier id, are skipped with the reason.
 */
export class FeedDocument {
  readonly head: FeedHead;
  #items: unknown[];
  readonly #stories: Story[] = [];
  readonly #skipped: SkippedItem[] = [];
  readonly #seenIds = new Set<string>();
  #read = 0;
  #feed?: Feed;
  #newestFirst?: boolean;

  readonly #reader?: UntidyItemReader;

  /** Throws a FeedError when `json` is not a JSON Feed. `reader` reads the items hasUntidyItems() found. */
  constructor(json: unknown, feedUrl: string, noStore = false, reader?: UntidyItemReader) {
    if (!isObject(json) || !Array.isArray(json.items) || !isJsonFeedVersion(json.version)) {
      throw new FeedError(
        'not-json-feed',
        `The file at ${feedUrl} is JSON but not a JSON Feed: it needs an "items" list and a jsonfeed.org "version".`,
        feedUrl,
      );
    }
    const impact = isObject(json._impact) ? json._impact : {};
    this.head = {
      url: feedUrl,
      title: text(json.title),
      homePageUrl: safeHttpUrl(json.home_page_url, feedUrl),
      language: optionalText(json.language),
      nextUrl: archiveUrl(json.next_url, feedUrl, impact.archive_origins),
      mediaContact: mediaContact(impact.media_contact, feedUrl),
      split: readSplitFeeds(impact.split, impact.archive_origins),
    };
    if (noStore) this.head.noStore = true;
    this.#items = json.items;
    this.#reader = reader;
  }

  /** The whole feed, once something has read every item; undefined before. */
  get whole(): Feed | undefined {
    return this.#feed;
  }

  /** The whole feed, every item read (once). */
  feed(): Feed {
    if (this.#feed) return this.#feed;
    while (this.#readNext());
    // The items as parsed are no longer needed: let them go.
    this.#items = [];
    return (this.#feed = { ...this.head, stories: this.#stories, skipped: this.#skipped });
  }

  /**
   * The first `count` stories that `wanted` accepts, newest first, reading only as many items as that
   * takes; undefined when only reading every item can tell which stories come first, or after `ms`.
   */
  firstStories(count: number, wanted: (story: Story) => boolean, ms = Infinity): Story[] | undefined {
    if (this.#feed || !this.#isNewestFirst()) return undefined;
    const found: Story[] = [];
    for (let checked = 0, end = performance.now() + ms; ;) {
      // Few stories match (a rare filter): the whole feed is read in slices instead.
      if (performance.now() > end) return undefined;
      for (; checked < this.#stories.length && found.length < count; checked++) {
        const story = this.#stories[checked]!;
        // A date that is no real day (31 April) sends its story to the end: the order is not known.
        if (!story.published) return undefined;
        if (wanted(story)) found.push(story);
      }
      if (found.length >= count || !this.#readNext()) return found;
    }
  }

  /** Reads more items for about `ms` milliseconds; true once every item has been read. */
  readAhead(ms: number): boolean {
    for (const end = performance.now() + ms; performance.now() < end;) if (!this.#readNext()) return true;
    return this.#read >= this.#items.length;
  }

  /** Reads the next item; false when every item has been read. */
  #readNext(): boolean {
    const index = this.#read;
    if (index >= this.#items.length) return false;
    const item = this.#items[index];
    const story = normaliseItem(item, this.head.url, this.head.language, this.#reader);
    if (typeof story === 'string') {
      this.#skipped.push({ index, id: isObject(item) ? identifier(item.id) || undefined : undefined, reason: story });
    } else if (this.#seenIds.has(story.id)) {
      this.#skipped.push({ index, id: story.id, reason: 'its id repeats an earlier item' });
    } else {
      this.#seenIds.add(story.id);
      this.#stories.push(story);
    }
    this.#read++;
    return true;
  }

  #isNewestFirst(): boolean {
    return (this.#newestFirst ??= datesRunNewestFirst(this.#items));
  }
}

/**
 * Turns a parsed JSON Feed 1.x document into stories. Items that cannot be shown are skipped and
 * listed in `skipped`; only a document that is not a JSON Feed at all throws. This reads tidy items only
 * (a title, a plain summary, `image`): `fetchFeed` also reads untitled items, markup and image attachments.
 */
export function normaliseFeed(json: unknown, feedUrl: string): Feed {
  return new FeedDocument(json, feedUrl).feed();
}
