import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../packages/widgets/src/impact-story-card-define.js';
import type { ImpactStoryCardElement } from '../packages/widgets/src/components/impact-story-card/impact-story-card.js';
import type { Story } from '../packages/core/src/feed/story.js';
import { consoleWarnings } from './helpers-without-elements.js';

const story: Story = {
  id: 'turkiye',
  url: 'https://www.ilo.org/resource/article/skills-and-lifelong-learning',
  title: 'Skills and lifelong learning: A path to a positive future',
  summary: 'Refugees and host communities in Türkiye gain skills for decent work.',
  published: { iso: '2021-12-09', time: Date.UTC(2021, 11, 9), day: Date.UTC(2021, 11, 9) },
  image: '/sample/images/refugee-skills-workshop-bench.svg',
  imageAlt: 'A trainee at a workbench in a vocational workshop',
  imageCredit: '© Kıvanç Özvardar / ILO 2022',
  tags: [],
  project: 'Decent jobs for refugees in Türkiye',
  countries: ['Türkiye'],
  authors: [],
};

const part = (card: Element, name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<impact-story-card>', () => {
  describe('a story given as an attribute (what frameworks write before the element is defined)', () => {
    it('reads JSON of a story', async () => {
      const card = document.createElement('impact-story-card');
      card.setAttribute('story', JSON.stringify(story));
      document.body.append(card);
      try {
        await card.updateComplete;
        expect(part(card, 'title')!.textContent).to.equal(story.title);
        expect(part(card, 'link')!.getAttribute('href')).to.equal(story.url);
      } finally {
        card.remove();
      }
    });

    it('warns once, saying how to set it, when the attribute is "[object Object]"', async () => {
      const warnings = await consoleWarnings(async (seen) => {
        // The warning's words are a file of their own: the first warning arrives once it has loaded.
        const first = new Promise<void>((resolve) => {
          const push = seen.push.bind(seen);
          seen.push = (...items: string[]) => (resolve(), push(...items));
        });
        const cards = [1, 2].map(() => document.createElement('impact-story-card'));
        for (const card of cards) {
          card.setAttribute('story', '[object Object]');
          document.body.append(card);
        }
        await first;
        // The second card's warning, were there one, comes right behind the first.
        await Promise.all(cards.map((card) => card.updateComplete));
        for (const card of cards) card.remove();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<impact-story-card>: ignored story="[object Object]"');
      expect(warnings[0]).to.contain('card.story = story');
    });
  });

  it('renders a story given as a property', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card lang="en-GB" .story=${story}></impact-story-card>`);
    const article = card.shadowRoot!.querySelector('article')!;
    expect(article.getAttribute('part')).to.equal('card');
    expect(part(card, 'title')!.localName).to.equal('h3');
    expect(article.querySelectorAll('a')).to.have.length(1);
    expect(part(card, 'link')!.getAttribute('href')).to.equal(story.url);
    expect(part(card, 'date')!.getAttribute('datetime')).to.equal('2021-12-09');
    expect(part(card, 'date')!.textContent).to.equal('9 December 2021');
    expect(part(card, 'summary')!.textContent).to.equal(story.summary);
    expect(part(card, 'credit')!.textContent).to.equal('Photo: © Kıvanç Özvardar / ILO 2022');
    const image = part(card, 'image') as HTMLImageElement;
    expect(image.alt).to.equal('A trainee at a workbench in a vocational workshop');
    expect(part(card, 'credit')!.textContent).to.not.contain(image.alt);
    expect([image.getAttribute('width'), image.getAttribute('height'), image.loading]).to.deep.equal(['600', '400', 'lazy']);
    expect(part(card, 'meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Project: Decent jobs for refugees in Türkiye Country: Türkiye',
    );
    await expect(card).to.be.accessible();
  });

  it('stretches the link over the whole card', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card .story=${story} style="width: 30rem"></impact-story-card>`);
    const box = part(card, 'card')!.getBoundingClientRect();
    const hit = card.shadowRoot!.elementFromPoint(box.left + 5, box.bottom - 5);
    expect(hit?.localName).to.equal('a');
  });

  it('renders from attributes alone', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`
      <impact-story-card
        heading="From prison to a better life"
        href="/stories/prison"
        date="2021-01-27"
        summary="Vocational training in Madagascar."
        image="/sample/images/bricklayer-madagascar.svg"
        image-credit="© René Levita 2022"
        project="Youth vocational training in Madagascar"
        country="Madagascar"
        heading-level="2"
        locale="fr"
      ></impact-story-card>
    `);
    expect(part(card, 'title')!.localName).to.equal('h2');
    expect(part(card, 'link')!.getAttribute('href')).to.equal(new URL('/stories/prison', location.href).href);
    expect(part(card, 'date')!.textContent).to.equal('27 janvier 2021');
    expect((part(card, 'image') as HTMLImageElement).getAttribute('alt')).to.equal('');
    expect(part(card, 'credit')!.textContent).to.equal('Photo\u00a0: © René Levita 2022');
    await expect(card).to.be.accessible();
  });

  it('drops javascript: and data: URLs but keeps the text', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`
      <impact-story-card heading="Unsafe" href="javascript:alert(1)" image="data:image/svg+xml,<svg/>"></impact-story-card>
    `);
    expect(part(card, 'title')!.textContent!.trim()).to.equal('Unsafe');
    expect(card.shadowRoot!.querySelector('a')).to.equal(null);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('hides an image that fails to load instead of showing a broken icon', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`
      <impact-story-card .story=${{ ...story, image: '/sample/images/missing.svg' }}></impact-story-card>
    `);
    const image = part(card, 'image') as HTMLImageElement;
    image.loading = 'eager';
    await oneEvent(image, 'error');
    await card.updateComplete;
    expect(part(card, 'image')).to.equal(null);
    expect(part(card, 'card')!.classList.contains('has-image')).to.equal(false);
    // Built again in another layout, the card still leaves the photo out.
    card.layout = 'grid';
    await card.updateComplete;
    expect(part(card, 'card')!.classList.contains('grid')).to.equal(true);
    expect(part(card, 'image')).to.equal(null);
  });

  it('renders nothing without a story or heading', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card></impact-story-card>`);
    expect(card.shadowRoot!.querySelector('article')).to.equal(null);
  });

  it('fires a cancelable impact-story-open and lets modified clicks through', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card .story=${story}></impact-story-card>`);
    const link = part(card, 'link') as HTMLAnchorElement;
    const opened = oneEvent(card, 'impact-story-open');
    card.addEventListener('impact-story-open', (event) => event.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
    link.dispatchEvent(click);
    const event = await opened;
    expect(event.detail.url).to.equal(story.url);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('focus() moves focus to the link, which shows a visible outline', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card .story=${story}></impact-story-card>`);
    // A key press first, as from a keyboard user: the browser then shows the ring of what script focuses.
    await sendKeys({ press: 'Shift' });
    card.focus();
    const link = part(card, 'link')!;
    expect(card.shadowRoot!.activeElement === link, 'focus').to.equal(true);
    const ring = getComputedStyle(link, '::after');
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
  });

  it('puts focus back on its link when the link is built again at another heading level', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card .story=${story}></impact-story-card>`);
    card.focus();
    const link = part(card, 'link')!;
    card.headingLevel = 2;
    await card.updateComplete;
    expect(link.isConnected, 'the old link is gone').to.equal(false);
    expect(part(card, 'title')!.localName).to.equal('h2');
    expect(card.shadowRoot!.activeElement === part(card, 'link'), 'focus on the new link').to.equal(true);
  });

  it('shows a story a script set partly or oddly, never throwing, and drops unsafe URLs', async () => {
    const given = {
      id: 'odd',
      title: 'A story from a script',
      url: 'javascript:alert(1)',
      image: 'data:image/svg+xml,<svg/>',
      published: '2021-12-09',
      project: 'Skills 21',
    } as unknown as Story;
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card lang="en-GB" .story=${given}></impact-story-card>`);
    expect(part(card, 'title')!.textContent!.trim()).to.equal('A story from a script');
    expect(card.shadowRoot!.querySelector('a')).to.equal(null);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(card, 'date')!.getAttribute('datetime')).to.equal('2021-12-09');
    expect(part(card, 'meta')!.textContent).to.equal('Project: Skills 21');
    card.story = { ...story, url: 'https://example.org/ok', countries: 'Kenya, Uganda', published: 42 } as unknown as Story;
    await card.updateComplete;
    expect(part(card, 'link')!.getAttribute('href')).to.equal('https://example.org/ok');
    expect(part(card, 'date')).to.equal(null);
    expect(part(card, 'meta')!.textContent).to.contain('Kenya, Uganda');
  });

  it('keeps focus on its link when it is built again', async () => {
    const card = await fixture<ImpactStoryCardElement>(html`<impact-story-card .story=${story}></impact-story-card>`);
    card.focus();
    card.layout = 'compact';
    await card.updateComplete;
    expect(part(card, 'card')!.classList.contains('compact')).to.equal(true);
    expect(card.shadowRoot!.activeElement === part(card, 'link'), 'focus').to.equal(true);
  });
});

describe('<impact-story-card> dates', () => {
  it('writes dates as the organisation does for plain "en", and as Americans do for "en-US"', async () => {
    const british = await fixture<ImpactStoryCardElement>(html`<impact-story-card lang="en" .story=${story}></impact-story-card>`);
    expect(part(british, 'date')!.textContent).to.equal('9 December 2021');
    const american = await fixture<ImpactStoryCardElement>(html`<impact-story-card locale="en-US" .story=${story}></impact-story-card>`);
    expect(part(american, 'date')!.textContent).to.equal('December 9, 2021');
  });
});
