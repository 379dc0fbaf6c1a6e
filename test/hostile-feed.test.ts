import { expect } from '@open-wc/testing';
import { cards, loadedList, shadow, testFeed } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const allElements = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? allElements(element.shadowRoot) : [])]);

describe('a feed whose fields hold markup, scripts and javascript: URLs', () => {
  it('renders every field as inert text and drops unsafe URLs', async () => {
    window.__pwned = undefined;
    const { list, detail } = await loadedList({ src: testFeed('hostile-feed.json') });
    await list.updateComplete;

    expect(detail.skipped).to.equal(2);
    expect(cards(list)).to.have.length(2);
    const everything = allElements(shadow(list));
    expect(everything.filter((element) => ['script', 'b', 'iframe'].includes(element.localName))).to.deep.equal([]);
    // The only drawings are the widget's own icons.
    expect(everything.filter((element) => element.localName === 'svg' && !element.matches('svg.icon'))).to.deep.equal([]);
    expect(everything.filter((element) => element.localName === 'img')).to.deep.equal([]);
    for (const element of everything) {
      for (const attribute of ['href', 'src']) {
        const value = element.getAttribute(attribute);
        if (value !== null) expect(value, `${element.localName}[${attribute}]`).to.match(/^(https?:|mailto:newsroom)/);
      }
      expect([...element.attributes].map((attribute) => attribute.name)).to.not.include.members(['onerror', 'onload']);
    }

    const first = cards(list)[0]!;
    // A tag the HTML parser reads as an element is markup, never shown: only the title's words remain.
    expect(first.querySelector('a')!.textContent).to.equal('Markup title');
    // HTML in a summary is read for its words through an inert document: the script's text is not among them.
    expect(first.querySelector('[part="summary"]')!.textContent).to.equal('bold?');
    expect(first.querySelector('[part="summary"] *')).to.equal(null);
    expect(first.querySelector('[part="meta"]')!.textContent).to.contain('<svg onload=');

    const second = cards(list)[1]!;
    expect(second.querySelector('a')!.textContent).to.equal(
      "{{constructor.constructor('window.__pwned=1')()}} ${window.__pwned='template'}",
    );
    // Character references are decoded, and what they spell is still text: no <b> element.
    expect(second.querySelector('[part="summary"]')!.textContent).to.equal('<b>entities stay text</b>');
    expect(second.querySelector('[part="summary"] *')).to.equal(null);

    const contact = shadow(list).querySelector('[part="media-contact"]');
    expect(contact).to.equal(null);
    expect(window.__pwned).to.equal(undefined);
    await expect(list).to.be.accessible();
  });
});
