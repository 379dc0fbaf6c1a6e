import { expect } from '@open-wc/testing';
import { cardsIn, embedFrame, linksIn } from './embed-helpers.js';

describe('dist/embed.html', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('renders one list from the query string, ignoring unknown parameters', async () => {
    const { frame, list } = await embedFrame('?project=Skills%2021&layout=grid&group-by=month&utm_source=cms&onload=alert(1)');
    frames.push(frame);
    expect(list.getAttribute('project')).to.equal('Skills 21');
    expect(list.getAttribute('layout')).to.equal('grid');
    expect(list.hasAttribute('utm_source')).to.equal(false);
    expect(list.hasAttribute('onload')).to.equal(false);
    expect(cardsIn(list)).to.have.length(6);
    expect(frame.contentDocument!.querySelectorAll('impact-story-list')).to.have.length(1);
  });

  it('never reads values as markup', async () => {
    const hostile = '<img src=x onerror="parent.__embedPwned=1">"><script>parent.__embedPwned=2</script>';
    const { frame, list, document } = await embedFrame(`?project=${encodeURIComponent(hostile)}`);
    frames.push(frame);
    expect(list.getAttribute('project')).to.equal(hostile);
    expect(document.querySelectorAll('img, script:not([src])')).to.have.length(0);
    expect(list.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain(hostile);
    expect((window as unknown as { __embedPwned?: number }).__embedPwned).to.equal(undefined);
  });

  it('opens story links in the top window by default, or where link-target says', async () => {
    const top = await embedFrame('?project=Skills%2021');
    frames.push(top.frame);
    expect(linksIn(top.list).map((link) => link.target)).to.deep.equal(Array(6).fill('_top'));
    const blank = await embedFrame('?project=Skills%2021&link-target=_blank');
    frames.push(blank.frame);
    expect(linksIn(blank.list)[0].target).to.equal('_blank');
    expect(linksIn(blank.list)[0].rel).to.equal('noopener');
  });

  it('keeps the fixed height of the snippet, and scrolls inside, when the host page has no resizer', async () => {
    const { frame, document } = await embedFrame('?project=Skills%2021');
    frames.push(frame);
    expect(frame.getBoundingClientRect().height).to.equal(640);
    expect(document.documentElement.classList.contains('sized-by-host')).to.equal(false);
    expect(getComputedStyle(document.documentElement).overflow).to.not.equal('hidden');
  });

  it('sets the page language from locale', async () => {
    const { frame, document, list } = await embedFrame('?project=Skills%2021&locale=fr&group-by=month');
    frames.push(frame);
    expect(document.documentElement.lang).to.equal('fr');
    expect(list.shadowRoot!.querySelector('[part="group-heading"]')!.textContent!.trim()).to.equal('juillet 2022');
  });
});
