import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LinkTarget, StoryLayout } from '../packages/widgets/src/index.js';
import '../packages/widgets/src/impact-story-card-define.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  cssPropertiesOf,
  cssPropertyArgTypes,
  docsWithLinks,
  ifDefined,
  inWidth,
  snippet,
  textControls,
  type StoryArgs,
} from './story-helpers.js';
import * as stories from './impact-story-card.stories.js';

const cardAttributes = [
  'heading',
  'href',
  'date',
  'summary',
  'image',
  'image-alt',
  'image-credit',
  'project',
  'country',
  'heading-level',
  'layout',
  'locale',
  'theme',
  'link-target',
] as const;

const a = (args: StoryArgs, name: (typeof cardAttributes)[number]) =>
  ifDefined(args[name] === undefined || args[name] === '' ? undefined : String(args[name]));

const renderCard = (args: StoryArgs) =>
  html`<impact-story-card
    heading=${a(args, 'heading')}
    href=${a(args, 'href')}
    date=${a(args, 'date')}
    summary=${a(args, 'summary')}
    image=${a(args, 'image')}
    image-alt=${a(args, 'image-alt')}
    image-credit=${a(args, 'image-credit')}
    project=${a(args, 'project')}
    country=${a(args, 'country')}
    heading-level=${a(args, 'heading-level')}
    layout=${a(args, 'layout') as StoryLayout}
    locale=${a(args, 'locale')}
    theme=${a(args, 'theme')}
    link-target=${a(args, 'link-target') as LinkTarget}
    style=${styleMap(cssPropertiesOf(args))}
  ></impact-story-card>`;

const meta = {
  title: 'Widgets/impact-story-card',
  component: 'impact-story-card',
  args: {
    heading: 'From refugee to digital worker',
    href: 'https://www.ilo.org/resource/article/from-refugee-to-digital-worker',
    date: '2021-10-08',
    summary:
      'For Thon Mabior Jok, a young refugee from Kakuma camp in Kenya, working on a digital platform has meant some extra income but there are many challenges.',
    image: '/sample/images/refugee-digital-worker-laptop.svg',
    'image-alt': 'Illustration of a young man working on a laptop outside a tent in a refugee camp',
    'image-credit': '© Thon Mabior Jok 2022',
    project: 'PROSPECTS',
    country: 'Kenya',
    'heading-level': 2,
  },
  argTypes: {
    ...textControls(['heading', 'href', 'date', 'summary', 'image', 'image-alt', 'image-credit', 'project', 'country']),
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    locale: { control: 'select', options: ['', 'en', 'en-US', 'fr', 'es', 'ar'] },
    ...cssPropertyArgTypes,
  },
  render: (args) => inWidth('40rem', renderCard(args)),
  parameters: {
    docs: {
      description: {
        // Read when the docs page renders, once every story of this file is defined.
        get component() {
          return docsWithLinks(
            meta.title,
            'One story as a card, from attributes or a `story` property. This page shows the main story; the controls below change it live.',
            stories,
          );
        },
      },
      source: { transform: (_code: string, context: { args: StoryArgs }) => snippet('impact-story-card', context.args, cardAttributes) },
    },
  },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

export const Default: Story = {};
export const GridLayout: Story = { name: 'Layout: grid', args: { layout: 'grid' }, render: (args) => inWidth('20rem', renderCard(args)) };
export const CompactLayout: Story = { name: 'Layout: compact', args: { layout: 'compact' }, tags: ['!autodocs'] };
export const NoImage: Story = {
  name: 'Content: no photo',
  args: { image: undefined, 'image-alt': undefined, 'image-credit': undefined },
  tags: ['!autodocs'],
};
export const VeryLongTitle: Story = {
  name: 'Content: very long title',
  tags: ['!autodocs'],
  args: {
    heading:
      'Digitally and financially empowered MSMEs in Uruguay – Lesson learnt from a successful collaboration with ANDE during the COVID-19 pandemic, and what the Inter-institutional-micro-small-and-medium-enterprise-coordination-mechanism learned',
  },
};
export const LongCredit: Story = {
  name: 'Content: long photo credit',
  tags: ['!autodocs'],
  args: {
    'image-credit':
      '© Thon Mabior Jok 2022, for the ILO PROSPECTS partnership in Kakuma, with the Government of Kenya, UNHCR, UNICEF, IFC and the World Bank',
  },
};
export const RightToLeftArabic: Story = {
  name: 'Language: Arabic, right to left',
  tags: ['!autodocs'],
  args: {
    heading: 'من لاجئ إلى عامل رقمي (ILO PROSPECTS)',
    summary: 'بالنسبة إلى ثون مابيور جوك، وهو لاجئ شاب من مخيم كاكوما في كينيا، أتاح العمل على منصة رقمية دخلاً إضافياً.',
    country: 'كينيا',
    locale: 'ar',
  },
  render: (args) => html`<div dir="rtl" lang="ar">${inWidth('40rem', renderCard(args))}</div>`,
};
export const FrenchDate: Story = { name: 'Language: French', args: { locale: 'fr' }, tags: ['!autodocs'] };
export const SpanishDate: Story = { name: 'Language: Spanish', args: { locale: 'es' }, tags: ['!autodocs'] };
export const DarkTheme: Story = { name: 'Theme: dark', args: { theme: 'dark' } };
export const HeadingLevel4: Story = { name: 'Heading level: 4', args: { 'heading-level': 4 }, tags: ['!autodocs'] };
export const NarrowMobile: Story = {
  name: 'Viewport: narrow mobile (320 px)',
  tags: ['!autodocs'],
  render: (args) => inWidth('320px', renderCard(args)),
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
