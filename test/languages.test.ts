import { expect } from '@open-wc/testing';
import { setMessages } from '../packages/widgets/src/format/messages/index.js';
import {
  attach,
  cards,
  consoleWarnings,
  createList,
  failedList,
  loadedList,
  loadEvent,
  mount,
  SAMPLE_FEED,
  shadow,
  statusText,
  testFeed,
} from './helpers.js';

interface Expected {
  loadMore: string;
  moreLoaded: string;
  empty: string;
  notFound: RegExp;
  photo: string;
  month: string;
}

const languages: Record<string, Expected> = {
  fr: {
    loadMore: 'Afficher plus de récits',
    moreLoaded: '2 récits de plus affichés.',
    empty: 'Aucun récit trouvé pour le projet Skills 21 et l’année 2019.',
    notFound: /^Les récits n’ont pas pu être chargés\. The feed at .*status\/404 answered with HTTP 404 Not Found\.$/,
    photo: 'Photo\u00a0: © Kıvanç Özvardar / ILO 2022',
    month: 'juillet 2022',
  },
  es: {
    loadMore: 'Cargar más historias',
    moreLoaded: 'Se cargaron 2 historias más.',
    empty: 'No se encontraron historias para el proyecto Skills 21 y el año 2019.',
    notFound: /^No se pudieron cargar las historias\. The feed at .*status\/404 answered with HTTP 404 Not Found\.$/,
    photo: 'Foto: © Kıvanç Özvardar / ILO 2022',
    month: 'julio de 2022',
  },
  ar: {
    loadMore: 'عرض المزيد من القصص',
    moreLoaded: 'تم تحميل قصتين إضافيتين.',
    empty: 'لا توجد قصص تطابق المشروع Skills 21 والسنة 2019.',
    notFound: /^تعذّر تحميل القصص\. The feed at .*status\/404 answered with HTTP 404 Not Found\.$/,
    photo: 'الصورة: © Kıvanç Özvardar / ILO 2022',
    month: new Intl.DateTimeFormat('ar', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2022, 6, 1)),
  },
};

describe('languages', () => {
  for (const [locale, expected] of Object.entries(languages)) {
    describe(locale, () => {
      it('labels Load more, announces what it added, and names months', async () => {
        const { list } = await loadedList({ src: SAMPLE_FEED, locale, 'page-size': '2', 'group-by': 'month' });
        const button = shadow(list).querySelector<HTMLButtonElement>('[part="load-more"]')!;
        expect(button.textContent).to.equal(expected.loadMore);
        expect(shadow(list).querySelector('[part="group-heading"]')!.textContent!.trim()).to.equal(expected.month);
        const more = loadEvent(list);
        button.click();
        await more;
        await list.updateComplete;
        expect(statusText(list)).to.equal(expected.moreLoaded);
        await expect(list).to.be.accessible();
      });

      it('explains an empty result and an HTTP error', async () => {
        const { list } = await loadedList({ src: SAMPLE_FEED, locale, project: 'Skills 21', year: '2019' });
        expect(statusText(list).replace(/\s+/g, ' ')).to.equal(expected.empty.replace(/\s+/g, ' '));
        const failed = await failedList({ src: '/__test__/status/404', locale });
        expect(statusText(failed.list)).to.match(expected.notFound);
        expect(shadow(failed.list).querySelector('[part="status"] [lang="en"]')!.textContent).to.equal(failed.detail.message);
        await expect(failed.list).to.be.accessible();
        expect(failed.detail.message).to.contain('answered with HTTP 404');
      });

      it('labels the photo credit for screen readers', async () => {
        const { list } = await loadedList({ src: SAMPLE_FEED, locale, country: 'Türkiye' });
        expect(cards(list)[0]!.querySelector('figcaption')!.textContent).to.equal(expected.photo);
      });
    });
  }

  it("keeps an Arabic date in its own order inside an English story's card", async () => {
    const { list } = await loadedList({ src: SAMPLE_FEED, locale: 'ar', limit: '1' });
    const card = cards(list)[0]!;
    expect(card.getAttribute('lang')).to.equal('en');
    expect(card.getAttribute('dir')).to.equal('ltr');
    const date = card.querySelector('.date')!;
    expect([date.getAttribute('lang'), date.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(getComputedStyle(date).direction).to.equal('rtl');
  });

  it('lays out a story of a feed that names no language by its own text, not the Arabic interface around it', async () => {
    const { list } = await loadedList({ src: testFeed('untitled-feed.json'), locale: 'ar' });
    const card = cards(list)[0]!;
    expect(card.hasAttribute('lang')).to.equal(false);
    expect(card.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(card.querySelector('[part~="title"]')!).direction).to.equal('ltr');
    expect(getComputedStyle(card.querySelector('.date')!).direction).to.equal('rtl');
  });

  it('marks a list whose locale differs from the page with lang and direction', async () => {
    const { list } = await loadedList({ src: SAMPLE_FEED, locale: 'ar', limit: '1' });
    const root = shadow(list).querySelector('.root')!;
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(root.getAttribute('dir')).to.equal('rtl');
  });

  it('takes its language, for sentences and dates, from locale, else the nearest lang', async () => {
    const wrapper = mount('<section lang="es"></section>');
    const inherited = createList({ src: SAMPLE_FEED, 'page-size': '1' });
    const chosen = createList({ src: SAMPLE_FEED, 'page-size': '1', locale: 'fr-CA' });
    const loaded = Promise.all([loadEvent(inherited), loadEvent(chosen)]);
    attach(inherited, wrapper);
    attach(chosen, wrapper);
    await loaded;
    await Promise.all([inherited.updateComplete, chosen.updateComplete]);
    expect(shadow(inherited).querySelector('[part="load-more"]')!.textContent).to.equal('Cargar más historias');
    expect(cards(inherited)[0]!.querySelector('time')!.textContent).to.equal('21 de julio de 2022');
    expect(shadow(chosen).querySelector('[part="load-more"]')!.textContent).to.equal('Afficher plus de récits');
    expect(cards(chosen)[0]!.querySelector('time')!.textContent).to.equal('21 juillet 2022');
  });

  describe('language tags that are not well-formed', () => {
    const pageLang = document.documentElement.getAttribute('lang');
    afterEach(() => {
      if (pageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', pageLang);
      delete (navigator as { language?: string }).language;
    });

    for (const posix of ['C', 'POSIX']) {
      it(`falls back to English when the browser's own language is ${posix}, as WebKitGTK reports without LANG`, async () => {
        document.documentElement.removeAttribute('lang');
        Object.defineProperty(navigator, 'language', { get: () => posix, configurable: true });
        const { list } = await loadedList({ src: SAMPLE_FEED, limit: '1' });
        expect(cards(list)[0]!.querySelector('.date')!.getAttribute('lang')).to.equal('en');
        expect(cards(list)[0]!.querySelector('time')!.textContent).to.equal('21 July 2022');
        await expect(list).to.be.accessible();
      });
    }

    it('skips a malformed page lang and a malformed locale, with a warning for the locale', async () => {
      const wrapper = mount('<div lang="fr"><section lang="en_US"></section></div>');
      const list = createList({ src: SAMPLE_FEED, limit: '1', locale: 'es_ES' });
      const warnings = await consoleWarnings(async () => {
        const loaded = loadEvent(list);
        attach(list, wrapper.querySelector('section')!);
        await loaded;
        await list.updateComplete;
        await import('../packages/core/src/console-warnings.js');
      });
      expect(warnings).to.deep.equal(['<impact-story-list>: ignored locale="es_ES"; expected a language tag such as fr or pt-BR.']);
      expect(shadow(list).querySelector('.root')!.hasAttribute('lang')).to.equal(false);
      expect(cards(list)[0]!.querySelector('.date')!.getAttribute('lang')).to.equal('fr');
      expect(cards(list)[0]!.querySelector('time')!.textContent).to.equal('21 juillet 2022');
      await expect(list).to.be.accessible();
    });
  });

  it('lets the page override any sentence, per language', async () => {
    setMessages('en', { loadMore: 'More impact stories', noStoriesFor: (criteria) => `Nothing for ${criteria} yet.` });
    try {
      const { list } = await loadedList({ src: SAMPLE_FEED, 'page-size': '2', lang: 'en' });
      expect(shadow(list).querySelector('[part="load-more"]')!.textContent).to.equal('More impact stories');
      list.setAttribute('project', 'Skills 22');
      await list.updateComplete;
      expect(statusText(list)).to.equal('Nothing for project Skills 22 yet.');
    } finally {
      setMessages('en', { loadMore: 'Load more stories', noStoriesFor: (criteria) => `No stories found for ${criteria}.` });
    }
  });
});
