import { expect } from '@open-wc/testing';
import { listAttributeSchema, type ListAttribute } from '../packages/core/src/attributes/list-attribute-schema.js';
import { ImpactStoryListElement } from '../packages/widgets/src/components/impact-story-list/impact-story-list.js';
import { defaultSettings, listAttributes, type EmbedSettings } from '../packages/pages/src/builder/snippets.js';
import { cards, consoleWarnings, loadedList, SAMPLE_FEED, shadow } from './helpers.js';

/** The element's attribute-backed properties, by attribute name. */
function elementAttributes() {
  const attributes = new Map<string, { property: string; reflects: boolean; boolean: boolean }>();
  for (const [key, options] of ImpactStoryListElement.elementProperties) {
    if (options.state || options.attribute === false) continue;
    const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
    attributes.set(name, { property: String(key), reflects: !!options.reflect, boolean: options.type === Boolean });
  }
  return attributes;
}

type List = ImpactStoryListElement;
const firstTitle = (list: List) => cards(list)[0]!.querySelector('[part~="title"]')!;
const groupHeadings = (list: List) =>
  [...shadow(list).querySelectorAll('[part~="group-heading"]')].map((heading) => heading.textContent!.trim());

/**
 * How each choice shows, read from the rendered list, and what an unknown value falls back to (a value the
 * element also shows when it is not set) and whether the element warns about it.
 */
const shownChoice: Record<string, { shown: (list: List) => string; fallback: string; warns: boolean }> = {
  layout: {
    shown: (list) => (['list', 'grid', 'compact'] as const).find((name) => cards(list)[0]!.classList.contains(name))!,
    fallback: 'list',
    warns: true,
  },
  'group-by': {
    shown: (list) => {
      const headings = groupHeadings(list);
      return !headings.length ? 'none' : headings.every((text) => /^\d{4}$/.test(text)) ? 'year' : 'month';
    },
    fallback: 'none',
    warns: true,
  },
  theme: {
    shown: (list) =>
      ({ light: 'light', dark: 'dark', 'light dark': 'auto' })[getComputedStyle(list).colorScheme] ?? getComputedStyle(list).colorScheme,
    fallback: 'light',
    warns: true,
  },
  'heading-level': { shown: (list) => firstTitle(list).localName.slice(1), fallback: '2', warns: false },
  'link-target': {
    shown: (list) => firstTitle(list).querySelector('a')!.getAttribute('target') ?? '_self',
    fallback: '_self',
    warns: false,
  },
};

const choices = listAttributeSchema.filter((attribute) => attribute.type === 'choice');

/** Sets `value` on the list and returns what it shows, and the console warnings it wrote. */
async function show(list: List, attribute: ListAttribute, value: string) {
  let shown = '';
  const warnings = await consoleWarnings(async () => {
    list.setAttribute(attribute.name, value);
    await list.updateComplete;
    shown = shownChoice[attribute.name]!.shown(list);
    await import('../packages/core/src/console-warnings.js');
  });
  return { shown, warnings };
}

describe('the list attribute schema', () => {
  it('names every attribute of <impact-story-list>, with its property, reflection and type', () => {
    const element = elementAttributes();
    expect([...element.keys()]).to.have.members(listAttributeSchema.map(({ name }) => name));
    for (const { name, property, reflects, type } of listAttributeSchema) {
      expect(element.get(name), name).to.deep.equal({ property, reflects: !!reflects, boolean: type === 'boolean' });
    }
  });

  it('gives the defaults a new list has', () => {
    const list = document.createElement('impact-story-list') as unknown as Record<string, unknown>;
    for (const { name, property, type, default: fallback } of listAttributeSchema) {
      const value = list[property];
      if (type === 'boolean') expect(value, name).to.equal(false);
      else expect(value === undefined || value === null ? undefined : String(value), name).to.equal(fallback);
    }
  });

  it('describes a type the builder, the plugin and the docs can read for every attribute', () => {
    for (const attribute of listAttributeSchema) {
      expect(attribute.description, attribute.name).to.match(/\S.*\.$/);
      if (attribute.type === 'choice') expect(attribute.values, attribute.name).to.have.length.above(1);
      if (attribute.default !== undefined && attribute.values) expect(attribute.values, attribute.name).to.include(attribute.default);
    }
  });

  for (const attribute of choices) {
    it(`lists the ${attribute.name} values the list shows, and what it does with another`, async () => {
      expect(shownChoice, `a way to see ${attribute.name} in this test`).to.have.property(attribute.name);
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '12' });
      for (const value of attribute.values!) {
        const { shown, warnings } = await show(list, attribute, value);
        expect(shown, `${attribute.name}="${value}"`).to.equal(value);
        expect(warnings, `${attribute.name}="${value}"`).to.deep.equal([]);
      }
      const { fallback, warns } = shownChoice[attribute.name]!;
      const { shown, warnings } = await show(list, attribute, 'not-a-choice');
      expect(shown).to.equal(fallback);
      expect(warnings).to.deep.equal(
        warns ? [`<impact-story-list>: ignored ${attribute.name}="not-a-choice"; expected ${attribute.values!.join(', ')}.`] : [],
      );
    });
  }

  it('is what the builder writes into its snippets, with the same defaults', () => {
    const offered = listAttributeSchema.filter((attribute) => attribute.offeredIn.builder);
    const changed: EmbedSettings = {
      src: 'https://example.org/feed.json',
      project: 'P',
      country: 'C',
      year: '2022',
      limit: '3',
      pageSize: '3',
      layout: 'grid',
      groupBy: 'year',
      headingLevel: '3',
      theme: 'dark',
      locale: 'fr',
      mediaContact: 'hide',
    };
    expect(listAttributes(changed).map(([name]) => name)).to.have.members(offered.map(({ name }) => name));
    // The builder leaves out what equals the element's default, so its defaults must be the element's.
    for (const { name, default: fallback } of offered.filter((attribute) => attribute.default !== undefined)) {
      const key = camel(name) as keyof EmbedSettings;
      expect(defaultSettings[key], name).to.equal(fallback);
    }
  });
});

const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
