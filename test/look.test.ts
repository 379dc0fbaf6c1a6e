import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { contrastRatio } from './contrast.js';
import { attach, cards, createList, deepActiveElement, loadedList, loadEvent, mount, SAMPLE_FEED, shadow, testFeed } from './helpers.js';

const box = (element: Element) => element.getBoundingClientRect();
const part = (card: Element | ShadowRoot, name: string) => card.querySelector<HTMLElement>(`[part~="${name}"]`);
/** The cards whose top is the first card's: the grid's first row. */
const firstRow = (all: HTMLElement[]) => all.filter((card) => Math.abs(box(card).top - box(all[0]!).top) < 1);
const wide = () => mount<HTMLElement>('<div style="inline-size: 1200px"></div>');

async function listIn(container: HTMLElement, attributes: Record<string, string>) {
  const list = createList({ src: SAMPLE_FEED, ...attributes });
  const loaded = loadEvent(list);
  attach(list, container);
  const { detail } = await loaded;
  await list.updateComplete;
  return { list, detail };
}

describe('the look of the cards', () => {
  describe('grid', () => {
    it('gives every card of a row the same photo area, title line, height and foot, with or without a photo', async () => {
      const { list } = await listIn(wide(), { layout: 'grid', year: '2022' });
      const all = cards(list);
      const secondRow = firstRow(all.slice(4));
      expect(firstRow(all)).to.have.length(4);
      expect(secondRow.map((card) => part(card, 'title')!.textContent)).to.include('Women entrepreneurs reboot their businesses');
      for (const row of [firstRow(all), secondRow]) {
        const media = row.map((card) => card.querySelector('.figure')!);
        expect(new Set(media.map((area) => box(area).height)).size, 'photo area heights').to.equal(1);
        expect(new Set(row.map((card) => box(part(card, 'title')!).top)).size, 'title tops').to.equal(1);
        expect(new Set(row.map((card) => box(card).height)).size, 'card heights').to.equal(1);
        const feet = row.map((card) => box(card).bottom - box(part(card, 'meta')!).bottom);
        expect(Math.max(...feet) - Math.min(...feet), 'meta lines at the foot').to.be.below(1);
      }
    });

    it('shows a story without a photo with a tinted placeholder naming its project, hidden from screen readers', async () => {
      const { list } = await listIn(wide(), { layout: 'grid', year: '2022' });
      const card = cards(list).find((each) => part(each, 'title')!.textContent === 'Women entrepreneurs reboot their businesses')!;
      const placeholder = part(card, 'no-photo')!;
      expect(card.querySelector('img')).to.equal(null);
      expect(placeholder.textContent).to.equal('Rebuilding Better');
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      const { color, backgroundColor } = getComputedStyle(placeholder);
      expect(contrastRatio(color, backgroundColor)).to.be.at.least(4.5);
      expect(backgroundColor).not.to.equal(getComputedStyle(card).backgroundColor);
    });

    it('leaves the photo area out when none of the shown stories has a photo', async () => {
      const cases: Record<string, string>[] = [{ src: testFeed('link-blog-feed.json') }, { project: 'Rebuilding Better' }];
      for (const attributes of cases) {
        const { list } = await listIn(wide(), { ...attributes, layout: 'grid' });
        expect(cards(list).length).to.be.greaterThan(0);
        expect(shadow(list).querySelector('.figure')).to.equal(null);
      }
    });

    it('cuts summaries to four lines, and keeps their whole text for screen readers', async () => {
      const { list, detail } = await listIn(wide(), { layout: 'grid', project: 'Skills 21' });
      for (const [index, card] of cards(list).entries()) {
        const summary = part(card, 'summary')!;
        expect(summary.clientHeight).to.be.at.most(4 * parseFloat(getComputedStyle(summary).lineHeight) + 1);
        expect(summary.textContent).to.equal(detail.stories[index]!.summary);
      }
      const heights = cards(list).map((card) => box(card).height);
      expect(Math.max(...heights), 'tallest card').to.be.below(560);
    });

    it('spreads a few stories over the width instead of leaving columns empty', async () => {
      const container = wide();
      const { list } = await listIn(container, { layout: 'grid', limit: '3' });
      const row = cards(list);
      expect(firstRow(row)).to.have.length(3);
      expect(box(row[2]!).right).to.be.closeTo(box(container).right, 1);
      expect(box(row[0]!).width).to.be.closeTo(box(row[2]!).width, 1);
    });

    it('keeps one card at a readable width, and one column width across groups', async () => {
      const single = (await listIn(wide(), { layout: 'grid', limit: '1' })).list;
      expect(box(cards(single)[0]!).width).to.be.at.most(640);
      const grouped = (await listIn(wide(), { layout: 'grid', 'group-by': 'year', country: 'Madagascar' })).list;
      const widths = cards(grouped).map((card) => Math.round(box(card).width));
      expect(new Set(widths).size, `${widths}`).to.equal(1);
    });
  });

  it('crops a tall photo to the photo area, with its credit on the photo', async () => {
    const card = mount<HTMLElement>(
      '<impact-story-card style="inline-size: 20rem" layout="grid" heading="Tall" date="2022-07-21" image="/test/fixtures/portrait-photo.svg" image-alt="A tall photo" image-credit="© Someone"></impact-story-card>',
    );
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const image = card.shadowRoot!.querySelector('img')!;
    image.loading = 'eager';
    if (!image.complete) await new Promise((resolve) => image.addEventListener('load', resolve, { once: true }));
    expect(image.naturalHeight).to.be.greaterThan(image.naturalWidth * 2);
    const figure = box(card.shadowRoot!.querySelector('.figure')!);
    expect(box(image).height).to.be.closeTo(figure.height, 1);
    expect(figure.height).to.be.closeTo((figure.width * 2) / 3, 1);
    const credit = box(part(card.shadowRoot!, 'credit')!);
    expect(credit.bottom).to.be.at.most(figure.bottom);
    expect(credit.top).to.be.at.least(figure.top);
  });

  it('keeps a list of one story at the full width', async () => {
    const container = mount<HTMLElement>('<div style="inline-size: 1200px"></div>');
    const { list } = await listIn(container, { limit: '1' });
    expect(box(cards(list)[0]!).width).to.be.closeTo(1200, 1);
  });

  it('lines the compact layout up with the other layouts', async () => {
    const container = mount<HTMLElement>('<div style="inline-size: 600px"></div>');
    const compact = (await listIn(container, { layout: 'compact', limit: '1' })).list;
    const list = (await listIn(container, { layout: 'list', limit: '1' })).list;
    expect(box(cards(compact)[0]!).left).to.equal(box(cards(list)[0]!).left);
    expect(box(cards(compact)[0]!).left).to.equal(box(container).left);
  });

  it('shows project and countries as a labelled chip and a place, with an icon no screen reader reads', async () => {
    const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21', limit: '1' });
    const meta = part(cards(list)[0]!, 'meta')!;
    const chip = meta.querySelector('.chip')!;
    expect(chip.textContent).to.equal('Project: Skills 21');
    expect(contrastRatio(getComputedStyle(chip).color, getComputedStyle(chip).backgroundColor)).to.be.at.least(4.5);
    expect(meta.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(meta.textContent).to.equal('Project: Skills 21 Country: Bangladesh');
  });

  it('underlines the title only on focus or hover, and keeps it in the accent colour at rest', async () => {
    const before = mount<HTMLButtonElement>('<button>Before</button>');
    const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
    const link = cards(list)[0]!.querySelector('a')!;
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
    const summaryColor = getComputedStyle(part(cards(list)[0]!, 'summary')!).color;
    expect(getComputedStyle(link).color).not.to.equal(summaryColor);
    expect(Number(getComputedStyle(link.parentElement!).fontWeight)).to.be.at.least(600);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(link);
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
  });

  it('gives the card a hover state, with the title underlined and an accent border, anywhere over the card', async () => {
    const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
    const card = cards(list)[0]!;
    const link = card.querySelector('a')!;
    const restingBorder = getComputedStyle(card).borderTopColor;
    // The summary's place, away from the title: the stretched link covers the whole card.
    const { left, top, width, height } = box(part(card, 'summary')!);
    try {
      // The mouse moves over the tab in front.
      await executeServerCommand('bring-to-front');
      await sendMouse({ type: 'move', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
      expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(card).borderTopColor).to.equal(getComputedStyle(link).color);
      expect(getComputedStyle(card).borderTopColor).not.to.equal(restingBorder);
    } finally {
      await resetMouse();
    }
  });

  describe('fonts', () => {
    it('uses a sans-serif on a page that sets no font', async () => {
      const container = mount<HTMLElement>('<div style="font-family: initial"></div>');
      const { list } = await listIn(container, { limit: '1' });
      expect(getComputedStyle(list).fontFamily).to.contain('sans-serif');
    });

    it("keeps the page's font, and --impact-font-family over both", async () => {
      const { list } = await listIn(mount<HTMLElement>('<div style="font-family: Georgia, serif"></div>'), { limit: '1' });
      expect(getComputedStyle(cards(list)[0]!).fontFamily).to.equal('Georgia, serif');
      const chosen = mount<HTMLElement>('<div style="font-family: initial; --impact-font-family: monospace"></div>');
      const { list: other } = await listIn(chosen, { limit: '1' });
      expect(getComputedStyle(cards(other)[0]!).fontFamily).to.equal('monospace');
    });
  });

  it('shows the media contact unless hide-media-contact is set', async () => {
    const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
    expect(shadow(list).querySelector('[part="media-contact"]')).not.to.equal(null);
    const { list: quiet } = await loadedList({ src: SAMPLE_FEED, limit: '1', 'hide-media-contact': '' });
    expect(cards(quiet)).to.have.length(1);
    expect(shadow(quiet).querySelector('[part="media-contact"]')).to.equal(null);
  });

  describe('loading placeholders', () => {
    for (const theme of ['light', 'dark']) {
      it(`are visible, at least 1.5:1 against the card, and still (${theme})`, async () => {
        const list = createList({ src: `/__test__/gated/bones-${theme}-${Date.now()}?file=/sample/impact-stories.json`, theme });
        attach(list);
        await list.updateComplete;
        const placeholder = shadow(list).querySelector('.placeholder-card')!;
        const bone = placeholder.querySelector('.bone.meta')!;
        expect(contrastRatio(getComputedStyle(bone).backgroundColor, getComputedStyle(placeholder).backgroundColor)).to.be.at.least(1.5);
        expect(shadow(list).getAnimations()).to.deep.equal([]);
      });
    }

    it('have the photo area and title line of the cards that replace them', async () => {
      const gate = `geometry-${Date.now()}`;
      const container = wide();
      const list = createList({ src: `/__test__/gated/${gate}?file=/sample/impact-stories.json`, layout: 'grid' });
      attach(list, container);
      await list.updateComplete;
      const placeholder = shadow(list).querySelector('.placeholder-card')!;
      const fromList = (element: Element) => {
        const [inner, outer] = [box(element), box(list)];
        return [inner.top - outer.top, inner.left - outer.left, inner.width, inner.height];
      };
      const before = [fromList(placeholder.querySelector('.figure')!), fromList(placeholder.querySelector('.title')!).slice(0, 3)];
      const loaded = loadEvent(list);
      await fetch(`/__test__/release/${gate}`);
      await loaded;
      await list.updateComplete;
      const card = cards(list)[0]!;
      const after = [fromList(card.querySelector('.figure')!), fromList(part(card, 'title')!).slice(0, 3)];
      expect(after).to.deep.equal(before);
    });
  });
});
