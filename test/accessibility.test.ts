import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { contrastRatio } from './contrast.js';
import { engine, itIn } from './engine.js';
import { attach, cards, createList, deepActiveElement, loadedList, loadEvent, mount, SAMPLE_FEED, shadow, statusText } from './helpers.js';

const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

describe('accessibility', () => {
  describe('keyboard', () => {
    it('gives each card exactly one tab stop, in reading order, then Load more and the media contact', async () => {
      const before = mount<HTMLButtonElement>('<button>Before the stories</button>');
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '3', 'group-by': 'month' });
      before.focus();
      const visited: string[] = [];
      for (let step = 0; step < 5; step++) {
        await sendKeys({ press: 'Tab' });
        visited.push(deepActiveElement()!.textContent!.trim());
      }
      const titles = cards(list).map((card) => card.querySelector('a')!.textContent!.trim());
      expect(visited).to.deep.equal([...titles, 'Load more stories', 'newsroom@ilo.org']);
    });

    it('shows a focus outline on the focused card of at least 3:1 against the card and the page', async () => {
      const before = mount<HTMLButtonElement>('<button>Before</button>');
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
      before.focus();
      await sendKeys({ press: 'Tab' });
      const link = cards(list)[0]!.querySelector('a')!;
      expect(deepActiveElement() === link, 'focus').to.equal(true);
      const ring = style(link, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      const card = cards(list)[0]!;
      expect(contrastRatio(ring.outlineColor, style(card).backgroundColor)).to.be.at.least(3);
      expect(
        contrastRatio(ring.outlineColor, style(document.body).backgroundColor.replace(/rgba\(0, 0, 0, 0\)/, 'rgb(255, 255, 255)')),
      ).to.be.at.least(3);
    });

    it('shows a focus outline on the Load more button and the media contact link', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '1' });
      const before = mount<HTMLButtonElement>('<button>Before</button>');
      list.before(before);
      before.focus();
      for (const name of ['Load more stories', 'newsroom@ilo.org']) {
        for (let tabs = 0; tabs < 4 && deepActiveElement()!.textContent!.trim() !== name; tabs++) await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()!.textContent!.trim()).to.equal(name);
        const ring = style(deepActiveElement()!);
        expect(ring.outlineStyle, name).to.equal('solid');
        expect(parseFloat(ring.outlineWidth), name).to.be.at.least(2);
      }
    });

    it('keeps a focused story clear of a sticky header', async () => {
      const header = mount<HTMLElement>(
        '<header style="position: sticky; top: 0; height: 80px; background: #333; z-index: 1">Site header</header>',
      );
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      window.scrollTo(0, document.documentElement.scrollHeight);
      const link = cards(list)[0]!.querySelector('a')!;
      link.focus();
      expect(link.getBoundingClientRect().top).to.be.at.least(header.getBoundingClientRect().bottom);
    });
  });

  describe('announcements', () => {
    it('announces loading once and clears it when loaded, without repeats on re-render', async () => {
      const gate = `announce-${Date.now()}`;
      const list = attach(createList({ src: `/__test__/gated/${gate}?file=/sample/impact-stories.json`, project: 'Skills 21' }));
      await list.updateComplete;
      const region = shadow(list).querySelector('[role="status"]')!;
      expect(region.textContent).to.equal('Loading stories…');
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(region.textContent!));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      list.setAttribute('layout', 'grid');
      await list.updateComplete;
      const loaded = loadEvent(list);
      await fetch(`/__test__/release/${gate}`);
      await loaded;
      list.setAttribute('group-by', 'month');
      await list.updateComplete;
      observer.disconnect();
      expect(changes).to.deep.equal(['']);
    });

    it('announces an error once', async () => {
      const list = createList({ src: '/__test__/status/500' });
      const failed = new Promise((resolve) => list.addEventListener('impact-stories-error', resolve, { once: true }));
      attach(list);
      await failed;
      await list.updateComplete;
      const region = shadow(list).querySelector('[role="status"]')!;
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(region.textContent!));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      list.setAttribute('layout', 'compact');
      list.setAttribute('heading-level', '3');
      await list.updateComplete;
      observer.disconnect();
      expect(changes).to.deep.equal([]);
      expect(statusText(list)).to.contain('HTTP 500');
    });
  });

  describe('contrast of the shipped colours', () => {
    for (const theme of ['light', 'dark']) {
      it(`meets 4.5:1 for text and 3:1 for controls in the ${theme} theme`, async () => {
        const { list } = await loadedList({ src: SAMPLE_FEED, theme, 'group-by': 'year', 'page-size': '2' });
        const surface = style(list).backgroundColor;
        const card = cards(list)[0]!;
        const cardBackground = style(card).backgroundColor;
        const checks: [string, string, string, number][] = [
          ['group heading', style(shadow(list).querySelector('[part="group-heading"]')!).color, surface, 4.5],
          ['title', style(card.querySelector('a')!).color, cardBackground, 4.5],
          ['date', style(card.querySelector('[part="date"]')!).color, cardBackground, 4.5],
          ['summary', style(card.querySelector('[part="summary"]')!).color, cardBackground, 4.5],
          ['meta', style(card.querySelector('[part="meta"]')!).color, cardBackground, 4.5],
          ['credit', style(card.querySelector('[part="credit"]') ?? card.querySelector('[part="meta"]')!).color, cardBackground, 4.5],
          ['focus ring on card', style(card.querySelector('a')!, '::after').outlineColor, cardBackground, 3],
          ['focus ring on list', style(card.querySelector('a')!, '::after').outlineColor, surface, 3],
          ['media contact', style(shadow(list).querySelector('[part="media-contact"]')!).color, surface, 4.5],
        ];
        const button = shadow(list).querySelector('[part="load-more"]')!;
        checks.push(
          ['button text', style(button).color, style(button).backgroundColor, 4.5],
          ['button border', style(button).borderTopColor, surface, 3],
        );
        for (const [name, foreground, background, minimum] of checks) {
          expect(contrastRatio(foreground, background), `${theme} ${name}: ${foreground} on ${background}`).to.be.at.least(minimum);
        }
        await expect(list).to.be.accessible();
      });
    }

    it('keeps the error message readable in the dark theme', async () => {
      const list = createList({ src: '/__test__/status/503', theme: 'dark' }, '<a href="/stories">All our stories</a>');
      const failed = new Promise((resolve) => list.addEventListener('impact-stories-error', resolve, { once: true }));
      attach(list);
      await failed;
      await list.updateComplete;
      const region = shadow(list).querySelector('[part="status"]')!;
      expect(contrastRatio(style(region).color, style(region).backgroundColor)).to.be.at.least(4.5);
      const retry = shadow(list).querySelector('[part="retry"]')!;
      expect(contrastRatio(style(retry).color, style(retry).backgroundColor)).to.be.at.least(4.5);
      // The page's fallback link sits on the dark background the list paints: not the browser's blue.
      const fallback = list.querySelector('a')!;
      expect(contrastRatio(style(fallback).color, style(list).backgroundColor)).to.be.at.least(4.5);
      await expect(list).to.be.accessible();
    });
  });

  describe('theme="auto"', () => {
    afterEach(() => document.documentElement.style.removeProperty('color-scheme'));

    it('follows a color-scheme the page declares', async () => {
      document.documentElement.style.colorScheme = 'dark';
      const { list } = await loadedList({ src: SAMPLE_FEED, theme: 'auto', limit: '1' });
      expect(list.matches(':state(page-scheme)')).to.equal(true);
      const article = cards(list)[0]!;
      expect(style(article).backgroundColor).to.equal('rgb(22, 27, 34)');
      await expect(list).to.be.accessible();
    });

    // Chromium emulates the setting over CDP; Firefox runs with dark mode set; WebKit's WebDriver cannot set it.
    itIn('chromium', 'firefox')('follows the system setting when the page declares none', async () => {
      if (engine === 'chromium') await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the system asks for dark mode').to.equal(true);
        const { list } = await loadedList({ src: SAMPLE_FEED, theme: 'auto', limit: '1' });
        expect(list.matches(':state(page-scheme)')).to.equal(false);
        expect(style(cards(list)[0]!).backgroundColor).to.equal('rgb(22, 27, 34)');
        await expect(list).to.be.accessible();
      } finally {
        if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('forced colours (Windows high contrast)', () => {
    // Forced colours can only be emulated over CDP (Chromium); Firefox and WebKit skip this block.
    before(async function () {
      if (!(await executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }] }))) this.skip();
    });
    after(() => executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'none' }] }));

    it('keeps card outlines, focus and buttons visible', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const before = mount<HTMLButtonElement>('<button>Before</button>');
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '1' });
      const article = cards(list)[0]!;
      expect(style(article).borderTopStyle).to.equal('solid');
      expect(parseFloat(style(article).borderTopWidth)).to.be.at.least(1);
      const button = shadow(list).querySelector('[part="load-more"]')!;
      expect(style(button).borderTopStyle).to.equal('solid');
      before.focus();
      await sendKeys({ press: 'Tab' });
      const ring = style(cards(list)[0]!.querySelector('a')!, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineColor).to.not.equal(style(article).backgroundColor);
    });
  });

  describe('motion', () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      // Chromium emulates either setting over CDP. Neither WebDriver BiDi nor classic can, so Firefox runs with
      // reduce set and WebKit with no preference.
      itIn('chromium', reducedMotion === 'reduce' ? 'firefox' : 'webkit')(
        `runs no animation while loading or after, with prefers-reduced-motion: ${reducedMotion}`,
        async () => {
          if (engine === 'chromium') await emulateMedia({ reducedMotion });
          expect(matchMedia(`(prefers-reduced-motion: ${reducedMotion})`).matches).to.equal(true);
          const gate = `motion-${reducedMotion}-${Date.now()}`;
          const list = attach(createList({ src: `/__test__/gated/${gate}?file=/sample/impact-stories.json` }));
          await list.updateComplete;
          expect(shadow(list).getAnimations()).to.deep.equal([]);
          const loaded = loadEvent(list);
          await fetch(`/__test__/release/${gate}`);
          await loaded;
          await list.updateComplete;
          expect(document.getAnimations()).to.deep.equal([]);
          expect(shadow(list).getAnimations()).to.deep.equal([]);
        },
      );
    }
  });

  describe('text spacing (WCAG 1.4.12) at 320 px', () => {
    it('clips no text when readers widen line, letter, word and paragraph spacing', async () => {
      const frame = mount<HTMLElement>(
        '<div style="inline-size: 320px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em"></div>',
      );
      const list = createList({ src: SAMPLE_FEED, project: 'Skills 21', 'group-by': 'month', 'page-size': '3' });
      const loaded = loadEvent(list);
      attach(list, frame);
      await loaded;
      await list.updateComplete;
      for (const card of cards(list)) {
        for (const element of [card, ...card.querySelectorAll('h1, h2, h3, h4, p, figcaption')]) {
          expect(element.scrollWidth, element.textContent!).to.be.at.most(element.clientWidth + 1);
          const { webkitLineClamp, lineHeight } = getComputedStyle(element);
          if (webkitLineClamp === 'none') {
            expect(element.scrollHeight, element.textContent!).to.be.at.most(element.clientHeight + 1);
          } else {
            // A summary cut to a few lines by design still shows all of those lines, whatever the spacing.
            expect(element.clientHeight, element.textContent!).to.be.at.least(Number(webkitLineClamp) * parseFloat(lineHeight) - 1);
          }
        }
      }
      const button = shadow(list).querySelector('[part="load-more"]')!;
      expect(button.scrollWidth).to.be.at.most(button.clientWidth + 1);
      expect(list.scrollWidth).to.be.at.most(320);
    });
  });

  describe('photo credit and alt text', () => {
    it('are distinct: the alt describes the photo, the caption credits it', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, country: 'Türkiye' });
      const card = cards(list)[0]!;
      const image = card.querySelector('img')!;
      const caption = card.querySelector('figcaption')!;
      expect(image.closest('figure')).to.equal(caption.closest('figure'));
      expect(image.alt).to.equal('Illustration of a bearded man planing a wooden board at a workshop bench');
      expect(caption.textContent).to.equal('Photo: © Kıvanç Özvardar / ILO 2022');
    });
  });
});
