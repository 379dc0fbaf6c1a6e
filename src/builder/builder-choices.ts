import type { Choice } from './form-fields.js';

export const layoutChoices: Choice[] = [
  { value: 'list', text: 'List: one story per row' },
  { value: 'grid', text: 'Grid: cards side by side' },
  { value: 'compact', text: 'Compact: titles and dates only' },
];

export const groupByChoices: Choice[] = [
  { value: 'none', text: 'No grouping' },
  { value: 'year', text: 'By year' },
  { value: 'month', text: 'By month' },
];

export const themeChoices: Choice[] = [
  { value: '', text: 'None: the page’s own colours' },
  { value: 'light', text: 'Light' },
  { value: 'dark', text: 'Dark' },
  { value: 'auto', text: 'Auto: follows the reader’s system setting' },
];

export const localeChoices: Choice[] = [
  { value: '', text: 'The page’s language' },
  { value: 'en', text: 'English', lang: 'en' },
  { value: 'fr', text: 'Français', lang: 'fr' },
  { value: 'es', text: 'Español', lang: 'es' },
  { value: 'ar', text: 'العربية', lang: 'ar' },
];

export const headingLevelChoices: Choice[] = ['1', '2', '3', '4', '5', '6'].map((level) => ({
  value: level,
  text: level === '2' ? 'Level 2 (usual)' : `Level ${level}`,
}));

/** A first "All …" option, then the feed's own values. */
export const allOr = (allText: string, values: string[]): Choice[] => [
  { value: '', text: allText },
  ...values.map((value) => ({ value, text: value })),
];
