import { storyYear } from 'impact-stories-core/feed/parse-date';
import type { SplitFeeds } from 'impact-stories-core/feed/split-feeds';
import type { Story } from 'impact-stories-core/feed/story';

/** The values an editor can filter on, as they appear in the feed. */
export interface FeedChoices {
  projects: string[];
  countries: string[];
  /** Newest first. */
  years: string[];
}

export const noChoices: FeedChoices = { projects: [], countries: [], years: [] };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Distinct names, compared the way the list's filters compare them (trimmed, ignoring case); first spelling wins. */
function distinct(names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.trim();
    const key = trimmed.toLocaleLowerCase();
    if (trimmed && !byKey.has(key)) byKey.set(key, trimmed);
  }
  return [...byKey.values()];
}

export function feedChoices(stories: Story[]): FeedChoices {
  const years = stories.flatMap((story) => storyYear(story.published) ?? []);
  return {
    projects: distinct(stories.map((story) => story.project)).sort(collator.compare),
    countries: distinct(stories.flatMap((story) => story.countries)).sort(collator.compare),
    years: distinct(years).sort((a, b) => Number(b) - Number(a)),
  };
}

/** The values a split feed folder names (`_impact.split`): the choices of the whole archive, not of one page. */
export const splitChoices = (split: SplitFeeds | undefined): FeedChoices => ({
  projects: Object.keys(split?.project ?? {}),
  countries: Object.keys(split?.country ?? {}),
  years: Object.keys(split?.year ?? {}),
});

/** Every value offered by any of `choices`, sorted as feedChoices sorts them. */
export function mergeChoices(...choices: FeedChoices[]): FeedChoices {
  const all = (key: keyof FeedChoices) => distinct(choices.flatMap((each) => each[key]));
  return {
    projects: all('projects').sort(collator.compare),
    countries: all('countries').sort(collator.compare),
    years: all('years').sort((a, b) => Number(b) - Number(a)),
  };
}

/** `value` when the choices hold it, else "" (all). */
export function keepIfOffered(value: string, offered: string[]): string {
  const key = value.trim().toLocaleLowerCase();
  return offered.find((option) => option.toLocaleLowerCase() === key) ?? '';
}
