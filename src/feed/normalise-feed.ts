import { FeedError } from './feed-error.js';
import { parseStoryDate } from './parse-date.js';
import { safeHttpUrl, safeMailtoUrl } from './safe-url.js';
import type { Feed, MediaContact, SkippedItem, Story } from './story.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const untidySpace = /\s\s|[^\S ]/;

/** Trimmed text with runs of whitespace collapsed; '' for anything that is not a string. */
function text(value: unknown): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  // Most feed text is already tidy: skip the copy that collapsing would make.
  return untidySpace.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/**
 * Trimmed prose such as a summary. Its inner whitespace stays as written: HTML collapses it when shown,
 * and scanning every long summary of a large archive for it is a measurable cost.
 */
function prose(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function optionalText(value: unknown): string | undefined {
  return text(value) || undefined;
}

/** A list of names given as an array, or as one comma-separated string. */
function names(value: unknown): string[] {
  if (Array.isArray(value) && value.length === 1) {
    const name = text(value[0]);
    return name ? [name] : [];
  }
  const parts = typeof value === 'string' ? value.split(/[,;]/) : Array.isArray(value) ? value : [];
  return [...new Set(parts.map(text).filter(Boolean))];
}

function identifier(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value);
}

function normaliseItem(item: unknown, feedUrl: string, feedLanguage: string | undefined): Story | string {
  if (!isObject(item)) return 'it is not an object';
  const id = identifier(item.id);
  if (!id) return 'it has no id';
  const title = text(item.title);
  if (!title) return 'it has no title';
  const url = safeHttpUrl(item.url ?? item.external_url, feedUrl);
  if (!url) return 'it has no http(s) url';

  const impact = isObject(item._impact) ? item._impact : {};
  const image = safeHttpUrl(item.image, feedUrl);
  return {
    id,
    url,
    title,
    summary: prose(item.summary) || prose(item.content_text),
    published: parseStoryDate(item.date_published) ?? parseStoryDate(item.date_modified),
    image,
    imageAlt: image ? text(impact.image_alt) : '',
    imageCredit: image ? text(impact.image_credit) : '',
    tags: names(item.tags),
    language: optionalText(item.language) ?? feedLanguage,
    project: text(impact.project),
    countries: names(impact.countries ?? impact.country),
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

/**
 * Turns a parsed JSON Feed 1.x document into stories. Items that cannot be shown are skipped and
 * listed in `skipped`; only a document that is not a JSON Feed at all throws.
 */
export function normaliseFeed(json: unknown, feedUrl: string): Feed {
  if (!isObject(json) || !Array.isArray(json.items) || !isJsonFeedVersion(json.version)) {
    throw new FeedError(
      'not-json-feed',
      `The file at ${feedUrl} is JSON but not a JSON Feed: it needs an "items" list and a jsonfeed.org "version".`,
      feedUrl,
    );
  }

  const language = optionalText(json.language);
  const stories: Story[] = [];
  const skipped: SkippedItem[] = [];
  const seenIds = new Set<string>();
  const items: unknown[] = json.items;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const story = normaliseItem(item, feedUrl, language);
    if (typeof story === 'string') {
      skipped.push({ index, id: isObject(item) ? identifier(item.id) || undefined : undefined, reason: story });
    } else if (seenIds.has(story.id)) {
      skipped.push({ index, id: story.id, reason: 'its id repeats an earlier item' });
    } else {
      seenIds.add(story.id);
      stories.push(story);
    }
  }

  const impact = isObject(json._impact) ? json._impact : {};
  return {
    url: feedUrl,
    title: text(json.title),
    homePageUrl: safeHttpUrl(json.home_page_url, feedUrl),
    language,
    nextUrl: safeHttpUrl(json.next_url, feedUrl),
    mediaContact: mediaContact(impact.media_contact, feedUrl),
    stories,
    skipped,
  };
}
