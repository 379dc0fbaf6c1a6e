// renderStoryList() and `impact-stories render` write every attribute the schema offers them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadSchema } from '../../scripts/schema/load-schema.mjs';
import { renderCommand } from '../../packages/cli/commands/render.mjs';

const { renderStoryList } = await import('../../packages/ssr/dist/render-story-list.js');
const { listAttributeSchema } = await loadSchema();
const rendered = listAttributeSchema.filter((attribute) => attribute.offeredIn.render);

/**
 * A value of each type that differs from the element's default.
 * @type {Partial<Record<import('../../packages/core/src/attributes/list-attribute-schema.js').ListAttributeType, string | boolean>>}
 */
const exampleValue = { text: 'Skills 21', year: '2022', 'whole-number': '3', locale: 'fr', boolean: true };
/** @param {import('../../packages/core/src/attributes/list-attribute-schema.js').ListAttribute} attribute */
const valueOf = ({ type, values, default: fallback }) =>
  type === 'choice' ? values?.find((value) => value !== fallback && value !== '_self') : exampleValue[type];

test('renderStoryList() writes every attribute the schema offers it', async () => {
  const attributes = Object.fromEntries(rendered.map((attribute) => [attribute.name, valueOf(attribute)]));
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Stories', items: [] };
  const html = await renderStoryList({ src: 'https://www.example.org/feed.json', feed, attributes });
  const [tag = ''] = /<impact-story-list\b[^>]*>/.exec(html) ?? [];
  for (const [name, value] of Object.entries(attributes)) {
    assert.ok(new RegExp(value === true ? ` ${name}(=""|\\s|>)` : ` ${name}="${value}"`).test(tag), `${name} in ${tag}`);
  }
});

test('impact-stories render takes a flag for every attribute the schema offers the renderer', () => {
  for (const { name, type } of rendered) {
    assert.deepEqual(renderCommand.options[name], { type: type === 'boolean' ? 'boolean' : 'string' }, name);
    assert.ok(renderCommand.help.includes(`--${name}`), `--${name} in the help`);
  }
});
