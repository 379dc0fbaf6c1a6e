import type { StoryDate } from './story.js';

/** The calendar day an RFC 3339 date or timestamp starts with, as the publisher wrote it. */
const writtenDay = /^(\d{4})-(\d\d)-(\d\d)(?:$|[T ])/;

/** A date, or date and time with or without a zone: a valid `<time datetime>` as it stands. */
const validDatetime = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)?)?$/;

/**
 * An ISO 8601 date, or date and time with a zone. Dates written in one such shape (same length, same zone) sort
 * as text exactly as they sort in time.
 */
export const isoDate = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d))?$/;

/**
 * Reads a JSON Feed date: RFC 3339, or the date-only form real feeds often use. The day shown is the one the
 * feed wrote, in the offset it wrote: `2020-12-03T00:00:00-06:00` is 3 December for readers everywhere.
 */
export function parseStoryDate(value: unknown): StoryDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const written = writtenDay.exec(text);
  const normalised = text.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T');
  const time = Date.parse(normalised);
  if (Number.isNaN(time)) return undefined;
  let day: number;
  if (written) {
    // The three groups take part in every match.
    day = Date.UTC(+written[1]!, +written[2]! - 1, +written[3]!);
    // 31 April would roll over into 1 May: keep only real calendar days.
    if (new Date(day).getUTCDate() !== +written[3]!) return undefined;
  } else {
    // Another shape Date.parse reads, such as RFC 822's `Tue, 03 Jun 2025 23:30:00 -0400`: the day on the clock in
    // the offset written (read without it), else in the reader's time zone.
    const local = new Date(/ [+-]\d{4}$/.test(text) ? text.slice(0, -6) : time);
    day = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
  }
  // Kept as written where it is a valid datetime, else that day, so a card given this story reads the same day.
  return { iso: validDatetime.test(normalised) ? normalised : new Date(day).toISOString().slice(0, 10), time, day };
}

/** The year a story is found by (the `year` filter, split feeds, the builder's menu): its shown day's, as text. */
export const storyYear = (date: StoryDate | undefined): string | undefined => date && String(calendarMonth(date).year);

/** Year and month (0-11) of the day a story is shown with. */
export function calendarMonth(date: StoryDate): { year: number; month: number } {
  const day = new Date(date.day);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() };
}
