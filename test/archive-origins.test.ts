import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../packages/core/src/feed/normalise-feed.js';
import { splitFeedUrl } from '../packages/core/src/feed/split-feeds.js';
import { attach, cards, createList, loadEvent } from './helpers.js';

const FEED_URL = 'https://stories.example.org/feeds/feed.json';
const feed = (extra: Record<string, unknown>) => ({ version: 'https://jsonfeed.org/version/1.1', items: [], ...extra });
const head = (extra: Record<string, unknown>) => normaliseFeed(feed(extra), FEED_URL);

describe('next pages and split feeds are read from the feed’s own origin', () => {
  it('follows next_url on the feed’s origin, relative or absolute', () => {
    expect(head({ next_url: 'feed-2.json' }).nextUrl).to.equal('https://stories.example.org/feeds/feed-2.json');
    expect(head({ next_url: 'https://stories.example.org/a/feed-2.json' }).nextUrl).to.equal('https://stories.example.org/a/feed-2.json');
  });

  it('ignores next_url on any other origin, the host page’s own included', () => {
    for (const next of [
      location.href,
      'http://stories.example.org/feed-2.json',
      'https://example.org/feed-2.json',
      '//cdn.example.org/f.json',
    ]) {
      expect(head({ next_url: next }).nextUrl, next).to.equal(undefined);
    }
  });

  it('follows next_url on an origin the feed lists in _impact.archive_origins', () => {
    const nextUrl = 'https://cdn.example.org/pages/2.json';
    expect(head({ next_url: nextUrl, _impact: { archive_origins: ['https://cdn.example.org'] } }).nextUrl).to.equal(nextUrl);
    expect(head({ next_url: nextUrl, _impact: { archive_origins: 'https://cdn.example.org' } }).nextUrl).to.equal(undefined);
  });

  it('reads a split feed only on the feed’s origin, or one it lists', () => {
    const split = (path: string, archive_origins?: string[]) =>
      splitFeedUrl(
        head({ _impact: { split: { path, project: { 'Skills 21': 6 } }, archive_origins } }).split,
        { project: 'Skills 21' },
        FEED_URL,
      );
    expect(split('{field}/{slug}/feed.json')).to.equal('https://stories.example.org/feeds/project/skills-21/feed.json');
    expect(split(`${location.origin}/{field}/{slug}/feed.json`)).to.equal(undefined);
    expect(split('https://{slug}.example.org/feed.json')).to.equal(undefined);
    expect(split('https://cdn.example.org/{field}/{slug}.json', ['https://cdn.example.org'])).to.equal(
      'https://cdn.example.org/project/skills-21.json',
    );
  });

  it('shows a feed whose next_url names the host page, without requesting it', async () => {
    const requested: string[] = [];
    const body = feed({
      next_url: `${location.origin}/account/delete`,
      items: [{ id: '1', url: 'https://stories.example.org/1', title: 'One story', date_published: '2022-01-01' }],
    });
    const list = createList({ src: FEED_URL });
    list.fetcher = async (input) => {
      requested.push(String(input));
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/feed+json' } });
    };
    const loaded = loadEvent(list);
    attach(list);
    await loaded;
    await list.updateComplete;
    expect(cards(list)).to.have.length(1);
    expect(requested).to.deep.equal([FEED_URL]);
    expect(list.shadowRoot!.querySelector('[part="load-more"]')).to.equal(null);
  });
});
