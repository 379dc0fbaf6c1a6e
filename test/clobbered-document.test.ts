import { expect } from '@open-wc/testing';
import { cards, loadedList, SAMPLE_FEED } from './helpers.js';
import { safeHttpUrl } from '../packages/core/src/feed/safe-url.js';

/**
 * Markup a CMS author may post: named `<img>`, `<form>`, `<object>` and `<embed>` elements become properties of
 * `document`, shadowing its own methods and getters (DOM clobbering).
 */
const CLOBBERING_MARKUP = `
  <object id="querySelector"></object>
  <img name="baseURI" alt="">
  <img name="hidden" alt="">
  <form name="querySelectorAll"></form>`;

describe('a host page whose markup shadows document properties', () => {
  let holder: HTMLElement;
  let meta: HTMLMetaElement;

  beforeEach(() => {
    holder = document.createElement('div');
    holder.innerHTML = CLOBBERING_MARKUP;
    document.body.append(holder);
    meta = Object.assign(document.createElement('meta'), { name: 'impact-stories-feed', content: SAMPLE_FEED });
    document.head.append(meta);
    // The markup does shadow them: without it, these tests would prove nothing.
    expect(document.querySelector).to.be.instanceOf(HTMLObjectElement);
    expect(document.baseURI).to.be.instanceOf(HTMLImageElement);
  });

  afterEach(() => {
    holder.remove();
    meta.remove();
  });

  it('still finds the default feed of a list without src', async () => {
    const { list } = await loadedList({ project: 'Skills 21' });
    expect(cards(list)).to.have.length(6);
  });

  it('still resolves relative feed and image addresses against the page', async () => {
    expect(safeHttpUrl('sample/a.json')).to.equal(new URL('sample/a.json', location.href).href);
    const { list } = await loadedList({ src: SAMPLE_FEED.slice(1), project: 'Skills 21' });
    expect(cards(list)).to.have.length(6);
  });
});
