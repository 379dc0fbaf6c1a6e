// generated from packages/core/src/attributes/list-attribute-schema.ts by `npm run generate`, do not edit.
import { __ } from '@wordpress/i18n';

/** The block's menus for the list's choices, by block attribute, in the editor's language. */
export const choiceOptions = () => ({
  groupBy: [
    { value: 'none', label: __('No grouping', 'impact-stories') },
    { value: 'year', label: __('By year', 'impact-stories') },
    { value: 'month', label: __('By month', 'impact-stories') },
  ],
  layout: [
    { value: 'list', label: __('List: one story per row', 'impact-stories') },
    { value: 'grid', label: __('Grid: cards side by side', 'impact-stories') },
    { value: 'compact', label: __('Compact: titles and dates only', 'impact-stories') },
  ],
  theme: [
    { value: '', label: __('The page’s own colours', 'impact-stories') },
    { value: 'light', label: __('Light', 'impact-stories') },
    { value: 'dark', label: __('Dark', 'impact-stories') },
    { value: 'auto', label: __('Auto: follows the reader’s system setting', 'impact-stories') },
  ],
});
