// generated from packages/core/src/attributes/list-attribute-schema.ts by `npm run generate`, do not edit.
import type { ArgTypes } from '@storybook/web-components-vite';

/** The list attributes Storybook's controls change, by their HTML names. */
export const listStoryAttributes = [
  'src',
  'project',
  'country',
  'tag',
  'year',
  'limit',
  'page-size',
  'group-by',
  'layout',
  'heading-level',
  'locale',
  'theme',
  'timeout',
  'link-target',
] as const;

/** A control for each of them. */
export const listArgTypes = {
  src: {
    description: 'The JSON Feed to show. Changing it loads the new feed; a late answer for the old one is ignored.',
    control: 'text',
  },
  project: {
    description: 'Only stories of this project.',
    control: 'text',
  },
  country: {
    description: 'Only stories about this country.',
    control: 'text',
  },
  tag: {
    description: 'Only stories with this tag.',
    control: 'text',
  },
  year: {
    description: 'Only stories published that year.',
    control: 'text',
  },
  limit: {
    description: 'Most stories ever shown.',
    control: 'text',
  },
  'page-size': {
    description:
      'Stories shown at first and added by each "Load more stories". An archive split with JSON Feed\'s `next_url` is read page by page, only when Load more needs the next one.',
    control: 'text',
  },
  'group-by': {
    description: 'Groups under year or month headings ("July 2022"), newest first.',
    control: 'inline-radio',
    options: ['none', 'year', 'month'],
  },
  layout: {
    description:
      "Cards in a column (photo beside the text when there is room), a responsive grid, or a dense title-and-date list. In `grid`, every card has the same photo area (a tinted panel with the project's name when a story has no photo; none at all when no shown story has one); in `list` and `grid`, summaries are cut to four lines. A grid of fewer stories than would fit (three on a wide page) spreads them over the width; one story stays at most 40rem wide.",
    control: 'inline-radio',
    options: ['list', 'grid', 'compact'],
  },
  'heading-level': {
    description: 'Level of the group headings; card titles sit one level below. Without grouping, card titles use this level.',
    control: {
      type: 'number',
      min: 1,
      max: 6,
    },
  },
  locale: {
    description:
      'Language of dates and month names (`Intl.DateTimeFormat`). Plain `en` writes "21 July 2022"; `en-US` writes "July 21, 2022".',
    control: 'select',
    options: ['', 'en', 'en-US', 'fr', 'es', 'ar'],
  },
  theme: {
    description:
      "Without it: light cards; headings and messages outside the cards in the page's own text colour. With it: the list paints its own background in that scheme; `auto` follows the page's `color-scheme` when it declares one, else the reader's system setting.",
    control: 'inline-radio',
    options: ['', 'light', 'dark', 'auto'],
  },
  timeout: {
    description: 'How long to wait for the feed before showing the timeout error.',
    control: 'text',
  },
  'link-target': {
    description: 'Where story links open (`_top` inside an iframe).',
    control: 'inline-radio',
    options: ['', '_self', '_blank', '_parent', '_top'],
  },
} satisfies ArgTypes;
