// impact-stories-widgets/react rendered on the server (react-dom/server), from dist/lib: `npm run build` first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { ImpactStoryList } from '../../packages/widgets/dist/lib/react/index.js';

/** @param {Record<string, unknown>} props */
const render = (props) => renderToString(React.createElement(ImpactStoryList, props));

test('the list is rendered with its attributes, so it upgrades with its feed before React hydrates', () => {
  const html = render({
    src: 'https://example.org/stories.json',
    project: 'Skills 21',
    year: 2022,
    pageSize: 6,
    groupBy: 'month',
    headingLevel: 3,
    layout: 'grid',
    hideMediaContact: true,
    cache: false,
    className: 'stories',
    id: 'skills',
  });
  const [tag] = html.match(/^<impact-story-list[^>]*>/) ?? [''];
  for (const attribute of [
    'src="https://example.org/stories.json"',
    'project="Skills 21"',
    'year="2022"',
    'page-size="6"',
    'group-by="month"',
    'heading-level="3"',
    'layout="grid"',
    'hide-media-contact=""',
    'class="stories"',
    'id="skills"',
  ]) {
    assert.ok(tag.includes(` ${attribute}`), `${attribute} in ${tag}`);
  }
  assert.doesNotMatch(tag, /cache|pageSize|groupBy/);
});

test('what only a browser can take (a fetcher, event handlers) stays out of the HTML', () => {
  const html = render({ src: 'https://example.org/stories.json', fetcher: () => {}, onImpactStoriesError: () => {} });
  assert.match(html, /^<impact-story-list src="https:\/\/example.org\/stories.json"><\/impact-story-list>$/);
});
