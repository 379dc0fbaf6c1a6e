import { expect, oneEvent } from '@open-wc/testing';
import '../packages/pages/src/builder/builder-page.js';
import type { ImpactEmbedBuilderElement } from '../packages/pages/src/builder/impact-embed-builder.js';
import { defaultSettings, iframeSnippet, scriptSnippet, type EmbedSettings } from '../packages/pages/src/builder/snippets.js';
import type { ImpactStoryListElement } from '../packages/widgets/src/components/impact-story-list/impact-story-list.js';
import { attach, cardTitles, fresh, SAMPLE_FEED, shadow, testFeed } from './helpers.js';

const absolute = (path: string) => new URL(path, document.baseURI).href;
const urls = {
  scriptUrl: absolute('/dist/impact-stories.js'),
  embedUrl: absolute('/dist/embed.html'),
  embedHostUrl: absolute('/dist/embed-host.js'),
};
const hostileProject = 'Skills "21" <b>&</b>';

const $ = <T extends Element = HTMLElement>(builder: Element, selector: string) => shadow(builder).querySelector<T>(selector)!;
const preview = (builder: Element) => $<ImpactStoryListElement>(builder, 'impact-story-list');
const snippetBox = (builder: Element, which: 'script' | 'iframe') => $(builder, `#${which}-snippet`);
const snippet = (builder: Element, which: 'script' | 'iframe') => shadow(snippetBox(builder, which)).querySelector('textarea')!.value;
const optionValues = (builder: Element, id: string) => [...$<HTMLSelectElement>(builder, `#${id}`).options].map((option) => option.value);
const groupHeadings = (list: Element) => [...shadow(list).querySelectorAll('[part="group-heading"]')].map((h) => h.textContent!.trim());
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const tagNames = (doc: Document) => [...doc.querySelectorAll('*')].map((element) => element.localName);

/** A builder on the page whose preview has loaded `src`. */
async function loadedBuilder(src?: string): Promise<ImpactEmbedBuilderElement> {
  const builder = document.createElement('impact-embed-builder');
  Object.assign(builder, urls, src === undefined ? {} : { src });
  const loaded = oneEvent(builder, 'impact-stories-load');
  attach(builder);
  await loaded;
  await builder.updateComplete;
  return builder;
}

/** Picks an option the way a browser does when the user picks it. */
function choose(builder: Element, id: string, value: string): void {
  const select = $<HTMLSelectElement>(builder, `#${id}`);
  select.value = value;
  expect(select.value, `option ${value} of #${id}`).to.equal(value);
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Picks a filter and waits until the preview shows its result. */
async function filterBy(builder: ImpactEmbedBuilderElement, id: string, value: string): Promise<void> {
  const loaded = oneEvent(builder, 'impact-stories-load');
  choose(builder, id, value);
  await loaded;
  await builder.updateComplete;
}

type ListEvent = 'impact-stories-load' | 'impact-stories-error';

/** Types a feed address and submits the form, then waits for the preview's answer. */
async function typeFeed(builder: ImpactEmbedBuilderElement, url: string, event: ListEvent = 'impact-stories-load') {
  const field = $<HTMLInputElement>(builder, '#src');
  field.value = url;
  const done = oneEvent(builder, event);
  $<HTMLFormElement>(builder, 'form').requestSubmit();
  await done;
  await builder.updateComplete;
}

/** A same-origin frame holding `markup` as a whole page, as if pasted into a blank CMS page. */
async function pastedPage(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Pasted snippet';
  // In view, so the lazy-loading iframe inside a pasted iframe snippet loads.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 800px; height: 600px; border: 0; background: white';
  frame.srcdoc = `<!doctype html><html lang="en"><head><title>Pasted</title></head><body>${markup}</body></html>`;
  const loaded = oneEvent(frame, 'load');
  attach(frame);
  await loaded;
  return frame;
}

/** The list in `doc`, once it shows its stories. */
async function shownList(doc: Document): Promise<ImpactStoryListElement> {
  const list = doc.querySelector('impact-story-list');
  if (!list) throw new Error('The pasted page has no <impact-story-list>.');
  if (list.state !== 'loaded') {
    const failed = oneEvent(list, 'impact-stories-error').then((event) => {
      throw new Error(`The pasted list failed: ${(event as CustomEvent<{ message: string }>).detail.message}`);
    });
    await Promise.race([oneEvent(list, 'impact-stories-load'), failed]);
  }
  await list.updateComplete;
  return list;
}

describe('<impact-embed-builder>', () => {
  it('starts with the sample feed beside the page, as an absolute URL', async () => {
    const builder = await loadedBuilder();
    const expected = absolute('sample/impact-stories.json');
    expect($<HTMLInputElement>(builder, '#src').value).to.equal(expected);
    expect(parse(snippet(builder, 'script')).querySelector('impact-story-list')!.getAttribute('src')).to.equal(expected);
    // A first page of stories, not the whole archive, and the snippets say so.
    expect(cardTitles(preview(builder))).to.have.length(6);
    expect(parse(snippet(builder, 'script')).querySelector('impact-story-list')!.getAttribute('page-size')).to.equal('6');
  });

  it('fills project, country and year from the values in the feed', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    const projects = optionValues(builder, 'project');
    expect(projects[0]).to.equal('');
    expect($<HTMLSelectElement>(builder, '#project').options[0]!.textContent).to.equal('All projects');
    expect(projects).to.include.members(['Skills 21', 'PROSPECTS', 'ACCEL Africa']);
    expect(projects).to.have.length(new Set(projects).size);
    expect(optionValues(builder, 'country')).to.include.members(['', 'Bangladesh', 'Madagascar', 'Türkiye']);
    expect(optionValues(builder, 'year')).to.deep.equal(['', '2022', '2021']);
    expect($(builder, '#feed-status').textContent).to.contain('20 stories in “ILO impact stories”');
  });

  it('updates the preview and both snippets, with nothing for defaults', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    await filterBy(builder, 'project', 'Skills 21');
    $(builder, '#group-by-month').click();
    await builder.updateComplete;

    expect(cardTitles(preview(builder))).to.have.length(6);
    expect(groupHeadings(preview(builder))).to.deep.equal(['July 2022', 'August 2021']);

    const scriptDoc = parse(snippet(builder, 'script'));
    expect(scriptDoc.querySelector('script')!.getAttribute('src')).to.equal(urls.scriptUrl);
    expect(scriptDoc.querySelector('script')!.getAttribute('type')).to.equal('module');
    const list = scriptDoc.querySelector('impact-story-list')!;
    expect(list.getAttributeNames()).to.deep.equal(['src', 'project', 'page-size', 'group-by']);
    expect(list.getAttribute('src')).to.equal(absolute(SAMPLE_FEED));
    expect(list.getAttribute('project')).to.equal('Skills 21');
    expect(list.getAttribute('group-by')).to.equal('month');
    expect(list.querySelector('a')!.getAttribute('href')).to.equal('https://www.ilo.org/impact-stories');

    const frameDoc = parse(snippet(builder, 'iframe'));
    const frame = frameDoc.querySelector('iframe')!;
    const frameUrl = new URL(frame.getAttribute('src')!);
    expect(frameUrl.origin + frameUrl.pathname).to.equal(urls.embedUrl);
    expect([...frameUrl.searchParams]).to.deep.equal([
      ['src', absolute(SAMPLE_FEED)],
      ['project', 'Skills 21'],
      ['page-size', '6'],
      ['group-by', 'month'],
    ]);
    expect(frame.title).to.equal('ILO impact stories: Skills 21');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('height')).to.equal('640');
    expect(frame.getAttribute('style')).to.equal('width:100%;border:0');
    expect(frameDoc.querySelector('script')!.getAttribute('src')).to.equal(urls.embedHostUrl);
  });

  it('writes every non-default choice, and leaves out invalid numbers with an error on the field', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    await filterBy(builder, 'year', '2021');
    await filterBy(builder, 'country', 'Madagascar');
    $(builder, '#layout-grid').click();
    choose(builder, 'theme', 'dark');
    choose(builder, 'locale', 'fr');
    choose(builder, 'heading-level', '3');
    const limit = $<HTMLInputElement>(builder, '#limit');
    limit.value = '0';
    limit.dispatchEvent(new Event('input', { bubbles: true }));
    const pageSize = $<HTMLInputElement>(builder, '#page-size');
    pageSize.value = '1';
    pageSize.dispatchEvent(new Event('input', { bubbles: true }));
    await builder.updateComplete;

    expect(limit.getAttribute('aria-invalid')).to.equal('true');
    expect($(builder, '#limit-error').textContent).to.contain('whole number');
    const list = parse(snippet(builder, 'script')).querySelector('impact-story-list')!;
    expect(Object.fromEntries(list.getAttributeNames().map((name) => [name, list.getAttribute(name)]))).to.deep.equal({
      src: absolute(SAMPLE_FEED),
      country: 'Madagascar',
      year: '2021',
      'page-size': '1',
      layout: 'grid',
      'heading-level': '3',
      theme: 'dark',
      locale: 'fr',
    });
    expect(cardTitles(preview(builder))).to.have.length(1);
    expect(shadow(preview(builder)).querySelector('[part="load-more"]')).to.not.equal(null);
  });

  it('lets editors write their own fallback link, and says what is wrong with an address that is not a web address', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    expect($<HTMLInputElement>(builder, '#fallback-href').value).to.equal('https://www.ilo.org/impact-stories');
    const type = async (id: string, value: string) => {
      const field = $<HTMLInputElement>(builder, `#${id}`);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await builder.updateComplete;
      return field;
    };
    await type('fallback-text', 'Stories from our partners');
    await type('fallback-href', 'https://partner.example/stories');
    const link = () => parse(snippet(builder, 'script')).querySelector('impact-story-list a');
    expect([link()!.textContent, link()!.getAttribute('href')]).to.deep.equal([
      'Stories from our partners',
      'https://partner.example/stories',
    ]);
    const field = await type('fallback-href', 'javascript:alert(1)');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect($(builder, '#fallback-href-error').textContent).to.contain('https://');
    expect(link()).to.equal(null);
    expect(field.value, 'the typed text stays').to.equal('javascript:alert(1)');
    await type('fallback-href', '');
    expect(link()).to.equal(null);
    expect($(builder, '#fallback-href-error')).to.equal(null);
  });

  it('leaves the media contact out of the preview and both snippets when unticked', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    expect(shadow(preview(builder)).querySelector('[part="media-contact"]')).not.to.equal(null);
    $(builder, '#media-contact').click();
    await builder.updateComplete;
    expect(shadow(preview(builder)).querySelector('[part="media-contact"]')).to.equal(null);
    expect(snippet(builder, 'script')).to.contain(' hide-media-contact>');
    const frameUrl = new URL(parse(snippet(builder, 'iframe')).querySelector('iframe')!.getAttribute('src')!);
    expect(frameUrl.searchParams.get('hide-media-contact')).to.equal('');
  });

  it('names the language setting for what it changes, and keeps the iframe option with the iframe snippet', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    expect($(builder, 'label[for="locale"]').textContent).to.equal('Language');
    expect($(builder, '#locale-hint').textContent).to.contain('Load more stories');
    expect($(builder, '#fit').closest('.snippet-group')!.querySelector('#iframe-snippet')).not.to.equal(null);
  });

  it('drops the iframe snippet’s script line when the editor unticks it', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    $(builder, '#fit').click();
    await builder.updateComplete;
    const doc = parse(snippet(builder, 'iframe'));
    expect(doc.querySelector('script')).to.equal(null);
    expect(doc.querySelector('iframe')).to.not.equal(null);
  });

  it('does not fetch the feed again when only other settings change', async () => {
    const name = `builder-${Date.now()}`;
    const builder = await loadedBuilder(`/__test__/counted/${name}?file=/sample/impact-stories.json`);
    await filterBy(builder, 'project', 'Skills 21');
    $(builder, '#layout-compact').click();
    choose(builder, 'locale', 'es');
    await builder.updateComplete;
    expect(Number(await (await fetch(`/__test__/count/${name}`)).text())).to.equal(1);
  });

  it('says when the feed cannot be loaded, and offers only "All"', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    await typeFeed(builder, '/__test__/status/404', 'impact-stories-error');
    expect($(builder, '#feed-status').textContent).to.contain('HTTP 404');
    expect(optionValues(builder, 'project')).to.deep.equal(['']);
    await typeFeed(builder, SAMPLE_FEED);
    expect(optionValues(builder, 'year')).to.deep.equal(['', '2022', '2021']);
  });

  it('forgets a project the new feed does not have, and restores the starting feed when the field is cleared', async () => {
    const builder = await loadedBuilder();
    await filterBy(builder, 'project', 'Skills 21');
    await typeFeed(builder, testFeed('hostile-feed.json'));
    expect($<HTMLSelectElement>(builder, '#project').value).to.equal('');
    expect(optionValues(builder, 'project')).to.deep.equal(['', 'Hostile']);
    expect(parse(snippet(builder, 'script')).querySelector('impact-story-list')!.hasAttribute('project')).to.equal(false);

    await typeFeed(builder, '  ');
    expect($<HTMLInputElement>(builder, '#src').value).to.equal(absolute('sample/impact-stories.json'));
    // A first page of stories, not the whole archive, and the snippets say so.
    expect(cardTitles(preview(builder))).to.have.length(6);
    expect(parse(snippet(builder, 'script')).querySelector('impact-story-list')!.getAttribute('page-size')).to.equal('6');
  });

  describe('escaping', () => {
    const src = 'https://example.org/feed.json';
    const settings = (changes: Partial<EmbedSettings>): EmbedSettings => ({ ...defaultSettings, src, ...changes });

    it('round-trips any project name and fallback through both snippets', () => {
      const fallback = { href: 'https://example.org/?a=1&b="2"', text: '<b>Stories</b> & "more"' };
      const doc = parse(scriptSnippet(settings({ project: hostileProject }), urls.scriptUrl, fallback));
      expect(tagNames(doc)).to.deep.equal(['html', 'head', 'script', 'body', 'impact-story-list', 'a']);
      expect(doc.querySelector('impact-story-list')!.getAttribute('project')).to.equal(hostileProject);
      expect(doc.querySelector('a')!.getAttribute('href')).to.equal(fallback.href);
      expect(doc.querySelector('a')!.textContent!.trim()).to.equal(fallback.text);

      const frameDoc = parse(iframeSnippet(settings({ project: hostileProject }), { embedUrl: urls.embedUrl, title: hostileProject }));
      expect(tagNames(frameDoc)).to.deep.equal(['html', 'head', 'body', 'iframe']);
      const frame = frameDoc.querySelector('iframe')!;
      expect(new URL(frame.getAttribute('src')!).searchParams.get('project')).to.equal(hostileProject);
      expect(frame.title).to.equal(hostileProject);
    });

    it('round-trips a hostile feed URL and hostile feed values chosen in the form', async () => {
      const builder = await loadedBuilder(SAMPLE_FEED);
      const typed = `${testFeed('hostile-feed.json')}?x="<b>&amp;</b>'&y=<i>`;
      await typeFeed(builder, typed);
      const country = '<svg onload="window.__pwned=\'country\'">';
      expect(optionValues(builder, 'country')).to.include(country);
      await filterBy(builder, 'country', country);
      expect(cardTitles(preview(builder))).to.have.length(1);

      const src = absolute(typed);
      const doc = parse(snippet(builder, 'script'));
      expect(tagNames(doc)).to.deep.equal(['html', 'head', 'script', 'body', 'impact-story-list']);
      const list = doc.querySelector('impact-story-list')!;
      expect(list.getAttribute('src')).to.equal(src);
      expect(list.getAttribute('country')).to.equal(country);

      const frameDoc = parse(snippet(builder, 'iframe'));
      expect(tagNames(frameDoc)).to.deep.equal(['html', 'head', 'body', 'iframe', 'script']);
      const frame = frameDoc.querySelector('iframe')!;
      const params = new URL(frame.getAttribute('src')!).searchParams;
      expect(params.get('src')).to.equal(src);
      expect(params.get('country')).to.equal(country);
      expect(frame.title).to.equal(`<script>window.__pwned = 'feed title'</script>: ${country}`);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  });

  describe('pasting a snippet into a blank page', () => {
    async function configuredBuilder() {
      const builder = await loadedBuilder(SAMPLE_FEED);
      await filterBy(builder, 'project', 'Skills 21');
      $(builder, '#group-by-month').click();
      $(builder, '#layout-compact').click();
      await builder.updateComplete;
      return builder;
    }

    it('renders what the preview showed, from the script-tag snippet', async () => {
      const builder = await configuredBuilder();
      const frame = await pastedPage(snippet(builder, 'script'));
      const list = await shownList(frame.contentDocument!);
      expect(cardTitles(list)).to.have.length(6);
      expect(cardTitles(list)).to.deep.equal(cardTitles(preview(builder)));
      expect(groupHeadings(list)).to.deep.equal(groupHeadings(preview(builder)));
      expect(list.getAttribute('layout')).to.equal('compact');
    });

    it('renders what the preview showed, from the iframe snippet', async () => {
      const builder = await configuredBuilder();
      const outer = await pastedPage(snippet(builder, 'iframe'));
      const inner = outer.contentDocument!.querySelector('iframe')!;
      const innerDoc = inner.contentDocument;
      const embedLoaded = innerDoc?.readyState === 'complete' && innerDoc.URL.startsWith(urls.embedUrl);
      if (!embedLoaded) await oneEvent(inner, 'load');
      const list = await shownList(inner.contentDocument!);
      expect(cardTitles(list)).to.have.length(6);
      expect(cardTitles(list)).to.deep.equal(cardTitles(preview(builder)));
      expect(groupHeadings(list)).to.deep.equal(groupHeadings(preview(builder)));
    });
  });

  describe('Copy', () => {
    const stubClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: writeText });
    afterEach(() => Reflect.deleteProperty(navigator.clipboard, 'writeText'));

    async function clickCopy(box: Element) {
      const done = oneEvent(box, 'impact-snippet-copy');
      shadow(box).querySelector('button')!.click();
      await done;
    }

    it('copies the snippet and says so in a status message', async () => {
      const builder = await loadedBuilder(SAMPLE_FEED);
      const copied: string[] = [];
      stubClipboard(async (text) => void copied.push(text));
      const box = snippetBox(builder, 'iframe');
      const button = shadow(box).querySelector('button')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copy Iframe');
      await clickCopy(box);
      expect(copied).to.deep.equal([snippet(builder, 'iframe')]);
      expect(shadow(box).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Copied.');
    });

    it('selects the snippet and explains when the browser refuses to copy', async () => {
      const builder = await loadedBuilder(SAMPLE_FEED);
      stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      const box = snippetBox(builder, 'script');
      await clickCopy(box);
      const field = shadow(box).querySelector('textarea')!;
      expect(shadow(box).activeElement === field, 'focus').to.equal(true);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      expect(shadow(box).querySelector('[role="status"]')!.textContent).to.contain('Could not copy automatically');
    });
  });

  it('is accessible', async () => {
    const builder = await loadedBuilder(SAMPLE_FEED);
    await expect(builder).to.be.accessible();
  });

  it('stays accessible with a field error and a feed error', async () => {
    const builder = await loadedBuilder(fresh(SAMPLE_FEED));
    const limit = $<HTMLInputElement>(builder, '#limit');
    limit.value = '-2';
    limit.dispatchEvent(new Event('input', { bubbles: true }));
    await typeFeed(builder, '/__test__/status/500', 'impact-stories-error');
    await expect(builder).to.be.accessible();
  });
});
