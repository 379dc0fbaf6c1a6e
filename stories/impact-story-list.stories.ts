import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GroupBy } from '../src/select/select-stories.js';
import type { LinkTarget, StoryLayout } from '../src/index.js';
import '../src/impact-story-list-define.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  cssPropertiesOf,
  cssPropertyArgTypes,
  ifDefined,
  inWidth,
  neverAnsweringFetch,
  unavailableFetch,
  SAMPLE_FEED,
  snippet,
  textControls,
  type StoryArgs,
} from './story-helpers.js';

const listAttributes = [
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

const a = (args: StoryArgs, name: (typeof listAttributes)[number]) =>
  ifDefined(args[name] === undefined || args[name] === '' ? undefined : String(args[name]));

function renderList(args: StoryArgs, fetcher?: typeof fetch) {
  return html`<impact-story-list
    src=${a(args, 'src')}
    project=${a(args, 'project')}
    country=${a(args, 'country')}
    tag=${a(args, 'tag')}
    year=${a(args, 'year')}
    limit=${a(args, 'limit')}
    page-size=${a(args, 'page-size')}
    group-by=${a(args, 'group-by') as GroupBy}
    layout=${a(args, 'layout') as StoryLayout}
    heading-level=${a(args, 'heading-level')}
    locale=${a(args, 'locale')}
    theme=${a(args, 'theme')}
    timeout=${a(args, 'timeout')}
    link-target=${a(args, 'link-target') as LinkTarget}
    .fetcher=${fetcher}
    style=${styleMap(cssPropertiesOf(args))}
  >
    <a href="https://www.ilo.org/impact-stories">Read our impact stories on ilo.org</a>
  </impact-story-list>`;
}

const meta = {
  title: 'Widgets/impact-story-list',
  component: 'impact-story-list',
  args: { src: SAMPLE_FEED, 'heading-level': 2 },
  argTypes: {
    ...textControls(['src', 'project', 'country', 'tag', 'year', 'limit', 'page-size', 'timeout']),
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    'group-by': { control: 'inline-radio', options: ['none', 'year', 'month'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    locale: { control: 'select', options: ['', 'en', 'en-US', 'fr', 'es', 'ar'] },
    'link-target': { control: 'inline-radio', options: ['', '_self', '_blank', '_top'] },
    ...cssPropertyArgTypes,
  },
  render: (args) => renderList(args),
  parameters: {
    docs: {
      story: { height: '36rem' },
      source: { transform: (_code: string, context: { args: StoryArgs }) => snippet('impact-story-list', context.args, listAttributes) },
    },
  },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs> & { parameters?: { stillLoading?: boolean } };

export const Default: Story = { args: { project: 'Skills 21' } };

export const ListLayout: Story = { name: 'Layout: list', args: { project: 'Skills 21', layout: 'list' } };
export const GridLayout: Story = { name: 'Layout: grid', args: { layout: 'grid', limit: 6 } };
export const CompactLayout: Story = { name: 'Layout: compact', args: { layout: 'compact', limit: 3 } };

export const GroupedByYear: Story = { args: { 'group-by': 'year', layout: 'grid' } };
export const GroupedByMonth: Story = { args: { project: 'Skills 21', 'group-by': 'month' } };

export const FilteredByProject: Story = { args: { project: 'Skills 21', layout: 'compact' } };
export const FilteredByCountry: Story = { args: { country: 'Madagascar' } };

export const LimitAndPageSize: Story = {
  name: 'Limit and page size (Load more)',
  args: { limit: 9, 'page-size': 3, layout: 'grid' },
};

export const Loading: Story = {
  name: 'State: loading (a feed that never answers)',
  render: (args) => renderList(args, neverAnsweringFetch),
  parameters: { stillLoading: true },
};
export const Error404: Story = { name: 'State: error (404)', args: { src: '/sample/no-such-feed.json' } };
export const ErrorMalformedJson: Story = { name: 'State: error (malformed JSON)', args: { src: '/stories/feeds/malformed.json' } };
export const ErrorTimeout: Story = {
  name: 'State: error (timeout)',
  args: { timeout: 1500 },
  render: (args) => renderList(args, neverAnsweringFetch),
};
export const ErrorHtmlPage: Story = {
  name: 'State: error (an HTML page instead of a feed)',
  args: { src: '/test/fixtures/not-json.html' },
};
export const ErrorUnavailable: Story = {
  name: 'State: error (503: with Retry)',
  args: { src: '/feed.json' },
  render: (args) => renderList(args, unavailableFetch),
};
export const Empty: Story = { name: 'State: empty', args: { project: 'Skills 21', year: '2019' } };

export const RssFeed: Story = {
  name: 'Feed: RSS 2.0 (WordPress, Media RSS)',
  args: { src: '/test/fixtures/wordpress-rss.xml', 'group-by': 'month' },
};
export const AtomFeed: Story = { name: 'Feed: Atom 1.0', args: { src: '/test/fixtures/atom-feed.xml', layout: 'grid' } };
export const UntitledPosts: Story = {
  name: 'Feed: micro-posts without titles, bylines',
  args: { src: '/test/fixtures/untitled-feed.json' },
};

export const HardContent: Story = {
  name: 'Hard content: long title, no image, long credit, Arabic',
  args: { src: '/stories/feeds/hard-content.json' },
};
export const RightToLeftArabic: Story = {
  name: 'Right-to-left Arabic page',
  args: { project: 'Skills 21', 'group-by': 'month', locale: 'ar' },
  render: (args) => html`<div dir="rtl" lang="ar">${renderList(args)}</div>`,
};
export const FrenchDates: Story = { args: { project: 'Skills 21', 'group-by': 'month', locale: 'fr' } };
export const SpanishDates: Story = { args: { project: 'Skills 21', 'group-by': 'month', locale: 'es' } };

export const LightTheme: Story = { name: 'Theme: light', args: { theme: 'light', country: 'Philippines' } };
export const DarkTheme: Story = { name: 'Theme: dark', args: { theme: 'dark', country: 'Philippines' } };
export const AutoTheme: Story = { name: 'Theme: auto', args: { theme: 'auto', country: 'Philippines' } };

const headingLevel = (level: number): Story => ({
  name: `Heading level ${level}`,
  args: { 'heading-level': level, 'group-by': 'year', limit: 4 },
});
export const HeadingLevel1 = headingLevel(1);
export const HeadingLevel2 = headingLevel(2);
export const HeadingLevel3 = headingLevel(3);
export const HeadingLevel4 = headingLevel(4);
export const HeadingLevel5 = headingLevel(5);
export const HeadingLevel6 = headingLevel(6);

export const NarrowMobile: Story = {
  name: 'Narrow mobile viewport (320 px)',
  args: { project: 'Skills 21', 'group-by': 'month' },
  render: (args) => inWidth('320px', renderList(args)),
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const Rethemed: Story = {
  name: 'Rethemed with custom properties',
  args: {
    project: 'Skills 21',
    layout: 'grid',
    '--impact-color-accent': '#8a1538',
    '--impact-color-focus': '#8a1538',
    '--impact-color-border': '#b08a96',
    '--impact-radius': '0',
    '--impact-font-family': 'Georgia, serif',
    '--impact-card-min-width': '14rem',
  },
};
