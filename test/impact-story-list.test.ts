import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setDefaultFeed } from '../packages/widgets/src/feed/default-feed.js';
import { itIn } from './engine.js';
import type { StoriesLoadDetail } from '../packages/widgets/src/components/impact-story-list/impact-story-list.js';
import type { StoryOpenDetail } from '../packages/widgets/src/components/story-card/story-card.js';
import {
  attach,
  cards,
  cardTitles,
  consoleWarnings,
  createList,
  deepActiveElement,
  errorEvent,
  failedList,
  fresh,
  loadedList,
  loadEvent,
  mount,
  SAMPLE_FEED,
  shadow,
  SKILLS_21_TITLES,
  statusText,
  testFeed,
} from './helpers.js';

const fallback = '<a href="https://www.ilo.org/impact-stories">Read our impact stories</a>';
const requestCount = async (name: string) => Number(await (await fetch(`/__test__/count/${name}`)).text());

describe('<impact-story-list>', () => {
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
      const card = cards(list)[0]!;
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
      const article = items[0]!;
      expect(article.querySelectorAll('a')).to.have.length(1);
      expect(article.querySelector('h2 > a')!.getAttribute('href')).to.equal(
        'https://www.ilo.org/resource/article/mastering-sewing-machine-dwarfism',
      );
      expect(article.querySelector('time')!.getAttribute('datetime')).to.equal('2022-07-21');
    });

    it('separates the project from the countries, so they are not read as one word', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, country: 'Türkiye' });
      expect(cards(list)[0]!.querySelector('[part="meta"]')!.textContent).to.equal(
        'Project: Decent jobs for refugees in Türkiye Country: Türkiye',
      );
    });

    it('puts focus back on the same card when its link is built again at another heading level', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      const link = cards(list)[2]!.querySelector<HTMLElement>('[part="link"]')!;
      link.focus();
      list.setAttribute('heading-level', '4');
      await list.updateComplete;
      expect(link.isConnected, 'the old link is gone').to.equal(false);
      expect(cards(list)[2]!.querySelector('[part="title"]')!.localName).to.equal('h4');
      expect(deepActiveElement() === cards(list)[2]!.querySelector('[part="link"]'), 'focus on the new link').to.equal(true);
    });

    it('puts focus back on the same card when grouping moves it into a group', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      const link = cards(list)[3]!.querySelector<HTMLElement>('[part="link"]')!;
      link.focus();
      list.setAttribute('group-by', 'year');
      await list.updateComplete;
      expect(link.isConnected, 'the old link is gone').to.equal(false);
      expect(deepActiveElement()?.textContent).to.equal(SKILLS_21_TITLES[3]);
    });

    it('keeps focus on the same card when its cards are built again in another layout', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      cards(list)[2]!.querySelector<HTMLElement>('[part="link"]')!.focus();
      list.setAttribute('layout', 'compact');
      await list.updateComplete;
      expect(cards(list)[2]!.classList.contains('compact')).to.equal(true);
      expect(deepActiveElement() === cards(list)[2]!.querySelector('[part="link"]'), 'focus').to.equal(true);
      expect(deepActiveElement()!.textContent).to.equal(SKILLS_21_TITLES[2]);
    });

    it('drops a photo that fails to load from its card, and leaves it out when the cards are built again', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21' });
      // The first card's photo, as if its server had lost it.
      const image = cards(list)[0]!.querySelector<HTMLImageElement>('[part="image"]')!;
      image.loading = 'eager';
      image.src = '/sample/images/missing.svg';
      await oneEvent(image, 'error');
      expect(cards(list)[0]!.querySelector('[part="image"]')).to.equal(null);
      expect(cards(list)[0]!.classList.contains('has-image')).to.equal(false);
      expect(cards(list)[1]!.querySelector('[part="image"]')).to.not.equal(null);
      list.setAttribute('layout', 'grid');
      await list.updateComplete;
      expect(cards(list)[0]!.classList.contains('grid')).to.equal(true);
      expect(cards(list)[0]!.querySelector('[part="image"]')).to.equal(null);
      expect(cards(list)[1]!.querySelector('[part="image"]')).to.not.equal(null);
    });

    it('groups by month with headings at heading-level and card titles one level below', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, project: 'Skills 21', 'group-by': 'month', lang: 'en' });
      const headings = [...shadow(list).querySelectorAll('[part="group-heading"]')];
      expect(headings.map((heading) => [heading.localName, heading.textContent!.trim()])).to.deep.equal([
        ['h2', 'July 2022'],
        ['h2', 'August 2021'],
      ]);
      expect(cards(list)[0]!.querySelector('[part="title"]')!.localName).to.equal('h3');
      await expect(list).to.be.accessible();
    });

    it('groups by year in a grid, with a chosen heading level and locale', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'group-by': 'year', layout: 'grid', 'heading-level': '3', locale: 'fr' });
      const headings = [...shadow(list).querySelectorAll('h3[part="group-heading"]')].map((h) => h.textContent!.trim());
      expect(headings).to.deep.equal(['2022', '2021']);
      expect(cards(list)).to.have.length(20);
      // Card titles sit one level below the group headings.
      expect(new Set(cards(list).map((card) => card.querySelector('[part="title"]')!.localName))).to.deep.equal(new Set(['h4']));
      expect(cards(list)[0]!.querySelector('time')!.textContent).to.equal('21 juillet 2022');
      const grid = shadow(list).querySelector('ul')!;
      expect(getComputedStyle(grid).display).to.equal('grid');
      await expect(list).to.be.accessible();
    });

    it('shows a compact list of three without summaries or images', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, layout: 'compact', limit: '3' });
      expect(cards(list)).to.have.length(3);
      const card = cards(list)[0]!;
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
      expect(getComputedStyle(cards(list)[0]!).outlineColor).to.equal('rgb(255, 0, 0)');
    });

    it("shows and groups each story on the publisher's calendar day, in a reader's time zone behind it", async () => {
      // 2024-03-01T02:00Z is still February in New York, but the publisher wrote 1 March: the reader sees 1 March.
      const emulated = await executeServerCommand('emulate-timezone', { timezoneId: 'America/New_York' });
      try {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone, emulated ? 'emulated' : 'TZ').to.equal('America/New_York');
        const { list, detail } = await loadedList({ src: testFeed('mixed-dates-feed.json'), 'group-by': 'month', lang: 'en' });
        const headings = [...shadow(list).querySelectorAll('[part="group-heading"]')].map((heading) => heading.textContent);
        expect(headings).to.deep.equal(['March 2024', 'February 2024', 'January 2024']);
        expect(detail.stories).to.have.length(4);
        expect(cardTitles(list)).to.deep.equal(detail.stories.map((story) => story.title));
        const dates = cards(list).map((card) => card.querySelector('time')!.textContent);
        expect(dates).to.deep.equal(['1 March 2024', '1 March 2024', '20 February 2024', '10 January 2024']);
        list.setAttribute('year', '2024');
        list.setAttribute('group-by', 'none');
        await list.updateComplete;
        expect(cards(list)).to.have.length(4);
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
      // Arabic years are written in Latin digits from CLDR 42 on (Chromium, Firefox), in Arabic-Indic ones before (WebKitGTK).
      expect(shadow(list).querySelector('[part="group-heading"]')!.textContent!.trim()).to.match(/^(2021|٢٠٢١)$/);
      expect(shadow(list).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
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

    const noMoveCases: Record<string, string>[] = [
      { layout: 'list' },
      { layout: 'grid' },
      { layout: 'compact' },
      { layout: 'list', 'group-by': 'year' },
    ];
    for (const attributes of noMoveCases) {
      it(`shows the message in the first placeholder, and cards replace placeholders without moving (${Object.values(attributes).join(', ')})`, async () => {
        const gate = `no-shift-${Object.values(attributes).join('-')}-${Date.now()}`;
        const list = createList({ src: `/__test__/gated/${gate}?file=/sample/impact-stories.json`, ...attributes });
        attach(list);
        await list.updateComplete;
        const firstPlaceholder = shadow(list).querySelector('.placeholder-card')!;
        expect(firstPlaceholder.textContent).to.equal('Loading stories…');
        // Measured from the list: the browser may scroll the page as content below the viewport grows.
        const offset = (element: Element) => {
          const [inner, outer] = [element.getBoundingClientRect(), list.getBoundingClientRect()];
          return [inner.top - outer.top, inner.left - outer.left];
        };
        const placeholder = offset(firstPlaceholder);
        const loaded = loadEvent(list);
        await fetch(`/__test__/release/${gate}`);
        await loaded;
        expect(offset(shadow(list).querySelector('article.card')!)).to.deep.equal(placeholder);
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
      const { list } = await loadedList({ src: testFeed('empty-feed.json') });
      expect(statusText(list)).to.equal('This feed has no stories yet.');
      await expect(list).to.be.accessible();
    });
  });

  describe('error', () => {
    it('shows a plain sentence, the reason, a Retry button and the fallback content for a 503', async () => {
      const { list, detail } = await failedList({ src: '/__test__/status/503' }, fallback);
      const url = new URL('/__test__/status/503', location.href).href;
      expect(detail).to.deep.equal({
        kind: 'http',
        message: `The feed at ${url} answered with HTTP 503 Service Unavailable.`,
        url,
        status: 503,
      });
      expect(list.state).to.equal('error');
      expect(statusText(list)).to.equal(`The stories could not be loaded. ${detail.message}`);
      expect(shadow(list).querySelector('[part="retry"]')!.textContent).to.equal('Retry');
      const slot = shadow(list).querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Read our impact stories');
      expect(slot.assignedElements()[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(list).to.be.accessible();
    });

    it('hides the fallback content while loaded', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' }, fallback);
      expect(shadow(list).querySelector('slot')).to.equal(null);
      expect(list.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });

    for (const [name, src, kind, words] of [
      [
        'an HTML page',
        testFeed('not-json.html'),
        'not-json',
        /^The file at .*not-json\.html is an HTML page \(content type text\/html.*\), not a feed/,
      ],
      ['not a JSON Feed', testFeed('not-a-feed.json'), 'not-json-feed', /^The file at .*not-a-feed\.json is JSON but not a JSON Feed/],
      [
        'an unreachable server',
        'http://127.0.0.1:1/feed.json',
        'network',
        /^The feed at http:\/\/127\.0\.0\.1:1\/feed\.json could not be reached/,
      ],
      ['a javascript: src', 'javascript:alert(1)', 'no-feed', /^The feed address "javascript:alert\(1\)" is not an http\(s\) URL\.$/],
    ] as const) {
      it(`explains ${name}, in the status region and in the error event`, async () => {
        const { list, detail } = await failedList({ src });
        expect(detail.kind).to.equal(kind);
        expect(detail.message).to.match(words);
        // A src that is no feed address is the problem itself, in the reader's language; the rest lead with a sentence.
        expect(statusText(list)).to.equal(kind === 'no-feed' ? detail.message : `The stories could not be loaded. ${detail.message}`);
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
    expect(deepActiveElement() === shadow(list).querySelector('[part="retry"]'), 'focus').to.equal(true);
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

    for (const [cacheControl, requests, what] of [
      ['no-store', 2, 'fetches a feed served no-store again'],
      ['no-cache', 2, 'asks the server again about a feed served no-cache'],
      ['max-age=60', 1, 'reads a feed that is still fresh from the browser cache, without asking the server'],
    ] as const) {
      // WebKit's WebDriver sessions run on an ephemeral store with no HTTP cache, where every fetch reaches the server.
      (requests === 1 ? itIn('chromium', 'firefox') : it)(`${what} when the list is mounted again, as single-page apps do`, async () => {
        const name = `remount-${cacheControl.replace(/\W/g, '')}-${Date.now()}`;
        const src = `/__test__/counted/${name}?file=/sample/impact-stories.json&cache-control=${cacheControl}`;
        const first = await loadedList({ src, project: 'Skills 21' });
        first.list.remove();
        const second = await loadedList({ src, project: 'Skills 21' });
        expect(cardTitles(second.list)).to.deep.equal(SKILLS_21_TITLES);
        expect(await requestCount(name)).to.equal(requests);
      });
    }

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
      setDefaultFeed(testFeed('empty-feed.json'));
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
      let first!: CustomEvent<StoriesLoadDetail>;
      const warnings = await consoleWarnings(async () => {
        const src = fresh(testFeed('messy-feed.json'));
        const lists = [createList({ src }), createList({ src })];
        const loaded = Promise.all(lists.map(loadEvent));
        lists.forEach((list) => attach(list));
        first = (await loaded)[0]!;
        await import('../packages/core/src/console-warnings.js');
      });
      expect(first.detail.skipped).to.equal(5);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/skipped 5 of 8 items/);
    });

    it('shows a summary written with untidy whitespace as tidy text', async () => {
      const { list } = await loadedList({ src: testFeed('messy-feed.json') });
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
      expect(cards(list)[0]!.classList.contains('grid')).to.equal(true);
      expect(deepActiveElement() === button, 'focus on the same button').to.equal(true);
      expect(button.isConnected).to.equal(true);
    });

    it('starts again from the first page when src changes', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '4' });
      const more = loadEvent(list);
      shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      expect((await more).detail.stories).to.have.length(8);
      const other = loadEvent(list);
      list.setAttribute('src', fresh(SAMPLE_FEED));
      expect((await other).detail.stories).to.have.length(4);
      await list.updateComplete;
      expect(cards(list)).to.have.length(4);
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

  describe('properties set the way frameworks set them', () => {
    it('takes numbers for year, limit, page-size, heading-level and timeout (year={2019} in JSX, Vue, Svelte, Angular)', async () => {
      const list = createList({ src: SAMPLE_FEED });
      Object.assign(list, { year: 2021, limit: 5, pageSize: 2, headingLevel: 4, timeout: 5000 });
      const loaded = loadEvent(list);
      attach(list);
      const { detail } = await loaded;
      await list.updateComplete;
      expect(detail.total).to.equal(8);
      expect(cardTitles(list)).to.have.length(2);
      expect(cards(list)[0]!.querySelector('[part="title"]')!.localName).to.equal('h4');
      expect(cards(list).every((card) => card.querySelector('time')!.getAttribute('datetime')!.startsWith('2021'))).to.equal(true);
      const more = loadEvent(list);
      shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
      expect((await more).detail.stories).to.have.length(4);
    });

    it('shows the empty state, and tells the page, when a numeric year matches no story', async () => {
      const list = createList({ src: SAMPLE_FEED, project: 'Skills 21' });
      list.year = 2019;
      const loaded = loadEvent(list);
      attach(list);
      const { detail } = await loaded;
      await list.updateComplete;
      expect(detail.stories).to.deep.equal([]);
      expect(list.state).to.equal('empty');
      expect(statusText(list)).to.equal('No stories found for project Skills 21 and year 2019.');
    });

    it('treats null and undefined as not given', async () => {
      const list = createList({ src: SAMPLE_FEED, project: 'Skills 21', layout: 'grid' });
      const loaded = loadEvent(list);
      attach(list);
      await loaded;
      const again = loadEvent(list);
      Object.assign(list, { project: null, country: undefined, tag: null, year: undefined, limit: null, pageSize: undefined });
      Object.assign(list, { layout: null, groupBy: undefined, headingLevel: null, theme: undefined, locale: null, linkTarget: undefined });
      const { detail } = await again;
      await list.updateComplete;
      expect(detail.total).to.equal(20);
      expect(cards(list)).to.have.length(20);
      expect(cards(list)[0]!.classList.contains('list')).to.equal(true);
      expect(cards(list)[0]!.querySelector('[part="title"]')!.localName).to.equal('h2');
      expect(list.hasAttribute('layout')).to.equal(false);
    });
  });

  describe('bad attribute values', () => {
    it('falls back to defaults, with one console warning per value', async () => {
      const warnings = await consoleWarnings(async () => {
        const { list } = await loadedList({ src: SAMPLE_FEED, layout: 'grids', limit: 'three', 'group-by': 'week', project: 'Skills 21' });
        expect(cards(list)).to.have.length(6);
        await import('../packages/core/src/console-warnings.js');
      });
      expect(warnings).to.have.members([
        '<impact-story-list>: ignored layout="grids"; expected list, grid, compact.',
        '<impact-story-list>: ignored limit="three"; expected a whole number above 0.',
        '<impact-story-list>: ignored group-by="week"; expected none, year, month.',
      ]);
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

    it('impact-story-open fires when a card link is activated; cancelling it stops a plain click, not a new-tab click', async () => {
      const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
      const link = cards(list)[0]!.querySelector('a')!;
      const opened: CustomEvent<StoryOpenDetail>[] = [];
      let cancel = true;
      const onOpen = (event: CustomEvent<StoryOpenDetail>) => {
        opened.push(event);
        if (cancel) event.preventDefault();
      };
      // The page's last listener learns whether the click would follow the link, then keeps the test page here.
      let follows: boolean | undefined;
      const lastListener = (event: Event) => {
        follows = !event.defaultPrevented;
        event.preventDefault();
      };
      document.addEventListener('impact-story-open', onOpen);
      document.addEventListener('click', lastListener);
      try {
        link.click();
        expect(follows, 'a cancelled plain click').to.equal(false);
        cancel = false;
        link.click();
        expect(follows, 'a plain click nobody cancels').to.equal(true);
        cancel = true;
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
        expect(follows, 'a cancelled Ctrl+click, which opens a new tab').to.equal(true);
      } finally {
        document.removeEventListener('impact-story-open', onOpen);
        document.removeEventListener('click', lastListener);
      }
      expect(opened).to.have.length(3);
      expect(opened[0]!.detail.story.title).to.equal('Mastering the sewing machine with dwarfism');
      expect(opened[0]!.detail.url).to.equal('https://www.ilo.org/resource/article/mastering-sewing-machine-dwarfism');
      expect(opened[0]!.bubbles && opened[0]!.composed && opened[0]!.cancelable).to.equal(true);
    });
  });
});
