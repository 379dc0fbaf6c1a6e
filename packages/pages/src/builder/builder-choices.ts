import { headingLevels, listAttributeSchema } from 'impact-stories-core/attributes/list-attribute-schema';
import type { Choice } from './form-fields.js';

/** A choice attribute's allowed values, each with the words the schema gives editors for it. */
function choicesOf(name: string): Choice[] {
  const attribute = listAttributeSchema.find((candidate) => candidate.name === name)!;
  return attribute.values!.map((value) => ({ value, text: attribute.labels?.[value] ?? value }));
}

export const layoutChoices = choicesOf('layout');
export const groupByChoices = choicesOf('group-by');
export const themeChoices: Choice[] = [{ value: '', text: 'None: the page’s own colours' }, ...choicesOf('theme')];

export const localeChoices: Choice[] = [
  { value: '', text: 'The page’s language' },
  { value: 'en', text: 'English', lang: 'en' },
  { value: 'fr', text: 'Français', lang: 'fr' },
  { value: 'es', text: 'Español', lang: 'es' },
  { value: 'ar', text: 'العربية', lang: 'ar' },
];

export const headingLevelChoices: Choice[] = headingLevels.map((level) => ({
  value: level,
  text: level === '2' ? 'Level 2 (usual)' : `Level ${level}`,
}));

/** A first "All …" option, then the feed's own values. */
export const allOr = (allText: string, values: string[]): Choice[] => [
  { value: '', text: allText },
  ...values.map((value) => ({ value, text: value })),
];
