import { expect } from '@open-wc/testing';
import { cardsIn, embedFrame, linksIn } from './embed-helpers.js';
import { defaultEmbedFeeds, embedMayShow } from '../packages/pages/src/embed/embed-feeds.js';

/** Resolves with the first element in `document` that matches `selector`, now or once it is added. */
function appeared(document: Document, selector: string): Promise<Element> {
  return new Promise((resolve) => {
    const check = () => {
      const found = document.querySelector(selector);
      if (!found) return;
      observer.disconnect();
      resolve(found);
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
    check();
  });
}

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
    expect(linksIn(blank.list)[0]!.target).to.equal('_blank');
    expect(linksIn(blank.list)[0]!.rel).to.equal('noopener');
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

  it('shows feeds on its own origin, given as src', async () => {
    const { frame, list } = await embedFrame('?src=/sample/impact-stories.json&project=Skills%2021');
    frames.push(frame);
    expect(cardsIn(list)).to.have.length(6);
  });

  it('refuses a feed on another origin with a plain sentence, and never requests it', async () => {
    const elsewhere = `${location.protocol}//127.0.0.1:${location.port}/sample/impact-stories.json`;
    const frame = Object.assign(document.createElement('iframe'), { src: `/dist/embed.html?src=${encodeURIComponent(elsewhere)}` });
    frames.push(frame);
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const alert = await appeared(frame.contentDocument!, '[role="alert"]');
    expect(alert.textContent).to.equal('These stories cannot be shown here.');
    expect(frame.contentDocument!.querySelector('impact-story-list')).to.equal(null);
    const requested = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.startsWith(elsewhere))).to.deep.equal([]);
  });
});

describe('the feeds an embed page may show', () => {
  const page = 'https://stories.example.org/embed/embed.html';

  it('by default, its own origin and its default feed’s', () => {
    const allowed = defaultEmbedFeeds(page, 'https://feeds.example.org/stories/feed.json');
    expect(allowed).to.deep.equal(['https://stories.example.org', 'https://feeds.example.org']);
    expect(embedMayShow('/stories/feed.json', page, allowed)).to.equal(true);
    expect(embedMayShow('feed.json', page, allowed)).to.equal(true);
    expect(embedMayShow('https://feeds.example.org/other.json', page, allowed)).to.equal(true);
    expect(embedMayShow('https://attacker.example/feed.json', page, allowed)).to.equal(false);
    expect(embedMayShow('https://stories.example.org.attacker.example/feed.json', page, allowed)).to.equal(false);
    expect(embedMayShow('http://stories.example.org/feed.json', page, allowed)).to.equal(false);
  });

  it('the origins and folders its publisher lists, and nothing but http(s)', () => {
    const allowed = ['https://cdn.example.org/stories/', 'https://partner.example'];
    expect(embedMayShow('https://cdn.example.org/stories/feed.json', page, allowed)).to.equal(true);
    expect(embedMayShow('https://cdn.example.org/other/feed.json', page, allowed)).to.equal(false);
    expect(embedMayShow('https://cdn.example.org/stories/../other/feed.json', page, allowed)).to.equal(false);
    expect(embedMayShow('https://partner.example/feed.json', page, allowed)).to.equal(true);
    expect(embedMayShow('https://partner.example:8443/feed.json', page, allowed)).to.equal(false);
    expect(embedMayShow('/stories/feed.json', page, allowed)).to.equal(false);
    expect(embedMayShow('javascript:alert(1)//https://partner.example/', page, ['javascript:alert(1)//'])).to.equal(false);
  });
});
