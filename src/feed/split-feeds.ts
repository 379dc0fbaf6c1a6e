import { textOf } from '../components/attribute-values.js';
import type { StoryFilters } from '../select/select-stories.js';
import { archiveUrl } from './safe-url.js';

/**
 * A feed's `_impact.split`, as `impact-stories split` writes it: the path pattern of its feeds of one project,
 * country or year (`{field}/{slug}/feed.json`, beside the feed), and the number of stories in each, by value.
 */
export interface SplitFeeds {
  path: string;
  project?: Record<string, number>;
  country?: Record<string, number>;
  year?: Record<string, number>;
  /** Origins other than the feed's own that its split feeds may be on (`_impact.archive_origins`). */
  origins?: unknown;
}

const splitFields = ['project', 'country', 'year'] as const;

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
export function splitFeedUrl(split: SplitFeeds | undefined, filters: StoryFilters, feedUrl: string): string | undefined {
  let best: { count: number; field: string; value: string } | undefined;
  for (const field of split ? splitFields : []) {
    const wanted = fold(textOf(filters[field]));
    const counts = split![field];
    const value = wanted && counts && Object.keys(counts).find((key) => fold(key) === wanted);
    if (value && (!best || counts[value] < best.count)) best = { count: counts[value], field, value };
  }
  return best && archiveUrl(split!.path.replace('{field}', best.field).replace('{slug}', slugOf(best.value)), feedUrl, split!.origins);
}
