// The baseline: a minimal hand-written renderer of the same cards (same markup and page size), no library.
import { afterPaint, domNodes, params, sinceFeedResponse } from './measure.js';

const feed = params.get('feed');
const pageSize = Number(params.get('page-size')) || 50;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function card(item) {
  const article = element('article');
  article.append(element('h2', {}, element('a', { href: item.url }, item.title)));
  if (item.date_published) {
    const date = new Date(item.date_published);
    const text = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    article.append(element('p', {}, element('time', { datetime: item.date_published }, text)));
  }
  if (item.summary) article.append(element('p', {}, item.summary));
  const impact = item._impact ?? {};
  article.append(element('p', {}, impact.project ?? '', ' ', (impact.countries ?? []).join(', ')));
  if (item.image) {
    const figure = element('figure', {}, element('img', { src: item.image, alt: impact.image_alt ?? '', width: '600', height: '400', loading: 'lazy' }));
    if (impact.image_credit) figure.append(element('figcaption', {}, impact.image_credit));
    article.append(figure);
  }
  return element('li', {}, article);
}

window.benchResult = (async () => {
  const json = await (await fetch(feed)).json();
  const items = json.items
    .filter((item) => item.id && item.title && item.url)
    .sort((a, b) => Date.parse(b.date_published) - Date.parse(a.date_published))
    .slice(0, pageSize);
  document.getElementById('main').append(element('ul', {}, ...items.map(card)));
  await afterPaint();
  return { renderMs: sinceFeedResponse(feed, performance.now()), cards: items.length, domNodes: domNodes() };
})();
