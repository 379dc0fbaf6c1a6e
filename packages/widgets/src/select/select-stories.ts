import { textOf } from 'impact-stories-core/attributes/attribute-values';
import { calendarMonth, storyYear } from 'impact-stories-core/feed/parse-date';
import type { Story } from 'impact-stories-core/feed/story';
import { formatMonth, formatYear } from '../format/format-date.js';
import { messagesFor } from '../format/messages/index.js';

/** What to show; each value as a page or framework set it (text, a number, null or undefined). */
export interface StoryFilters {
  project?: unknown;
  country?: unknown;
  tag?: unknown;
  year?: unknown;
}

export type GroupBy = 'none' | 'year' | 'month';

export interface StoryGroup {
  /**
   * Unique, stable key, e.g. "2022" or "2022-07"; "undated" for stories without a date. A month that comes back
   * later in the list (a date-only story among timestamps, in the reader's time zone) gets "2022-07 2", and so on.
   */
  key: string;
  /** Heading text, e.g. "2022" or "July 2022"; empty when not grouped. */
  label: string;
  stories: Story[];
}

const fold = (value: string) => value.trim().toLocaleLowerCase();

function matchesAny(wanted: string | undefined, values: string[]): boolean {
  if (!wanted) return true;
  const needle = fold(wanted);
  return values.some((value) => fold(value) === needle);
}

/** A test for stories that match every given filter: exact, trimmed, case-insensitive. */
export function matchesFilters(filters: StoryFilters): (story: Story) => boolean {
  const [project, country, tag, year] = [filters.project, filters.country, filters.tag, filters.year].map(textOf);
  return (story) =>
    matchesAny(project, [story.project]) &&
    matchesAny(country, story.countries) &&
    matchesAny(tag, story.tags) &&
    (!year || storyYear(story.published) === year);
}

/** Stories that match every given filter. */
export function filterStories(stories: Story[], filters: StoryFilters): Story[] {
  return Object.values(filters).some(textOf) ? stories.filter(matchesFilters(filters)) : stories;
}

/** Newest first; undated stories last; ties keep feed order (the sort is stable, and linear on sorted input). */
export function sortNewestFirst(stories: Story[]): Story[] {
  const timeOf = (story: Story) => story.published?.time ?? -Infinity;
  // Two undated stories give NaN, which must read as a tie.
  return stories.slice().sort((a, b) => timeOf(b) - timeOf(a) || 0);
}

/** Splits sorted stories into consecutive groups by year or month. */
export function groupStories(stories: Story[], groupBy: GroupBy, locale: string | undefined): StoryGroup[] {
  if (groupBy === 'none') return stories.length ? [{ key: 'all', label: '', stories }] : [];
  const groups: StoryGroup[] = [];
  const seen = new Map<string, number>();
  let lastKey: string | undefined;
  for (const story of stories) {
    const when = story.published && calendarMonth(story.published);
    const key = !when ? 'undated' : groupBy === 'year' ? String(when.year) : `${when.year}-${String(when.month + 1).padStart(2, '0')}`;
    if (key !== lastKey) {
      lastKey = key;
      const label = !when
        ? messagesFor(locale).undated
        : groupBy === 'year'
          ? formatYear(when.year, locale)
          : formatMonth(when.year, when.month, locale);
      const repeats = seen.get(key) ?? 0;
      seen.set(key, repeats + 1);
      groups.push({ key: repeats ? `${key} ${repeats + 1}` : key, label, stories: [] });
    }
    groups.at(-1)!.stories.push(story);
  }
  return groups;
}

export interface PageOptions {
  /** Most stories ever shown; undefined for no limit. */
  limit?: number;
  /** Stories per page; undefined shows everything at once. */
  pageSize?: number;
  /** Pages shown so far, from 1. */
  pages: number;
}

export interface StoryPage {
  shown: Story[];
  /** How many stories matched the filters, before limit and paging. */
  total: number;
  /** True when "Load more" would show more. */
  hasMore: boolean;
}

/**
 * The stories to show: the first `pages` of those that `matching(count)` gives, within the limit. `count` is one
 * more than the pages hold, which tells whether Load more has anything to add; an archive split with `nextUrl`
 * has more behind its last page, up to the limit.
 */
export function selectPage(
  matching: (count: number) => Story[] | undefined,
  { limit = Infinity, pageSize = Infinity, pages, nextUrl }: PageOptions & { nextUrl?: string },
): StoryPage | undefined {
  const stories = matching(Math.min(limit, pageSize * pages) + 1);
  if (!stories) return undefined;
  const reachable = Math.min(stories.length, limit);
  const count = Math.min(reachable, pageSize * Math.max(1, pages));
  return { shown: stories.slice(0, count), total: stories.length, hasMore: count < reachable || (!!nextUrl && count < limit) };
}
