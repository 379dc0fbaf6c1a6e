import { expect } from '@open-wc/testing';
import { safeHttpUrl, safeMailtoUrl } from '../packages/core/src/feed/safe-url.js';
import { hasUntidyItems, markup, names, normaliseFeed, prose, text } from '../packages/core/src/feed/normalise-feed.js';
import { bounded, MAX_LENGTH } from '../packages/core/src/feed/bounded-text.js';
import { isoDate, parseStoryDate } from '../packages/core/src/feed/parse-date.js';
import { slugOf } from '../packages/core/src/feed/split-feeds.js';
import { untidyItemReader, withoutMarkdownLinks } from '../packages/core/src/feed/untidy-items.js';
import { rfc822ToIso, xmlToJsonFeed } from '../packages/core/src/feed/xml-feed.js';
import { isObject } from '../packages/core/src/feed/normalise-feed.js';

/**
 * Every regular expression that reads feed text, given 100 KB written to make a backtracking matcher work hardest
 * (runs of what one quantifier accepts, with the ending that makes the match fail). A linear match of 100 KB takes
 * well under a millisecond; the quadratic e-mail check this guards against took seconds. 50 ms, the best of three
 * runs, leaves room for a loaded machine and a first, unoptimised run; a quadratic match fails all three.
 */
const LIMIT_MS = 50;
const SIZE = 100_000;
const run = (unit: string, ending = '') => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE) + ending;

/** The best of three runs, so a pause of the machine (another process, a garbage collection) is not a failure. */
function fastestMs(work: () => unknown, limit: number): number {
  let best = Infinity;
  for (let run = 0; run < 3 && best >= limit; run++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function expectQuick(label: string, work: () => unknown, limit = LIMIT_MS) {
  const ms = fastestMs(work, limit);
  expect(ms, `${label}: ${ms.toFixed(1)} ms`).to.be.below(limit);
}

/** A whole item runs about ten of the expressions above, and parses its URLs: ten times one's limit. */
const ITEM_LIMIT_MS = LIMIT_MS * 10;

const pathological = [
  run('.', '@'),
  run('a.', ' '),
  run('a@'),
  run('a.b@'),
  run(' '),
  run(' \t'),
  run('-', 'x'),
  run('&a'),
  run('&', 'a'),
  run('&#x1'),
  run('<'),
  run('<a'),
  run('['),
  run('[a]('),
  run('![a]([b]'),
  run('1'),
  run('2020-01-01 '),
  run('Mon, 1 '),
  run(','),
  run('http://a'),
  run('é'),
  run('\uD800'),
];

describe('regular expressions over feed text run in linear time', () => {
  it('e-mail addresses (the media contact)', () => {
    for (const value of pathological) {
      expectQuick('safeMailtoUrl', () => safeMailtoUrl(value));
      expectQuick('safeMailtoUrl after a local part', () => safeMailtoUrl(`name@${value}`));
      expectQuick('safeMailtoUrl mailto:', () => safeMailtoUrl(`mailto:a@b${value}.org`));
    }
    expect(safeMailtoUrl('press@example.org')).to.equal('mailto:press@example.org');
    expect(safeMailtoUrl('a@b.c.example.org')).to.equal('mailto:a@b.c.example.org');
    expect(safeMailtoUrl('a@example')).to.equal(undefined);
    expect(safeMailtoUrl('a@.example.org')).to.equal(undefined);
    expect(safeMailtoUrl('a@example..org')).to.equal(undefined);
  });

  it('addresses, text, names, dates and slugs', () => {
    for (const value of pathological) {
      expectQuick('safeHttpUrl', () => safeHttpUrl(value, 'https://example.org/'));
      expectQuick('safeHttpUrl absolute', () => safeHttpUrl(`https://example.org/${value}`));
      expectQuick('text', () => text(value));
      expectQuick('prose', () => prose(value));
      expectQuick('bounded', () => bounded(value, MAX_LENGTH.id));
      expectQuick('names', () => names(value));
      expectQuick('markup', () => markup.test(value));
      expectQuick('parseStoryDate', () => parseStoryDate(value));
      expectQuick('isoDate', () => isoDate.test(value));
      expectQuick('slugOf', () => slugOf(value));
      expectQuick('rfc822ToIso', () => rfc822ToIso(value));
    }
  });

  it('whole items, through the tidy and the untidy readers', () => {
    const reader = untidyItemReader({ text, isObject, safeHttpUrl, markup, limits: MAX_LENGTH });
    for (const value of pathological) {
      const item = { id: value, url: value, title: value, summary: value, content_text: value, content_html: value, image: value };
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: value, items: [item], _impact: { media_contact: value } };
      expectQuick('normaliseFeed', () => normaliseFeed(feed, 'https://example.org/feed.json'), ITEM_LIMIT_MS);
      expectQuick('hasUntidyItems', () => hasUntidyItems(feed));
      expectQuick('withoutMarkdownLinks', () => withoutMarkdownLinks(value));
      expectQuick('the untidy reader', () => reader.headingOf({ ...item, title: '', summary: '' }), ITEM_LIMIT_MS);
      expectQuick('the untidy reader, titled', () => reader.headingOf(item), ITEM_LIMIT_MS);
    }
  });

  it('RSS dates, text and links', async () => {
    for (const value of pathological) {
      const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const rss = `<rss version="2.0"><channel><title>t</title><item><title>${escaped}</title><link>${escaped}</link>
        <description>${escaped}</description><pubDate>${escaped}</pubDate></item></channel></rss>`;
      // The time includes parsing 100 KB of XML, linear but not free: a whole item's limit, best of three.
      let ms = Infinity;
      for (let run = 0; run < 3 && ms >= ITEM_LIMIT_MS; run++) {
        const started = performance.now();
        await xmlToJsonFeed(rss);
        ms = Math.min(ms, performance.now() - started);
      }
      expect(ms, `xmlToJsonFeed: ${ms.toFixed(1)} ms`).to.be.below(ITEM_LIMIT_MS);
    }
  });
});
