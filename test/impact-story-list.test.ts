import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setDefaultFeed } from '../src/feed/default-feed.js';
import type { StoriesLoadDetail } from '../src/components/impact-story-list/impact-story-list.js';
import {
  attach,
  cards,
  cardTitles,
  createList,
  deepActiveElement,
  errorEvent,
  failedList,
  fixture,
  fresh,
  loadedList,
  loadEvent,
  mount,
  SAMPLE_FEED,
  SKILLS_21_TITLES,
  shadow,
  statusText,
  unmountAll,
} from './helpers.js';

const fallback = '<a href="https://www.ilo.org/impact-stories">Read our impact stories</a>';
const requestCount = async (name: string) => Number(await (await fetch(`/__test__/count/${name}`)).text());

describe('<impact-story-list>', () => {
  afterEach(unmountAll);

  describe('loaded', () => {
    it('shows the six Skills 21 stories as cards, newest first', async () => {
      const { list, detail } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      expect(cardTitles(list)).to.deep.equal(SKILLS_21_TITLES);
      expect(detail.total).to.equal(6);
      expect(detail.skipped).to.equal(0);
      expect(detail.stories.map((story) => story.title)).to.deep.equal(cardTitles(list));
      expect(list.state).to.equal('loaded');
      expect(list.matches(':state(loaded)')).to.equal(true);
      await expect(list).to.be.accessible();
    });

    it('lets the page style every card part with ::part()', async () => {
      const style = mount<HTMLStyleElement>(`<style>
        impact-story-list::part(card) { border-color: rgb(1, 2, 3); }
        impact-story-list::part(title) { letter-spacing: 3px; }
        impact-story-list::part(date) { font-style: italic; }
        impact-story-list::part(summary) { text-transform: uppercase; }
        impact-story-list::part(image) { opacity: 0.5; }
        impact-story-list::part(credit) { font-weight: 700; }
      </style>`);
      const { list } = await loadedList({ src: SAMPLE_FEED, country: 'Türkiye' });
      const card = cards(list)[0];
      const css = (selector: string) => getComputedStyle(card.querySelector(selector)!);
      expect(getComputedStyle(card).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(css('[part="title"]').letterSpacing).to.equal('3px');
      expect(css('[part="date"]').fontStyle).to.equal('italic');
      expect(css('[part="summary"]').textTransform).to.equal('uppercase');
      expect(css('[part="image"]').opacity).to.equal('0.5');
      expect(css('[part="credit"]').fontWeight).to.equal('700');
      style.remove();
    });

    it('puts each card in a list item of a real list', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      const items = shadow(list).querySelectorAll<HTMLElement>('ul[role="list"] > li > article.card');
      expect(items).to.have.length(6);
      const article = items[0];
      expect(article.querySelectorAll('a')).to.have.length(1);
      expect(article.querySelector('h2 > a')!.getAttribute('href')).to.equal(
        'https://www.ilo.org/resource/article/mastering-sewing-machine-dwarfism',
      );
      expect(article.querySelector('time')!.getAttribute('datetime')).to.equal('2022-07-21');
    });

    it('separates the project from the countries, so they are not read as one word', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, country: 'Türkiye' });
      expect(cards(list)[0].querySelector('[part="meta"]')!.textContent).to.equal(
        'Project: Decent jobs for refugees in Türkiye Country: Türkiye',
      );
    });

    it('keeps focus on the same card when its cards are built again in another layout', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      cards(list)[2].querySelector<HTMLElement>('[part="link"]')!.focus();
      list.setAttribute('layout', 'compact');
      await list.updateComplete;
      expect(cards(list)[2].classList.contains('compact')).to.equal(true);
      expect(deepActiveElement()).to.equal(cards(list)[2].querySelector('[part="link"]'));
      expect(deepActiveElement()!.textContent).to.equal(SKILLS_21_TITLES[2]);
    });

    it('drops a photo that fails to load from its card, and leaves it out when the cards are built again', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      // The first card's photo, as if its server had lost it.
      const image = cards(list)[0].querySelector<HTMLImageElement>('[part="image"]')!;
      image.loading = 'eager';
      image.src = '/sample/images/missing.svg';
      await oneEvent(image, 'error');
      expect(cards(list)[0].querySelector('[part="image"]')).to.equal(null);
      expect(cards(list)[0].classList.contains('has-image')).to.equal(false);
      expect(cards(list)[1].querySelector('[part="image"]')).to.not.equal(null);
      list.setAttribute('layout', 'grid');
      await list.updateComplete;
      expect(cards(list)[0].classList.contains('grid')).to.equal(true);
      expect(cards(list)[0].querySelector('[part="image"]')).to.equal(null);
      expect(cards(list)[1].querySelector('[part="image"]')).to.not.equal(null);
    });

    it('groups by month with headings at heading-level and card titles one level below', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21', 'group-by': 'month', lang: 'en' });
      const headings = [...shadow(list).querySelectorAll('[part="group-heading"]')];
      expect(headings.map((heading) => [heading.localName, heading.textContent!.trim()])).to.deep.equal([
        ['h2', 'July 2022'],
        ['h2', 'August 2021'],
      ]);
      expect(cards(list)[0].querySelector('[part="title"]')!.localName).to.equal('h3');
      await expect(list).to.be.accessible();
    });

    it('groups by year in a grid, with a chosen heading level and locale', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'group-by': 'year', layout: 'grid', 'heading-level': '3', locale: 'fr' });
      const headings = [...shadow(list).querySelectorAll('h3[part="group-heading"]')].map((h) => h.textContent!.trim());
      expect(headings).to.deep.equal(['2022', '2021']);
      expect(cards(list)).to.have.length(20);
      expect(cards(list)[0].querySelector('h4 time, time')!.textContent).to.equal('21 juillet 2022');
      const grid = shadow(list).querySelector('ul')!;
      expect(getComputedStyle(grid).display).to.equal('grid');
      await expect(list).to.be.accessible();
    });

    it('takes its date language from the nearest lang attribute', async () => {
      const wrapper = mount('<div lang="es"></div>');
      const list = createList({ src: SAMPLE_FEED, project: 'Skills 21', limit: '1' });
      const loaded = loadEvent(list);
      attach(list, wrapper);
      await loaded;
      await list.updateComplete;
      expect(cards(list)[0].querySelector('time')!.textContent).to.equal('21 de julio de 2022');
    });

    it('shows a compact list of three without summaries or images', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, layout: 'compact', limit: '3' });
      expect(cards(list)).to.have.length(3);
      const card = cards(list)[0];
      expect(card.querySelector('[part="summary"]')).to.equal(null);
      expect(card.querySelector('img')).to.equal(null);
      expect(shadow(list).querySelector('[part="load-more"]')).to.equal(null);
      await expect(list).to.be.accessible();
    });

    it('shows the media contact as an e-mail link', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
      const contact = shadow(list).querySelector('[part="media-contact"]')!;
      expect(contact.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Media contact: ILO Newsroom, newsroom@ilo.org');
      expect(contact.querySelector('a')!.getAttribute('href')).to.equal('mailto:newsroom@ilo.org');
    });

    it('keeps focus on the media contact link when it is written again in another language', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '3' });
      shadow(list).querySelector<HTMLAnchorElement>('[part="media-contact"] a')!.focus();
      list.setAttribute('locale', 'fr');
      await list.updateComplete;
      const contact = shadow(list).querySelector('[part="media-contact"]')!;
      expect(contact.textContent).to.match(/^Contact presse/);
      expect(deepActiveElement() === contact.querySelector('a'), 'focus on the new link').to.equal(true);
    });

    it('leaves alone what a page added to its shadow root itself', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '3' });
      const style = document.createElement('style');
      style.textContent = '.card { outline: 3px solid rgb(255, 0, 0); }';
      list.shadowRoot!.append(style);
      list.setAttribute('layout', 'grid');
      await list.updateComplete;
      expect(style.isConnected).to.equal(true);
      expect(getComputedStyle(cards(list)[0]).outlineColor).to.equal('rgb(255, 0, 0)');
    });

    it('shows every story when a month comes back in the reader\'s time zone', async () => {
      // 2024-03-01T02:00Z is still February in New York, while the date-only 2024-03-01 is March everywhere:
      // newest first, February, March and February again.
      await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' });
      try {
        const { list, detail } = await loadedList({ src: fixture('mixed-dates-feed.json'), 'group-by': 'month', lang: 'en' });
        const headings = [...shadow(list).querySelectorAll('[part="group-heading"]')].map((heading) => heading.textContent);
        expect(headings).to.deep.equal(['February 2024', 'March 2024', 'February 2024', 'January 2024']);
        expect(detail.stories).to.have.length(4);
        expect(cardTitles(list)).to.deep.equal(detail.stories.map((story) => story.title));
      } finally {
        await executeServerCommand('emulate-timezone', { timezoneId: '' });
      }
    });

    it('keeps focus on the media contact link when the list changes around it', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '3' });
      const link = shadow(list).querySelector<HTMLAnchorElement>('[part="media-contact"] a')!;
      link.focus();
      list.setAttribute('layout', 'compact');
      list.setAttribute('group-by', 'year');
      await list.updateComplete;
      expect(shadow(list).querySelector('[part="group-heading"]')).to.not.equal(null);
      expect(deepActiveElement() === link, 'focus on the same link').to.equal(true);
    });

    it('re-renders on attribute changes without fetching again', async () => {
      const src = fresh('/__test__/counted/attribute-change?file=/sample/impact-stories.json');
      const { list } = await loadedList({ src, project: 'Skills 21' });
      const reloaded = loadEvent(list);
      list.setAttribute('project', 'PROSPECTS');
      const { detail } = await reloaded;
      await list.updateComplete;
      expect(cardTitles(list)).to.deep.equal(['From refugee to digital worker']);
      expect(detail.total).to.equal(1);
      list.setAttribute('layout', 'grid');
      list.setAttribute('group-by', 'year');
      list.setAttribute('locale', 'ar');
      await list.updateComplete;
      expect(shadow(list).querySelector('[part="group-heading"]')!.textContent!.trim()).to.equal('2021');
      expect(await requestCount('attribute-change')).to.equal(1);
    });
  });

  describe('loading', () => {
    it('is busy, announces loading and reserves space', async () => {
      const gate = `loading-${Date.now()}`;
      const list = createList({ src: `/__test__/gated/${gate}?file=/sample/impact-stories.json` });
      attach(list);
      await list.updateComplete;
      expect(list.state).to.equal('loading');
      expect(list.matches(':state(loading)')).to.equal(true);
      expect(statusText(list)).to.equal('Loading stories…');
      expect(list.getBoundingClientRect().height).to.be.greaterThan(200);
      expect(shadow(list).querySelector('.placeholder')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(list).to.be.accessible();
      const loaded = loadEvent(list);
      await fetch(`/__test__/release/${gate}`);
      await loaded;
      expect(list.state).to.equal('loaded');
    });

    const noMoveCases: Record<string, string>[] = [{ layout: 'list' }, { layout: 'grid' }, { layout: 'compact' }, { layout: 'list', 'group-by': 'year' }];
    for (const attributes of noMoveCases) {
      it(`shows the message in the first placeholder, and cards replace placeholders without moving (${Object.values(attributes).join(', ')})`, async () => {
        const gate = `no-shift-${Object.values(attributes).join('-')}-${Date.now()}`;
        const list = createList({ src: `/__test__/gated/${gate}?file=/sample/impact-stories.json`, ...attributes });
        attach(list);
        await list.updateComplete;
        const firstPlaceholder = shadow(list).querySelector('.placeholder-card')!;
        expect(firstPlaceholder.textContent).to.equal('Loading stories…');
        const placeholder = firstPlaceholder.getBoundingClientRect();
        const loaded = loadEvent(list);
        await fetch(`/__test__/release/${gate}`);
        await loaded;
        const card = shadow(list).querySelector('.card')!.getBoundingClientRect();
        expect([card.top, card.left]).to.deep.equal([placeholder.top, placeholder.left]);
      });
    }
  });

  describe('empty', () => {
    it('says which filter found nothing', async () => {
      const { list, detail } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21', year: '2019' });
      expect(detail.stories).to.deep.equal([]);
      expect(list.state).to.equal('empty');
      expect(statusText(list)).to.equal('No stories found for project Skills 21 and year 2019.');
      await expect(list).to.be.accessible();
    });

    it('says "No stories found for project …" for an unknown project', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 22' });
      expect(statusText(list)).to.equal('No stories found for project Skills 22.');
    });

    it('says when the feed itself is empty', async () => {
      const { list } = await loadedList({ src: fixture('empty-feed.json') });
      expect(statusText(list)).to.equal('This feed has no stories yet.');
      await expect(list).to.be.accessible();
    });
  });

  describe('error', () => {
    it('shows a plain message, a Retry button and the fallback content for a 404', async () => {
      const { list, detail } = await failedList({ src: '/__test__/status/404' }, fallback);
      const url = new URL('/__test__/status/404', location.href).href;
      expect(detail).to.deep.equal({ kind: 'http', message: `The feed at ${url} answered with HTTP 404 Not Found.`, url, status: 404 });
      expect(list.state).to.equal('error');
      expect(statusText(list)).to.equal(detail.message);
      expect(shadow(list).querySelector('[part="retry"]')!.textContent).to.equal('Retry');
      const slot = shadow(list).querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Read our impact stories');
      expect(slot.assignedElements()[0].getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(list).to.be.accessible();
    });

    it('hides the fallback content while loaded', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' }, fallback);
      expect(shadow(list).querySelector('slot')).to.equal(null);
      expect(list.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });

    for (const [name, src, kind] of [
      ['not JSON', fixture('not-json.html'), 'not-json'],
      ['not a JSON Feed', fixture('not-a-feed.json'), 'not-json-feed'],
      ['an unreachable server', 'http://127.0.0.1:1/feed.json', 'network'],
      ['a javascript: src', 'javascript:alert(1)', 'no-feed'],
    ]) {
      it(`explains ${name}`, async () => {
        const { list, detail } = await failedList({ src });
        expect(detail.kind).to.equal(kind);
        expect(statusText(list)).to.equal(detail.message);
        expect(detail.message).to.not.equal('');
        await expect(list).to.be.accessible();
      });
    }

    it('times out after the timeout attribute', async () => {
      const { list, detail } = await failedList({ src: fresh('/__test__/hang/list-timeout'), timeout: '300' });
      expect(detail.kind).to.equal('timeout');
      expect(statusText(list)).to.contain('did not answer within 0.3 seconds');
    });

    it('Retry fetches again and shows the stories, with focus on the first card', async () => {
      const src = fresh('/__test__/flaky/retry?file=/sample/impact-stories.json');
      const { list } = await failedList({ src, project: 'Skills 21' });
      expect(statusText(list)).to.contain('HTTP 503 Service Unavailable');
      const loaded = loadEvent(list);
      shadow(list).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await loaded;
      await list.updateComplete;
      expect(cards(list)).to.have.length(6);
      expect(deepActiveElement()!.textContent).to.equal('Mastering the sewing machine with dwarfism');
    });
  });

  describe('reflow', () => {
    for (const layout of ['list', 'grid', 'compact']) {
      it(`fits 320 CSS px without horizontal scrolling in the ${layout} layout`, async () => {
        const frame = mount('<div style="inline-size: 320px"></div>');
        const list = createList({ src: SAMPLE_FEED, layout, 'group-by': 'month' });
        const loaded = loadEvent(list);
        attach(list, frame);
        await loaded;
        await list.updateComplete;
        expect(list.scrollWidth).to.be.at.most(320);
        for (const card of cards(list)) {
          const article = card;
          expect(article.scrollWidth, card.querySelector('a')!.textContent!).to.be.at.most(article.clientWidth + 2);
          expect(article.getBoundingClientRect().right).to.be.at.most(frame.getBoundingClientRect().right + 0.5);
        }
      });
    }
  });

  it('Retry that fails again keeps focus on Retry', async () => {
    const { list } = await failedList({ src: '/__test__/status/500' });
    const failedAgain = errorEvent(list);
    const retry = shadow(list).querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.focus();
    retry.click();
    await failedAgain;
    await list.updateComplete;
    expect(deepActiveElement()).to.equal(shadow(list).querySelector('[part="retry"]'));
  });

  describe('feed requests', () => {
    it('shares one fetch between three lists with the same src', async () => {
      const src = fresh('/__test__/counted/three-lists?file=/sample/impact-stories.json');
      const lists = [
        createList({ src, project: 'Skills 21' }),
        createList({ src, layout: 'grid', 'group-by': 'year' }),
        createList({ src, layout: 'compact', limit: '3' }),
      ];
      const loaded = Promise.all(lists.map(loadEvent));
      lists.forEach((list) => attach(list));
      const details = (await loaded).map((event) => event.detail.stories.length);
      expect(details).to.deep.equal([6, 20, 3]);
      expect(await requestCount('three-lists')).to.equal(1);
    });

    it('never lets a late answer for an old src replace the newer one', async () => {
      const gate = `old-src-${Date.now()}`;
      const oldSrc = `/__test__/gated/${gate}?file=/test/fixtures/messy-feed.json`;
      // Another list keeps waiting for the old feed, so its answer really does arrive late.
      const bystander = attach(createList({ src: oldSrc }));
      const list = attach(createList({ src: oldSrc }));
      await list.updateComplete;
      const loaded = loadEvent(list);
      list.setAttribute('src', SAMPLE_FEED);
      list.setAttribute('project', 'Skills 21');
      await loaded;
      const oldFeedArrived = loadEvent(bystander);
      await fetch(`/__test__/release/${gate}`);
      expect((await oldFeedArrived).detail.stories).to.have.length(3);
      await list.updateComplete;
      expect(cards(list)).to.have.length(6);
      expect(cardTitles(list)[0]).to.equal('Mastering the sewing machine with dwarfism');
    });

    it('aborts the old request when src changes', async () => {
      const name = `abort-${Date.now()}`;
      const list = attach(createList({ src: `/__test__/hang/${name}` }));
      await fetch(`/__test__/received/${name}`);
      const loaded = loadEvent(list);
      list.src = SAMPLE_FEED;
      const closed = await (await fetch(`/__test__/closed/${name}`)).text();
      expect(closed).to.equal('closed');
      await loaded;
      expect(list.state).to.equal('loaded');
    });

    it('stops loading when removed from the page', async () => {
      const name = `removed-${Date.now()}`;
      const list = attach(createList({ src: `/__test__/hang/${name}` }));
      await fetch(`/__test__/received/${name}`);
      list.remove();
      expect(await (await fetch(`/__test__/closed/${name}`)).text()).to.equal('closed');
    });

    it('reads through its own fetcher when given one', async () => {
      const requested: string[] = [];
      const list = createList({ src: '/feeds/through-fetcher.json', project: 'Skills 21' });
      list.fetcher = (input, init) => {
        requested.push(String(input));
        return fetch(SAMPLE_FEED, init);
      };
      const loaded = loadEvent(list);
      attach(list);
      const { detail } = await loaded;
      expect(requested).to.deep.equal([new URL('/feeds/through-fetcher.json', location.href).href]);
      expect(detail.stories).to.have.length(6);
    });

    it('uses the page default feed when there is no src', async () => {
      const meta = mount(`<meta name="impact-stories-feed" content="${SAMPLE_FEED}">`);
      document.head.append(meta);
      const { list } = await loadedList({ project: 'Skills 21' });
      expect(cards(list)).to.have.length(6);
      meta.remove();
    });

    it('prefers setDefaultFeed over the meta tag', async () => {
      setDefaultFeed(fixture('empty-feed.json'));
      try {
        const { list } = await loadedList({});
        expect(list.state).to.equal('empty');
      } finally {
        setDefaultFeed(undefined);
      }
    });

    it('explains that no feed is configured', async () => {
      const { detail } = await failedList({});
      expect(detail.kind).to.equal('no-feed');
      expect(detail.message).to.contain('give this list a src attribute');
    });

    it('reports skipped items once in the console and in the load event', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const src = fresh(fixture('messy-feed.json'));
        const lists = [createList({ src }), createList({ src })];
        const loaded = Promise.all(lists.map(loadEvent));
        lists.forEach((list) => attach(list));
        const [first] = await loaded;
        expect(first.detail.skipped).to.equal(5);
        await import('../src/console-warnings.js');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.match(/skipped 5 of 8 items/);
      } finally {
        console.warn = original;
      }
    });
    it('shows a summary written with untidy whitespace as tidy text', async () => {
      const { list } = await loadedList({ src: fixture('messy-feed.json') });
      const summaries = [...shadow(list).querySelectorAll<HTMLElement>('[part="summary"]')].map((summary) => summary.innerText);
      expect(summaries).to.include('Summary with extra whitespace.');
    });
  });

  describe('load more', () => {
    it('shows page-size stories, then more, announcing them and focusing the first new one', async () => {
      const { list, detail } = await loadedList({ src: SAMPLE_FEED, 'page-size': '4' });
      expect(detail.stories).to.have.length(4);
      expect(detail.total).to.equal(20);
      const button = shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!;
      expect(button.textContent).to.equal('Load more stories');
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
      await expect(list).to.be.accessible();

      const more = loadEvent(list);
      button.focus();
      button.click();
      const next: CustomEvent<StoriesLoadDetail> = await more;
      await list.updateComplete;
      expect(next.detail.stories).to.have.length(8);
      expect(cards(list)).to.have.length(8);
      expect(deepActiveElement()!.textContent).to.equal(cardTitles(list)[4]);
      expect(statusText(list)).to.equal('4 more stories loaded.');
    });

    it('keeps the cards and group headings already shown when it adds more', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '4', 'group-by': 'year', lang: 'en' });
      const shownBefore = [...shadow(list).querySelectorAll('[part="group-heading"], article.card')];
      const more = loadEvent(list);
      shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      await more;
      await list.updateComplete;
      expect(cards(list)).to.have.length(8);
      const shownAfter = [...shadow(list).querySelectorAll('[part="group-heading"], article.card')];
      expect(shownBefore.every((node) => shownAfter.includes(node))).to.equal(true);
    });

    it('keeps the button, its focus and the announcement in place while the list changes around them', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '4' });
      const button = shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!;
      const more = loadEvent(list);
      button.click();
      await more;
      await list.updateComplete;
      const status = shadow(list).querySelector('[part="status"]')!;
      expect(statusText(list)).to.equal('4 more stories loaded.');
      const rewrites: MutationRecord[] = [];
      const watcher = new MutationObserver((records) => rewrites.push(...records));
      watcher.observe(status, { childList: true, characterData: true, subtree: true });
      button.focus();
      list.setAttribute('layout', 'grid');
      await list.updateComplete;
      rewrites.push(...watcher.takeRecords());
      watcher.disconnect();
      // A screen reader hears a live region again when its text is rewritten, even with the same words.
      expect(rewrites).to.have.length(0);
      expect(cards(list)[0].classList.contains('grid')).to.equal(true);
      expect(deepActiveElement() === button, 'focus on the same button').to.equal(true);
      expect(button.isConnected).to.equal(true);
    });

    it('stops at limit and removes the button', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '4', limit: '6' });
      const more = loadEvent(list);
      shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      await more;
      await list.updateComplete;
      expect(cards(list)).to.have.length(6);
      expect(statusText(list)).to.equal('2 more stories loaded.');
      expect(shadow(list).querySelector('[part="load-more"]')).to.equal(null);
    });
  });

  describe('bad attribute values', () => {
    it('falls back to defaults, with one console warning per value', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: unknown) => warnings.push(String(message));
      try {
        const { list } = await loadedList({ src: SAMPLE_FEED, layout: 'grids', limit: 'three', 'group-by': 'week', project: 'Skills 21' });
        expect(cards(list)).to.have.length(6);
        await import('../src/console-warnings.js');
        expect(warnings).to.include('<impact-story-list>: ignored layout="grids"; expected list, grid, compact.');
        expect(warnings).to.include('<impact-story-list>: ignored limit="three"; expected a whole number above 0.');
        expect(warnings).to.include('<impact-story-list>: ignored group-by="week"; expected none, year, month.');
        expect(warnings).to.have.length(3);
      } finally {
        console.warn = original;
      }
    });
  });

  describe('events', () => {
    it('bubble and cross shadow roots', async () => {
      const host = mount('<div></div>');
      const root = host.attachShadow({ mode: 'open' });
      const list = createList({ src: '/__test__/status/500' });
      const seen = oneEvent(document, 'impact-stories-error');
      root.append(list);
      const event = await seen;
      expect(event.composed && event.bubbles).to.equal(true);
      expect(event.detail.status).to.equal(500);
    });

    it('impact-story-open fires when a card link is activated, and can be cancelled', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
      const opened = oneEvent(document, 'impact-story-open');
      document.addEventListener('impact-story-open', (event) => event.preventDefault(), { once: true });
      cards(list)[0].querySelector('a')!.click();
      const event = await opened;
      expect(event.detail.story.title).to.equal('Mastering the sewing machine with dwarfism');
      expect(event.detail.url).to.equal('https://www.ilo.org/resource/article/mastering-sewing-machine-dwarfism');
      expect(location.pathname).to.not.contain('mastering');
    });
  });

  it('keeps the error event detail identical to what the page is told', async () => {
    const list = createList({ src: fixture('not-a-feed.json') });
    const failed = errorEvent(list);
    attach(list);
    const { detail } = await failed;
    expect(detail.message).to.match(/^The file at .* is JSON but not a JSON Feed/);
  });
});
