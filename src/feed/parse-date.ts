import type { StoryDate } from './story.js';

const dateOnlyPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a JSON Feed date: RFC 3339, or the date-only form real feeds often use. */
export function parseStoryDate(value: unknown): StoryDate | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (dateOnlyPattern.test(text)) {
    // Read as midnight UTC. Date.parse rolls 31 April over into 1 May: keep only real calendar days.
    const time = Date.parse(text);
    if (Number.isNaN(time) || new Date(time).getUTCDate() !== Number(text.slice(8))) return undefined;
    return { iso: text, time, dateOnly: true };
  }
  const time = Date.parse(text.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T'));
  if (Number.isNaN(time)) return undefined;
  return { iso: new Date(time).toISOString(), time, dateOnly: false };
}

/** Year and month (0-11) as a reader sees them: date-only values as written, instants in local time. */
export function calendarMonth(date: StoryDate): { year: number; month: number } {
  const d = new Date(date.time);
  return date.dateOnly ? { year: d.getUTCFullYear(), month: d.getUTCMonth() } : { year: d.getFullYear(), month: d.getMonth() };
}
