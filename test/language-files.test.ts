import { expect } from '@open-wc/testing';
import '../packages/widgets/src/impact-story-card-define.js';
import type { ImpactStoryCardElement } from '../packages/widgets/src/components/impact-story-card/impact-story-card.js';
import { attach, cards, createList, deepActiveElement, loadedList, loadEvent, mount, SAMPLE_FEED, shadow } from './helpers.js';

// No other test in this file's page reads a language file first: each test meets a language before its
// file has arrived. (French, Spanish and Arabic are separate files; see src/format/messages/index.ts.)
const afterThisUpdate = () => Promise.resolve();

describe('language files', () => {
  it('keeps a shown list, and the focus in it, while a newly chosen language loads, then shows that language', async () => {
    const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '4' });
    const firstLink = cards(list)[0]!.querySelector<HTMLElement>('[part="link"]')!;
    firstLink.focus();

    list.setAttribute('locale', 'es');
    await afterThisUpdate();
    expect(list.state).to.equal('loaded');
    expect(cards(list)).to.have.length(4);
    expect(deepActiveElement() === firstLink, 'focus').to.equal(true);
    expect(shadow(list).querySelector('[part="load-more"]')!.textContent).to.equal('Load more stories');

    await list.updateComplete;
    expect(shadow(list).querySelector('[part="load-more"]')!.textContent).to.equal('Cargar más historias');
    // The cards are relabelled in Spanish where they stand; focus is still on the same story's link.
    const focused = deepActiveElement();
    expect(focused === cards(list)[0]!.querySelector('[part="link"]'), 'focus').to.equal(true);
    expect(focused!.getAttribute('href')).to.equal(firstLink.getAttribute('href'));
    await expect(list).to.be.accessible();
  });

  it('waits in its loading state for its first sentences, and tells the page only once they are shown', async () => {
    const list = createList({ src: SAMPLE_FEED, locale: 'fr', 'page-size': '4' });
    const shownAtLoad = loadEvent(list).then(() => shadow(list).querySelector('[part="load-more"]')?.textContent);
    attach(list);
    await afterThisUpdate();
    expect(list.state).to.equal('loading');
    expect(list.matches(':state(loading)')).to.equal(true);
    expect(await shownAtLoad).to.equal('Afficher plus de récits');
    expect(list.state).to.equal('loaded');
  });

  it('shows a card at once, and labels it for screen readers in its language when the file arrives', async () => {
    const card = mount<ImpactStoryCardElement>(
      '<impact-story-card locale="ar" heading="قصة" href="https://www.example.org/a" image="/sample/images/bricklayer-madagascar.svg" image-credit="© ILO"></impact-story-card>',
    );
    await afterThisUpdate();
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('قصة');

    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="credit"]')!.textContent).to.equal('الصورة: © ILO');
  });
});
