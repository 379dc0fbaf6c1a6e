// The attributes of <impact-story-list>, declared once. Pure data: no Lit, no DOM, so Node scripts, the server
// renderer and the builder read it too. `npm run generate` writes every copy from it (see
// scripts/generate-from-schema.mjs), and test/list-attribute-schema.test.ts checks the element against it.

export const layouts = ['list', 'grid', 'compact'] as const;
export const groupings = ['none', 'year', 'month'] as const;
export const themes = ['light', 'dark', 'auto'] as const;
export const linkTargets = ['_self', '_blank', '_parent', '_top'] as const;
export const headingLevels = ['1', '2', '3', '4', '5', '6'] as const;

/**
 * What an attribute's value is, and so how each surface reads it: `url` an http(s) or relative address, `year` four
 * digits, `whole-number` a whole number above 0, `choice` one of `values`, `locale` a BCP 47 tag, `boolean` present
 * or absent.
 */
export type ListAttributeType = 'url' | 'text' | 'year' | 'whole-number' | 'choice' | 'locale' | 'boolean';

/** Where the attribute sits in forms and tables. */
export type ListAttributeGroup = 'feed' | 'stories' | 'look' | 'behaviour';

export interface ListAttribute {
  /** The HTML attribute name. */
  name: string;
  /** The element's JavaScript property. */
  property: string;
  type: ListAttributeType;
  /** A choice's allowed values, and what editors see for each. */
  values?: readonly string[];
  labels?: Readonly<Record<string, string>>;
  /** What editors see for leaving a choice out, when the element has no default for it. */
  unsetLabel?: string;
  /** Values Storybook's controls suggest for a free attribute. */
  suggestions?: readonly string[];
  /** The element's default, as attribute text; none when leaving it out means "not set". */
  default?: string;
  /** True when the element writes the property back to the attribute, for page CSS (`[layout="grid"]`). */
  reflects?: boolean;
  group: ListAttributeGroup;
  /** For readers: the kind of value, and what leaving it out means. */
  valueText: string;
  defaultText: string;
  description: string;
  /** The surfaces that offer it (the element and the WordPress shortcode take every attribute). */
  offeredIn: {
    /** The embed builder's form and snippets. */
    builder?: boolean;
    /** The WordPress block; `default` overrides the element's for new blocks, `integer` stores a number. */
    block?: { default?: string | number; integer?: boolean };
    /** `renderStoryList()` and `impact-stories render --<name>`. */
    render?: boolean;
    /** Storybook's controls. */
    storybook?: boolean;
  };
}

const everywhere = { builder: true, block: {}, render: true, storybook: true } as const;

export const listAttributeSchema: readonly ListAttribute[] = [
  {
    name: 'src',
    property: 'src',
    type: 'url',
    group: 'feed',
    valueText: 'URL (http, https or relative)',
    defaultText: "the page's default feed",
    description: 'The JSON Feed to show. Changing it loads the new feed; a late answer for the old one is ignored.',
    // The command and renderStoryList() take the feed's address as an argument of their own.
    offeredIn: { builder: true, block: {}, storybook: true },
  },
  {
    name: 'project',
    property: 'project',
    type: 'text',
    group: 'stories',
    valueText: 'text',
    defaultText: '(all)',
    description: 'Only stories of this project.',
    offeredIn: everywhere,
  },
  {
    name: 'country',
    property: 'country',
    type: 'text',
    group: 'stories',
    valueText: 'text',
    defaultText: '(all)',
    description: 'Only stories about this country.',
    offeredIn: everywhere,
  },
  {
    name: 'tag',
    property: 'tag',
    type: 'text',
    group: 'stories',
    valueText: 'text',
    defaultText: '(all)',
    description: 'Only stories with this tag.',
    // The builder offers the filters a feed's stories give choices for: projects, countries and years.
    offeredIn: { block: {}, render: true, storybook: true },
  },
  {
    name: 'year',
    property: 'year',
    type: 'year',
    group: 'stories',
    valueText: 'e.g. `2022`',
    defaultText: '(all)',
    description: 'Only stories published that year.',
    offeredIn: everywhere,
  },
  {
    name: 'limit',
    property: 'limit',
    type: 'whole-number',
    group: 'stories',
    valueText: 'whole number',
    defaultText: '(no limit)',
    description: 'Most stories ever shown.',
    offeredIn: { builder: true, block: { integer: true }, render: true, storybook: true },
  },
  {
    name: 'page-size',
    property: 'pageSize',
    type: 'whole-number',
    group: 'stories',
    valueText: 'whole number',
    defaultText: '`50`',
    description:
      'Stories shown at first and added by each "Load more stories". An archive split with JSON Feed\'s `next_url` is read page by page, only when Load more needs the next one.',
    // A new block shows a short page of stories; the element's own default is kept for large archives.
    offeredIn: { builder: true, block: { integer: true, default: 6 }, render: true, storybook: true },
  },
  {
    name: 'group-by',
    property: 'groupBy',
    type: 'choice',
    values: groupings,
    labels: { none: 'No grouping', year: 'By year', month: 'By month' },
    default: 'none',
    group: 'look',
    valueText: '`none`, `year`, `month`',
    defaultText: '`none`',
    description: 'Groups under year or month headings ("July 2022"), newest first.',
    offeredIn: everywhere,
  },
  {
    name: 'layout',
    property: 'layout',
    type: 'choice',
    values: layouts,
    labels: { list: 'List: one story per row', grid: 'Grid: cards side by side', compact: 'Compact: titles and dates only' },
    default: 'list',
    reflects: true,
    group: 'look',
    valueText: '`list`, `grid`, `compact`',
    defaultText: '`list`',
    description:
      "Cards in a column (photo beside the text when there is room), a responsive grid, or a dense title-and-date list. In `grid`, every card has the same photo area (a tinted panel with the project's name when a story has no photo; none at all when no shown story has one); in `list` and `grid`, summaries are cut to four lines. A grid of fewer stories than would fit (three on a wide page) spreads them over the width; one story stays at most 40rem wide.",
    offeredIn: everywhere,
  },
  {
    name: 'heading-level',
    property: 'headingLevel',
    type: 'choice',
    values: headingLevels,
    default: '2',
    group: 'look',
    valueText: '`1`–`6`',
    defaultText: '`2`',
    description: 'Level of the group headings; card titles sit one level below. Without grouping, card titles use this level.',
    offeredIn: { builder: true, block: { integer: true }, render: true, storybook: true },
  },
  {
    name: 'locale',
    property: 'locale',
    type: 'locale',
    suggestions: ['en', 'en-US', 'fr', 'es', 'ar'],
    group: 'look',
    valueText: 'BCP 47 tag, e.g. `fr`',
    defaultText: 'nearest `lang`, else the browser',
    description:
      'Language of dates and month names (`Intl.DateTimeFormat`). Plain `en` writes "21 July 2022"; `en-US` writes "July 21, 2022".',
    offeredIn: everywhere,
  },
  {
    name: 'theme',
    property: 'theme',
    type: 'choice',
    values: themes,
    labels: { light: 'Light', dark: 'Dark', auto: 'Auto: follows the reader’s system setting' },
    unsetLabel: 'The page’s own colours',
    reflects: true,
    group: 'look',
    valueText: '`light`, `dark`, `auto`',
    defaultText: '(none)',
    description:
      "Without it: light cards; headings and messages outside the cards in the page's own text colour. With it: the list paints its own background in that scheme; `auto` follows the page's `color-scheme` when it declares one, else the reader's system setting.",
    offeredIn: everywhere,
  },
  {
    name: 'timeout',
    property: 'timeout',
    type: 'whole-number',
    group: 'behaviour',
    valueText: 'milliseconds',
    defaultText: '`10000`',
    description: 'How long to wait for the feed before showing the timeout error.',
    offeredIn: { storybook: true },
  },
  {
    name: 'link-target',
    property: 'linkTarget',
    type: 'choice',
    values: linkTargets,
    group: 'behaviour',
    valueText: '`_self`, `_blank`, `_parent`, `_top`',
    defaultText: '`_self`',
    description: 'Where story links open (`_top` inside an iframe).',
    offeredIn: { render: true, storybook: true },
  },
  {
    name: 'hide-media-contact',
    property: 'hideMediaContact',
    type: 'boolean',
    group: 'behaviour',
    valueText: 'boolean',
    defaultText: 'off',
    description:
      "Leaves out the feed's media contact line. When a page shows several lists of one feed, put it on all but one, so the contact appears once.",
    offeredIn: { builder: true, block: {}, render: true },
  },
  {
    name: 'cache',
    property: 'cache',
    type: 'boolean',
    group: 'behaviour',
    valueText: 'boolean',
    defaultText: 'off',
    description:
      "Repeat views: saves the last good feed on the device (Cache Storage) and shows it at once next time, while the feed is fetched again in the background; the browser's HTTP cache and the feed's caching headers decide whether that refresh reaches the network. A feed served with `Cache-Control: no-store` is never saved. If the refresh fails, the saved stories stay and `impact-stories-error` still fires.",
    // The builder and the block leave caching to the site's own pages.
    offeredIn: { render: true },
  },
];
