import { expect, oneEvent } from '@open-wc/testing';
import { SAMPLE_FEED, SKILLS_21_TITLES } from './helpers-without-elements.js';

interface FramedList extends HTMLElement {
  state: string;
  updateComplete: Promise<boolean>;
}

/**
 * The script-tag bundle in a page whose browser lacks a feature, made so by `removeFeature` before the bundle runs.
 * Resolves once the page has loaded, with its list.
 */
async function pageWithout(removeFeature: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script>${removeFeature}</script>
    <script type="module" src="/dist/impact-stories.js"></script>
    <impact-story-list src="${SAMPLE_FEED}" project="Skills 21"><a href="/stories">All our stories</a></impact-story-list>
  </body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const list = frame.contentDocument!.querySelector('impact-story-list') as FramedList;
  return { frame, list };
}

async function expectSkills21Cards(list: FramedList) {
  if (list.state === 'loading') await oneEvent(list, 'impact-stories-load');
  await list.updateComplete;
  expect(list.state).to.equal('loaded');
  const titles = [...list.shadowRoot!.querySelectorAll('article [part~="title"]')].map((link) => link.textContent!.trim());
  expect(titles).to.deep.equal(SKILLS_21_TITLES);
  expect(list.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
}

describe('in browsers older than the supported ones', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows the stories without custom states (Firefox before 126, Safari before 17.4)', async () => {
    const page = await pageWithout(`Object.defineProperty(ElementInternals.prototype, 'states', { get: () => undefined });`);
    frame = page.frame;
    expect(frame.contentWindow!.document.createElement('div').attachInternals).to.be.a('function');
    await expectSkills21Cards(page.list);
  });

  it('shows the stories where custom states take only --dashed names (Chrome 90 to 124)', async () => {
    const page = await pageWithout(`const add = CustomStateSet.prototype.add;
      CustomStateSet.prototype.add = function (name) {
        if (!name.startsWith('--')) throw new DOMException('The state must start with --', 'SyntaxError');
        return add.call(this, name);
      };`);
    frame = page.frame;
    await expectSkills21Cards(page.list);
  });

  it('keeps the fallback link where elements cannot have ElementInternals (Safari before 16.4)', async () => {
    const page = await pageWithout(`delete HTMLElement.prototype.attachInternals;
      window.addEventListener('error', (event) => event.preventDefault());`);
    frame = page.frame;
    const link = page.list.querySelector('a')!;
    expect(page.list.shadowRoot).to.equal(null);
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(link.textContent).to.equal('All our stories');
  });
});
