import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { GroupBy } from '../packages/widgets/src/select/select-stories.js';
import type { LinkTarget, StoryLayout } from '../packages/widgets/src/index.js';
import '../packages/widgets/src/impact-story-list-define.js';
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
  type StoryArgs,
  docsWithLinks,
} from './story-helpers.js';
import * as stories from './impact-story-list.stories.js';
import { listArgTypes, listStoryAttributes } from './list-arg-types.js';

const a = (args: StoryArgs, name: (typeof listStoryAttributes)[number]) =>
  ifDefined(args[name] === undefined || args[name] === '' ? undefined : String(args[name]));

const FALLBACK = '<a href="https://www.ilo.org/impact-stories">Read our impact stories on ilo.org</a>';
const fallbackLink = html`<a href="https://www.ilo.org/impact-stories">Read our impact stories on ilo.org</a>`;

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
    ${fallbackLink}
  </impact-story-list>`;
}

const meta = {
  title: 'Widgets/impact-story-list',
  component: 'impact-story-list',
  args: { src: SAMPLE_FEED, 'heading-level': 2 },
  argTypes: {
    ...listArgTypes,
    ...cssPropertyArgTypes,
  },
  render: (args) => renderList(args),
  parameters: {
    docs: {
      description: {
        // Read when the docs page renders, once every story of this file is defined.
        get component() {
          return docsWithLinks(
            meta.title,
            'One element that fetches a feed and shows its stories as cards. This page shows the main story, the layouts, loading and error states and the dark theme; the controls below change the main story live.',
            stories,
          );
        },
      },
      story: { height: '36rem' },
      source: {
        transform: (_code: string, context: { args: StoryArgs }) =>
          snippet('impact-story-list', context.args, listStoryAttributes, FALLBACK),
      },
    },
  },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs> & { parameters?: { stillLoading?: boolean } };

export const Default: Story = { args: { project: 'Skills 21' } };

export const ListLayout: Story = { name: 'Layout: list', args: { project: 'Skills 21', layout: 'list' }, tags: ['!autodocs'] };
export const GridLayout: Story = { name: 'Layout: grid', args: { layout: 'grid', limit: 6 } };
export const CompactLayout: Story = { name: 'Layout: compact', args: { layout: 'compact', limit: 3 } };

export const GroupedByYear: Story = { name: 'Grouping: by year', args: { 'group-by': 'year', layout: 'grid' }, tags: ['!autodocs'] };
export const GroupedByMonth: Story = {
  name: 'Grouping: by month',
  args: { project: 'Skills 21', 'group-by': 'month' },
  tags: ['!autodocs'],
};

export const FilteredByProject: Story = {
  name: 'Filter: by project',
  args: { project: 'Skills 21', layout: 'compact' },
  tags: ['!autodocs'],
};
export const FilteredByCountry: Story = { name: 'Filter: by country', args: { country: 'Madagascar' }, tags: ['!autodocs'] };

export const LimitAndPageSize: Story = {
  name: 'Paging: limit and page size (Load more)',
  args: { limit: 9, 'page-size': 3, layout: 'grid' },
  tags: ['!autodocs'],
};

export const Loading: Story = {
  name: 'State: loading (a feed that never answers)',
  render: (args) => renderList(args, neverAnsweringFetch),
  parameters: { stillLoading: true },
};
export const Error404: Story = { name: 'State: error (404)', args: { src: '/sample/no-such-feed.json' } };
export const ErrorMalformedJson: Story = {
  name: 'State: error (malformed JSON)',
  args: { src: '/stories/feeds/malformed.json' },
  tags: ['!autodocs'],
};
export const ErrorTimeout: Story = {
  name: 'State: error (timeout)',
  args: { timeout: 1500 },
  render: (args) => renderList(args, neverAnsweringFetch),
  tags: ['!autodocs'],
};
export const ErrorHtmlPage: Story = {
  name: 'State: error (an HTML page instead of a feed)',
  args: { src: '/test/fixtures/not-json.html' },
  tags: ['!autodocs'],
};
export const ErrorUnavailable: Story = {
  name: 'State: error (503: with Retry)',
  args: { src: '/feed.json' },
  render: (args) => renderList(args, unavailableFetch),
  tags: ['!autodocs'],
};
export const Empty: Story = { name: 'State: empty', args: { project: 'Skills 21', year: '2019' }, tags: ['!autodocs'] };

export const RssFeed: Story = {
  name: 'Feed: RSS 2.0 (WordPress, Media RSS)',
  args: { src: '/test/fixtures/wordpress-rss.xml', 'group-by': 'month' },
  tags: ['!autodocs'],
};
export const AtomFeed: Story = {
  name: 'Feed: Atom 1.0',
  args: { src: '/test/fixtures/atom-feed.xml', layout: 'grid' },
  tags: ['!autodocs'],
};
export const UntitledPosts: Story = {
  name: 'Feed: micro-posts without titles, bylines',
  args: { src: '/test/fixtures/untitled-feed.json' },
  tags: ['!autodocs'],
};

export const HardContent: Story = {
  name: 'Content: long title, no image, long credit, Arabic',
  args: { src: '/stories/feeds/hard-content.json' },
  tags: ['!autodocs'],
};
export const RightToLeftArabic: Story = {
  name: 'Language: Arabic, on a right-to-left page',
  args: { project: 'Skills 21', 'group-by': 'month', locale: 'ar' },
  render: (args) => html`<div dir="rtl" lang="ar">${renderList(args)}</div>`,
  tags: ['!autodocs'],
};
export const FrenchDates: Story = {
  name: 'Language: French',
  args: { project: 'Skills 21', 'group-by': 'month', locale: 'fr' },
  tags: ['!autodocs'],
};
export const SpanishDates: Story = {
  name: 'Language: Spanish',
  args: { project: 'Skills 21', 'group-by': 'month', locale: 'es' },
  tags: ['!autodocs'],
};

export const LightTheme: Story = { name: 'Theme: light', args: { theme: 'light', country: 'Philippines' }, tags: ['!autodocs'] };
export const DarkTheme: Story = { name: 'Theme: dark', args: { theme: 'dark', country: 'Philippines' } };
export const AutoTheme: Story = { name: 'Theme: auto', args: { theme: 'auto', country: 'Philippines' }, tags: ['!autodocs'] };

const headingLevel = (level: number): Story => ({
  name: `Heading level: ${level}`,
  args: { 'heading-level': level, 'group-by': 'year', limit: 4 },
});
export const HeadingLevel1: Story = { ...headingLevel(1), tags: ['!autodocs'] };
export const HeadingLevel2: Story = { ...headingLevel(2), tags: ['!autodocs'] };
export const HeadingLevel3: Story = { ...headingLevel(3), tags: ['!autodocs'] };
export const HeadingLevel4: Story = { ...headingLevel(4), tags: ['!autodocs'] };
export const HeadingLevel5: Story = { ...headingLevel(5), tags: ['!autodocs'] };
export const HeadingLevel6: Story = { ...headingLevel(6), tags: ['!autodocs'] };

export const NarrowMobile: Story = {
  name: 'Viewport: narrow mobile (320 px)',
  args: { project: 'Skills 21', 'group-by': 'month' },
  render: (args) => inWidth('320px', renderList(args)),
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  tags: ['!autodocs'],
};

export const Rethemed: Story = {
  name: 'Theme: custom properties only',
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
  tags: ['!autodocs'],
};
