// The baseline: a minimal hand-written renderer of the same cards, with no library. It builds the widget's
// markup (elements, classes, parts, hidden labels) in a shadow root styled by the widget's own style sheets,
// so the ratio measures what the library adds, not a difference in what is drawn.
// The widget's style sheets as text, written by scripts/bench/run.mjs.
import listStyles from '/bench-results/list-styles.js';
import { afterPaint, domNodes, params, sinceFeedResponse } from './measure.js';

const feed = params.get('feed');
const pageSize = Number(params.get('page-size')) || 50;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const label = (words) => element('span', { class: 'visually-hidden', lang: 'en' }, `${words} `);

function pin() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M8 0a6 6 0 0 0-6 6c0 4.5 6 10 6 10s6-5.5 6-10a6 6 0 0 0-6-6Zm0 8.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5Z');
  svg.append(path);
  return svg;
}

function card(item, mediaArea) {
  const impact = item._impact ?? {};
  const countries = impact.countries ?? [];
  const text = element(
    'div',
    { class: 'text' },
    element('h2', { part: 'title', class: 'title' }, element('a', { part: 'link', href: item.url }, item.title)),
  );
  if (item.date_published) {
    const time = element('time', { part: 'date', datetime: item.date_published }, dateFormat.format(Date.parse(item.date_published)));
    text.append(element('p', { class: 'date', lang: 'en' }, time));
  }
  if (item.summary) text.append(element('p', { part: 'summary', class: 'summary' }, item.summary));
  text.append(
    element(
      'p',
      { part: 'meta', class: 'meta' },
      element('span', { class: 'chip' }, label('Project:'), impact.project ?? ''),
      ' ',
      element('span', {}, pin(), label(countries.length === 1 ? 'Country:' : 'Countries:'), countries.join(', ')),
    ),
  );
  const article = element('article', { part: 'card', class: `card list${item.image || mediaArea ? ' has-media' : ''}` }, text);
  if (item.image) {
    const image = element('img', {
      part: 'image',
      class: 'image',
      src: item.image,
      alt: impact.image_alt ?? '',
      width: '600',
      height: '400',
      loading: 'lazy',
      decoding: 'async',
    });
    const figure = element('figure', { class: 'figure' }, image);
    if (impact.image_credit)
      figure.append(element('figcaption', { part: 'credit', class: 'credit' }, label('Photo:'), impact.image_credit));
    article.append(figure);
  } else if (mediaArea) {
    article.append(element('div', { part: 'no-photo', class: 'figure no-photo', 'aria-hidden': 'true' }, impact.project ?? ''));
  }
  return element('li', {}, article);
}

const host = document.createElement('div');
const root = host.attachShadow({ mode: 'open' });
const sheet = new CSSStyleSheet();
sheet.replaceSync(listStyles);
root.adoptedStyleSheets = [sheet];
document.getElementById('main').append(host);

window.benchResult = (async () => {
  const json = await (await fetch(feed)).json();
  const items = json.items
    .filter((item) => item.id && item.title && item.url)
    .sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published))
    .slice(0, pageSize);
  const mediaArea = items.some((item) => item.image);
  root.append(
    element(
      'div',
      { class: 'root' },
      element(
        'div',
        { class: 'body list' },
        element('ul', { part: 'list', class: 'cards', role: 'list' }, ...items.map((item) => card(item, mediaArea))),
      ),
    ),
  );
  await afterPaint();
  return { renderMs: sinceFeedResponse(feed, performance.now()), cards: items.length, domNodes: domNodes() };
})();
