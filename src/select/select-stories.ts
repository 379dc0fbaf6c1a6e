import { calendarMonth } from '../feed/parse-date.js';
import type { Story } from '../feed/story.js';
import { formatMonth, formatYear } from '../format/format-date.js';
import { messagesFor } from '../format/messages/index.js';

export interface StoryFilters {
  project?: string;
  country?: string;
  tag?: string;
  year?: string | number;
}

export type GroupBy = 'none' | 'year' | 'month';

export interface StoryGroup {
  /** Stable key, e.g. "2022" or "2022-07"; "undated" for stories without a date. */
  key: string;
  /** Heading text, e.g. "2022" or "July 2022"; empty when not grouped. */
  label: string;
  stories: Story[];
}

const fold = (value: string) => value.trim().toLocaleLowerCase();

function matchesAny(wanted: string | undefined, values: string[]): boolean {
  if (!wanted?.trim()) return true;
  const needle = fold(wanted);
  return values.some((value) => fold(value) === needle);
}

/** A test for stories that match every given filter: exact, trimmed, case-insensitive. */
export function matchesFilters(filters: StoryFilters): (story: Story) => boolean {
  const year = String(filters.year ?? '').trim();
  return (story) =>
    matchesAny(filters.project, [story.project]) &&
    matchesAny(filters.country, story.countries) &&
    matchesAny(filters.tag, story.tags) &&
    (!year || (story.published !== undefined && String(calendarMonth(story.published).year) === year));
}

/** Stories that match every given filter. */
export function filterStories(stories: Story[], filters: StoryFilters): Story[] {
  const filtered = String(filters.year ?? '').trim() || filters.project?.trim() || filters.country?.trim() || filters.tag?.trim();
  return filtered ? stories.filter(matchesFilters(filters)) : stories;
}

/** Newest first; undated stories last; ties keep feed order. */
export function sortNewestFirst(stories: Story[]): Story[] {
  // Feeds usually list their newest story first already: then one pass replaces the sort.
  const timeOf = (story: Story) => story.published?.time ?? -Infinity;
  if (stories.every((story, index) => index === 0 || timeOf(stories[index - 1]) >= timeOf(story))) return stories.slice();
  return stories
    .map((story, index) => ({ story, index, time: timeOf(story) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ story }) => story);
}

/** Splits sorted stories into consecutive groups by year or month. */
export function groupStories(stories: Story[], groupBy: GroupBy, locale: string | undefined): StoryGroup[] {
  if (groupBy === 'none') return stories.length ? [{ key: 'all', label: '', stories }] : [];
  const groups: StoryGroup[] = [];
  for (const story of stories) {
    const when = story.published && calendarMonth(story.published);
    const key = !when ? 'undated' : groupBy === 'year' ? String(when.year) : `${when.year}-${String(when.month + 1).padStart(2, '0')}`;
    let group = groups.at(-1);
    if (group?.key !== key) {
      const label = !when
        ? messagesFor(locale).undated
        : groupBy === 'year'
          ? formatYear(when.year, locale)
          : formatMonth(when.year, when.month, locale);
      group = { key, label, stories: [] };
      groups.push(group);
    }
    group.stories.push(story);
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

/** The first pages of the matching stories, within the limit. */
export function pageStories(matching: Story[], { limit, pageSize, pages }: PageOptions): StoryPage {
  const reachable = Math.min(matching.length, limit ?? Infinity);
  const count = Math.min(reachable, pageSize ? pageSize * Math.max(1, pages) : Infinity);
  return { shown: matching.slice(0, count), total: matching.length, hasMore: count < reachable };
}
