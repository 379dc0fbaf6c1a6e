import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itIn } from './engine.js';
import { SKILLS_21_TITLES } from './helpers.js';

interface PrerenderedWindow extends Window {
  prerenderedCard?: Element;
  /** The first impact-stories-error of the page, heard from before its scripts ran. */
  firstError: Promise<{ status?: number }>;
  shifts: number[];
  HTMLElement: typeof HTMLElement;
}

/** The page /__test__/prerendered in an iframe: `sandbox` without scripts is a browser with JavaScript off. */
async function framed(query: string, sandbox?: string) {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/__test__/prerendered?${query}`;
  frame.style.cssText = 'width: 900px; height: 700px';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  return frame;
}

const titlesIn = (list: Element) =>
  [...list.shadowRoot!.querySelectorAll('article [part~="title"]')].map((title) => title.textContent!.trim());

describe('prerendered lists (renderStoryList)', () => {
  it('show the stories to readers without JavaScript: headings, dates, summaries, links and photos', async () => {
    const frame = await framed('project=Skills%2021&script=none', 'allow-same-origin');
    try {
      const list = frame.contentDocument!.querySelector('impact-story-list')!;
      expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
      const card = list.shadowRoot!.querySelector('article')!;
      expect(card.querySelector('h2 a')!.getAttribute('href')).to.match(/^https:\/\/www\.ilo\.org\//);
      expect(card.querySelector('time')!.getAttribute('datetime')).to.equal('2022-07-21');
      expect(card.querySelector('[part="summary"]')!.textContent).to.contain('Directorate of Technical Education');
      expect(card.querySelector('img')!.alt).to.contain('sewing');
      expect(customElements.get.call(frame.contentWindow!.customElements, 'impact-story-list')).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });

  it('hydrate: the script takes over the prerendered cards instead of building them again', async () => {
    const frame = await framed('project=Skills%2021');
    try {
      const win = frame.contentWindow as PrerenderedWindow;
      await win.customElements.whenDefined('impact-story-list');
      const list = frame.contentDocument!.querySelector('impact-story-list') as HTMLElement & { updateComplete: Promise<unknown> };
      await list.updateComplete;
      expect(win.prerenderedCard).to.be.instanceOf(win.HTMLElement);
      expect(list.shadowRoot!.querySelector('article')).to.equal(win.prerenderedCard);
      expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
      expect(list.matches(':state(loaded)')).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('come in the list’s language, and hydrate before its sentences file arrives', async () => {
    const frame = await framed('project=Skills%2021&locale=fr');
    try {
      const win = frame.contentWindow as PrerenderedWindow;
      const list = frame.contentDocument!.querySelector('impact-story-list') as HTMLElement & { updateComplete: Promise<unknown> };
      expect(win.prerenderedCard!.querySelector('time')!.textContent).to.equal('21 juillet 2022');
      await win.customElements.whenDefined('impact-story-list');
      await list.updateComplete;
      expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
      expect(list.shadowRoot!.querySelector('article')).to.equal(win.prerenderedCard);
      expect(list.shadowRoot!.querySelector('time')!.textContent).to.equal('21 juillet 2022');
    } finally {
      frame.remove();
    }
  });

  it('keep their stories when reading the feed again fails, and say so to the page', async () => {
    const frame = await framed('project=Skills%2021&src=failing');
    try {
      const win = frame.contentWindow as PrerenderedWindow;
      const list = frame.contentDocument!.querySelector('impact-story-list') as HTMLElement & { updateComplete: Promise<unknown> };
      await win.customElements.whenDefined('impact-story-list');
      const detail = await win.firstError;
      await list.updateComplete;
      expect(detail.status).to.equal(503);
      expect(titlesIn(list)).to.deep.equal(SKILLS_21_TITLES);
      expect(list.matches(':state(loaded)')).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  itIn('chromium')('hydrate without moving anything (no layout shift)', async () => {
    // Layout shifts are measured in frames, which only the tab in front draws.
    await executeServerCommand('bring-to-front');
    const frame = await framed('project=Skills%2021&group-by=month');
    try {
      const win = frame.contentWindow as PrerenderedWindow;
      await win.customElements.whenDefined('impact-story-list');
      const list = frame.contentDocument!.querySelector('impact-story-list') as HTMLElement & { updateComplete: Promise<unknown> };
      await list.updateComplete;
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      expect(win.shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
