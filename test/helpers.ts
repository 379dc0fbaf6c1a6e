import { fixtureSync, oneEvent } from '@open-wc/testing';
import '../packages/widgets/src/impact-story-list-define.js';
import type { ImpactStoryListElement } from '../packages/widgets/src/components/impact-story-list/impact-story-list.js';
import type { StoriesErrorDetail, StoriesLoadDetail } from '../packages/widgets/src/components/impact-story-list/impact-story-list.js';

export { consoleWarnings, SAMPLE_FEED, SKILLS_21_TITLES } from './helpers-without-elements.js';
/** The URL of a feed in test/fixtures/. */
export const testFeed = (name: string) => `/test/fixtures/${name}`;

let unique = 0;
/** A URL no other test has used, so the page-wide feed cache starts cold for it. */
export const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}test=${Date.now()}-${++unique}`;

/** Puts markup in the page as an open-wc fixture (removed after each test) and returns its element. */
export const mount = <T extends Element = Element>(markup: string): T => fixtureSync<T>(markup.trim());

/** A list that is not yet in the page, so listeners can be attached before it starts loading. */
export function createList(attributes: Record<string, string>, fallbackHtml = ''): ImpactStoryListElement {
  const list = document.createElement('impact-story-list');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  list.innerHTML = fallbackHtml;
  return list;
}

/** Puts `element` in the page: inside `parent`, or in a fixture of its own (removed after each test). */
export function attach<T extends Element>(element: T, parent: Element = mount('<div></div>')): T {
  parent.append(element);
  return element;
}

export const loadEvent = (element: Element) => oneEvent(element, 'impact-stories-load') as Promise<CustomEvent<StoriesLoadDetail>>;
export const errorEvent = (element: Element) => oneEvent(element, 'impact-stories-error') as Promise<CustomEvent<StoriesErrorDetail>>;

/** Puts a list in the page and waits until it has shown its stories. */
export async function loadedList(attributes: Record<string, string>, fallbackHtml = '') {
  const list = createList(attributes, fallbackHtml);
  const loaded = loadEvent(list);
  const failed = errorEvent(list).then((event) => {
    throw new Error(`Expected the feed to load, got: ${event.detail.message}`);
  });
  attach(list);
  const event = await Promise.race([loaded, failed]);
  await list.updateComplete;
  return { list, detail: event.detail };
}

/** Puts a list in the page and waits until it shows its error state. */
export async function failedList(attributes: Record<string, string>, fallbackHtml = '') {
  const list = createList(attributes, fallbackHtml);
  const failed = errorEvent(list);
  attach(list);
  const event = await failed;
  await list.updateComplete;
  return { list, detail: event.detail };
}

export const shadow = (element: Element) => element.shadowRoot!;
/** The story cards (`<article>`s) a list shows. */
export const cards = (list: Element) => [...shadow(list).querySelectorAll<HTMLElement>('article.card')];
export const cardTitles = (list: Element) => cards(list).map((card) => card.querySelector('[part~="title"]')!.textContent!.trim());
/** The status region's text as read aloud (Unicode bidi isolates removed). */
export const statusText = (list: Element) =>
  shadow(list)
    .querySelector('[role="status"]')!
    .textContent!.replace(/[\u2068\u2069]/g, '')
    .trim();

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
