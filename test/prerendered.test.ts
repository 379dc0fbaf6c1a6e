import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itIn } from './engine.js';
import { SKILLS_21_TITLES } from './helpers.js';

interface PrerenderedWindow extends Window {
  prerenderedCard?: Element;
  /** The first card's font before the list's script ran. */
  prerenderedFont?: string;
  /** The first impact-stories-error of the page, heard from before its scripts ran. */
  firstError: Promise<{ status?: number }>;
  shifts: { value: number; time: number }[];
  /** What each layout shift moved, in words. */
  shiftSources: string[];
  HTMLElement: typeof HTMLElement;
}

type FramedList = HTMLElement & { updateComplete: Promise<unknown> };
const frames: HTMLIFrameElement[] = [];

/** The page /__test__/prerendered in an iframe: `sandbox` without scripts is a browser with JavaScript off. */
async function framed(query: string, sandbox?: string) {
  const frame = document.createElement('iframe');
  frames.push(frame);
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/__test__/prerendered?${query}`;
  frame.style.cssText = 'width: 900px; height: 700px';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return frame;
}

const windowOf = (frame: HTMLIFrameElement) => frame.contentWindow as PrerenderedWindow;
const listIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('impact-story-list') as FramedList;

/** The frame's list, once its script has defined and updated it. */
async function hydrated(frame: HTMLIFrameElement): Promise<FramedList> {
  await windowOf(frame).customElements.whenDefined('impact-story-list');
  await listIn(frame).updateComplete;
  return listIn(frame);
}

const fontOf = (list: Element) => getComputedStyle(list.shadowRoot!.querySelector('article')!).fontFamily;

const titlesIn = (list: Element) =>
  [...list.shadowRoot!.querySelectorAll('article [part~="title"]')].map((title) => title.textContent!.trim());

/**
 * The largest layout shift score a test accepts. A score under 0.01 is one a reader does not notice (Chrome's own
 * "good" threshold is 0.1 for a whole page); a second copy of the cards, or the font switching under them, moves far
 * more (0.74-1.03 and 0.0068+ were measured). Sub-pixel text placement under a loaded machine scores up to ~0.004,
 * so the tests do not ask for exactly 0.
 */
const NOTICEABLE_SHIFT = 0.01;

/** Asserts the frame's layout shift score so far, once two more frames have been drawn (shifts are reported per frame). */
async function expectNoNoticeableShift(frame: HTMLIFrameElement): Promise<void> {
  const win = windowOf(frame);
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  // What the list's script moves: shifts from the end of parsing on, when module scripts run. Shifts while the
  // HTML is still streaming in (a card's text drawn before its photo arrives) are the prerendered markup's own,
  // not hydration's; they are listed in the message all the same.
  const [navigation] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const parsed = navigation?.domInteractive ?? 0;
  const score = win.shifts.filter(({ time }) => time >= parsed).reduce((sum, { value }) => sum + value, 0);
  expect(score, `layout shifts (parsing ended at ${Math.round(parsed)} ms):\n${win.shiftSources.join('\n')}`).to.be.below(NOTICEABLE_SHIFT);
}

/** Loads a script-tag file into the frame's page, as a `<script type="module">` of its own would. */
async function loadScript(frame: HTMLIFrameElement, src: string): Promise<FramedList> {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = oneEvent(script, 'load');
  frame.contentDocument!.body.append(script);
  await loaded;
  return hydrated(frame);
}

describe('prerendered lists (renderStoryList)', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('show the stories to readers without JavaScript: headings, dates, summaries, links and photos', async () => {
    const frame = await framed('project=Skills%2021&script=none', 'allow-same-origin');
    const list = listIn(frame);
    expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
    const card = list.shadowRoot!.querySelector('article')!;
    expect(card.querySelector('h2 a')!.getAttribute('href')).to.match(/^https:\/\/www\.ilo\.org\//);
    expect(card.querySelector('time')!.getAttribute('datetime')).to.equal('2022-07-21');
    expect(card.querySelector('[part="summary"]')!.textContent).to.contain('Directorate of Technical Education');
    expect(card.querySelector('img')!.alt).to.contain('sewing');
    expect(customElements.get.call(frame.contentWindow!.customElements, 'impact-story-list')).to.equal(undefined);
  });

  it('hydrate: the script takes over the prerendered cards instead of building them again', async () => {
    const frame = await framed('project=Skills%2021');
    const list = await hydrated(frame);
    const win = windowOf(frame);
    expect(win.prerenderedCard).to.be.instanceOf(win.HTMLElement);
    expect(list.shadowRoot!.querySelector('article')).to.equal(win.prerenderedCard);
    expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
    expect(list.matches(':state(loaded)')).to.equal(true);
  });

  it('keep the font they were painted in, on a page that sets none', async () => {
    const frame = await framed('project=Skills%2021');
    const list = await hydrated(frame);
    expect(windowOf(frame).prerenderedFont).to.be.a('string').and.not.equal('');
    expect(fontOf(list)).to.equal(windowOf(frame).prerenderedFont);
  });

  it('come in the list’s language, and hydrate before its sentences file arrives', async () => {
    const frame = await framed('project=Skills%2021&locale=fr');
    const win = windowOf(frame);
    expect(win.prerenderedCard!.querySelector('time')!.textContent).to.equal('21 juillet 2022');
    const list = await hydrated(frame);
    expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
    expect(list.shadowRoot!.querySelector('article')).to.equal(win.prerenderedCard);
    expect(list.shadowRoot!.querySelector('time')!.textContent).to.equal('21 juillet 2022');
  });

  it('keep their stories when reading the feed again fails, and say so to the page', async () => {
    const frame = await framed('project=Skills%2021&src=failing');
    const list = await hydrated(frame);
    const detail = await windowOf(frame).firstError;
    await list.updateComplete;
    expect(detail.status).to.equal(503);
    expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
    expect(list.matches(':state(loaded)')).to.equal(true);
  });

  itIn('chromium')('hydrate without moving anything a reader would notice (layout shift)', async () => {
    // Layout shifts are measured in frames, which only the tab in front draws.
    await executeServerCommand('bring-to-front');
    const frame = await framed('project=Skills%2021&group-by=month');
    await hydrated(frame);
    await expectNoNoticeableShift(frame);
  });

  describe('on a page loading the ordinary script-tag file (dist/impact-stories.js, without hydration support)', () => {
    it('show each story once: the cards are replaced in place, not added to', async () => {
      const frame = await framed('project=Skills%2021&group-by=month&script=none');
      const list = await loadScript(frame, '/dist/impact-stories.js');
      expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
      expect(list.shadowRoot!.querySelectorAll('article')).to.have.length(6);
      expect(list.matches(':state(loaded)')).to.equal(true);
      expect(fontOf(list)).to.equal(windowOf(frame).prerenderedFont);
    });

    itIn('chromium')('show them without moving anything a reader would notice (layout shift)', async () => {
      await executeServerCommand('bring-to-front');
      const frame = await framed('project=Skills%2021&group-by=month&script=none');
      await loadScript(frame, '/dist/impact-stories.js');
      await expectNoNoticeableShift(frame);
    });
  });

  // Astro and SvelteKit put what two pages share (the elements, and Lit) in one chunk, which page B runs before the
  // hydration support it imports first: LitElement loads without it. test/prerender-site/ is such a site.
  describe('on a page of a bundled site whose shared chunk runs Lit before the hydration support', () => {
    const site = '/__test__/prerender-site';

    it('is built that way: both pages import one chunk, which page B runs before its hydration support', async () => {
      const imports = async (page: string) =>
        (await (await fetch(`${site}/${page}`)).text()).match(/from\s*"\.\/([\w-]+\.js)"|import\s*"\.\/([\w-]+\.js)"/);
      const [a, b] = await Promise.all([imports('page-a.js'), imports('page-b.js')]);
      expect(a?.[1] ?? a?.[2])
        .to.be.a('string')
        .and.equal(b?.[1] ?? b?.[2]);
      expect(await (await fetch(`${site}/page-b.js`)).text()).to.contain('litElementHydrateSupport');
    });

    it('show each story once', async () => {
      const frame = await framed('project=Skills%2021&group-by=month&script=none');
      const list = await loadScript(frame, `${site}/page-b.js`);
      expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
      expect(list.matches(':state(loaded)')).to.equal(true);
    });

    itIn('chromium')('show them without moving anything a reader would notice (layout shift)', async () => {
      await executeServerCommand('bring-to-front');
      const frame = await framed('project=Skills%2021&group-by=month&script=none');
      await loadScript(frame, `${site}/page-b.js`);
      await expectNoNoticeableShift(frame);
    });
  });
});
