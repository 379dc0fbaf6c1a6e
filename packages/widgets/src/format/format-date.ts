import type { StoryDate } from 'impact-stories-core/feed/story';
import { supportedLocale } from './locale.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${name}|${locale ?? ''}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(supportedLocale(locale), options);
    formatters.set(key, cached);
  }
  return cached;
}

/** A story's date as readers of `locale` write it, e.g. "21 July 2022" (en-GB) or "21 juillet 2022" (fr). */
export function formatStoryDate(date: StoryDate, locale: string | undefined): string {
  // The day is held as midnight UTC: formatted in UTC, it reads as that day everywhere.
  return formatter(locale, 'day', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date.day);
}

/** A month heading, e.g. "July 2022". `month` counts from 0. */
export function formatMonth(year: number, month: number, locale: string | undefined): string {
  return formatter(locale, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month, 1));
}

/** A year heading, e.g. "2022", in the locale's digits. */
export function formatYear(year: number, locale: string | undefined): string {
  return formatter(locale, 'year', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 6, 1));
}
