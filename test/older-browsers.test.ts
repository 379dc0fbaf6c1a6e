import { expect, oneEvent } from '@open-wc/testing';
import { SAMPLE_FEED, SKILLS_21_TITLES } from './helpers-without-elements.js';

interface FramedList extends HTMLElement {
  state: string;
  updateComplete: Promise<boolean>;
}

interface OlderPage extends Window {
  /** Messages of the errors the page reported (and kept out of the test's own console). */
  pageErrors: string[];
  /** How many custom states the page's browser refused. */
  refusedStates: number;
}

/**
 * The script-tag bundle in a page whose browser lacks a feature, made so by `removeFeature` before the bundle runs.
 * Resolves once the page has loaded, with its list.
 */
async function pageWithout(removeFeature: string, frames: HTMLIFrameElement[]) {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script>
      window.pageErrors = [];
      window.refusedStates = 0;
      window.addEventListener('error', (event) => {
        pageErrors.push(String(event.message));
        event.preventDefault();
      });
      ${removeFeature}
    </script>
    <script type="module" src="/dist/impact-stories.js"></script>
    <impact-story-list src="${SAMPLE_FEED}" project="Skills 21"><a href="/stories">All our stories</a></impact-story-list>
  </body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as OlderPage;
  expect(page.customElements.get('impact-story-list'), 'the bundle ran').to.not.equal(undefined);
  return { page, list: frame.contentDocument!.querySelector('impact-story-list') as FramedList };
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
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('shows the stories without custom states (Chrome 77 to 89, Firefox before 126, Safari before 17.4)', async () => {
    const { page, list } = await pageWithout(
      `Object.defineProperty(ElementInternals.prototype, 'states', { get: () => undefined });`,
      frames,
    );
    await expectSkills21Cards(list);
    expect(list.matches(':state(loaded)')).to.equal(false);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('shows the stories where custom states take only --dashed names (Chrome 90 to 124)', async () => {
    const { page, list } = await pageWithout(
      `const add = CustomStateSet.prototype.add;
      CustomStateSet.prototype.add = function (name) {
        if (!name.startsWith('--')) {
          refusedStates++;
          throw new DOMException('The state must start with --', 'SyntaxError');
        }
        return add.call(this, name);
      };`,
      frames,
    );
    await expectSkills21Cards(list);
    expect(page.refusedStates).to.be.above(0);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('keeps the fallback link where elements cannot have ElementInternals (Chrome before 77, Safari before 16.4)', async () => {
    const { page, list } = await pageWithout('delete HTMLElement.prototype.attachInternals;', frames);
    expect(page.pageErrors).to.have.length(1);
    expect(page.pageErrors[0]).to.contain('attachInternals');
    expect(list.shadowRoot).to.equal(null);
    const link = list.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(link.textContent).to.equal('All our stories');
  });
});
