import { textOf } from '../attributes/attribute-values.js';
import { archiveUrl } from './safe-url.js';
import type { SplitFeeds } from './story.js';

export type { SplitFeeds };

const splitFields = ['project', 'country', 'year'] as const;

/** The filters a list was given, as the page set them; those with split feeds choose one. */
type SplitFilters = Partial<Record<(typeof splitFields)[number], unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a path segment, by the command's rule: "Skills 21" is skills-21, "Türkiye" is turkiye. */
export const slugOf = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'x';

/** The split feeds a feed names, read leniently; undefined when there are none or the field is malformed. */
export function readSplitFeeds(value: unknown, origins?: unknown): SplitFeeds | undefined {
  if (!isObject(value) || typeof value.path !== 'string' || !value.path.includes('{slug}')) return undefined;
  const split: SplitFeeds = { path: value.path, origins };
  for (const field of splitFields) {
    const counts = value[field];
    if (isObject(counts))
      split[field] = Object.fromEntries(Object.entries(counts).filter(([, count]) => typeof count === 'number' && count > 0)) as Record<
        string,
        number
      >;
  }
  return split;
}

const fold = (value: string) => value.trim().toLocaleLowerCase();

/**
 * The address of the smallest split feed that holds every story `filters` accept (the others are filtered from
 * it as from any feed), resolved against the feed's own URL; undefined when no filter has a split feed.
 */
export function splitFeedUrl(split: SplitFeeds | undefined, filters: SplitFilters, feedUrl: string): string | undefined {
  let best: { count: number; field: string; value: string } | undefined;
  for (const field of split ? splitFields : []) {
    const wanted = fold(textOf(filters[field]));
    const counts = split![field];
    const value = wanted && counts && Object.keys(counts).find((key) => fold(key) === wanted);
    if (value && (!best || counts[value]! < best.count)) best = { count: counts[value]!, field, value };
  }
  return best && archiveUrl(split!.path.replace('{field}', best.field).replace('{slug}', slugOf(best.value)), feedUrl, split!.origins);
}
