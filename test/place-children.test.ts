import { expect } from '@open-wc/testing';
import { placeChildren } from '../src/components/place-children.js';

const named = (name: string) => {
  const button = document.createElement('button');
  button.textContent = name;
  return button;
};
const order = (parent: Element) => [...parent.children].map((child) => child.textContent).join(' ');

describe('placeChildren', () => {
  let parent: HTMLDivElement;
  beforeEach(() => {
    parent = document.createElement('div');
    document.body.append(parent);
  });
  afterEach(() => parent.remove());

  it('puts the nodes in the order given and removes the others', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(named);
    placeChildren(parent, [a, b, c]);
    expect(order(parent)).to.equal('a b c');
    placeChildren(parent, [c, d, a]);
    expect(order(parent)).to.equal('c d a');
    expect(b.isConnected).to.equal(false);
    placeChildren(parent, []);
    expect(parent.childNodes.length).to.equal(0);
  });

  it('leaves a kept node in place, so it keeps focus while nodes around it come and go', () => {
    const [before, kept, after, added] = ['before', 'kept', 'after', 'added'].map(named);
    placeChildren(parent, [before, kept, after]);
    kept.focus();
    const observer = new MutationObserver(() => {});
    observer.observe(parent, { childList: true });
    placeChildren(parent, [added, kept]);
    const removed = observer.takeRecords().flatMap((record) => [...record.removedNodes]);
    observer.disconnect();
    expect(order(parent)).to.equal('added kept');
    expect(document.activeElement).to.equal(kept);
    expect(removed).to.have.members([before, after]);
  });

  it('adds text nodes and nodes from elsewhere in the page', () => {
    const elsewhere = named('moved here');
    document.body.append(elsewhere);
    placeChildren(parent, [document.createTextNode('text '), elsewhere]);
    expect(parent.textContent).to.equal('text moved here');
    expect(elsewhere.parentNode).to.equal(parent);
  });
});
