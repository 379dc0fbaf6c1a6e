import { oneEvent } from '@open-wc/testing';

export interface EmbedList extends HTMLElement {
  state: string;
  updateComplete: Promise<boolean>;
}

/** Adds an iframe as the iframe snippet does, and waits until the list inside has loaded or failed. */
export async function embedFrame(query: string, parent: Element = document.body) {
  const frame = document.createElement('iframe');
  frame.src = `/dist/embed.html${query}`;
  frame.title = 'Impact stories';
  frame.height = '640';
  frame.style.cssText = 'width: 100%; border: 0';
  const pageLoaded = oneEvent(frame, 'load');
  parent.append(frame);
  await pageLoaded;
  const list = frame.contentDocument!.querySelector('impact-story-list') as EmbedList;
  if (list.state === 'loading') {
    await Promise.race([oneEvent(list, 'impact-stories-load'), oneEvent(list, 'impact-stories-error')]);
  }
  await list.updateComplete;
  return { frame, list, document: frame.contentDocument! };
}

export const cardsIn = (list: Element) => [...list.shadowRoot!.querySelectorAll('article')];
export const linksIn = (list: Element) => cardsIn(list).map((card) => card.querySelector('a')!);
