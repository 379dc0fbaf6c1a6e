import { expect } from '@open-wc/testing';
import { attach, cards, cardTitles, createList, loadedList, loadEvent, SKILLS_21_TITLES, testFeed } from './helpers.js';

/** The folder `impact-stories split` wrote from sample/stories.csv (scripts/build-sample.mjs). */
const SPLIT_FEED = '/sample/feed.json';

/** How many times the page asked for each of these paths. */
/** Resolves once `list` shows `count` cards: a list fills its first page from the archive's next pages. */
async function showing(list: HTMLElement & { updateComplete: Promise<unknown> }, count: number): Promise<void> {
  await list.updateComplete;
  for (let pages = 0; cards(list).length < count && pages < 5; pages++) {
    await loadEvent(list);
    await list.updateComplete;
  }
}

const requestsFor = (...paths: string[]) =>
  paths.map((path) => performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === path).length);

describe('split feeds (impact-stories split)', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('reads the project’s own feed for a list of one project, and never the whole archive', async () => {
    const { list, detail } = await loadedList({ src: SPLIT_FEED, project: 'Skills 21' });
    expect(cardTitles(list)).to.deep.equal(SKILLS_21_TITLES);
    expect(detail.feed.url).to.match(/\/sample\/project\/skills-21\/feed\.json$/);
    expect(
      requestsFor(SPLIT_FEED, '/sample/project/skills-21/feed.json', '/sample/impact-stories.json', '/sample/feed-2.json'),
    ).to.deep.equal([1, 1, 0, 0]);
  });

  it('takes the smallest split feed among the filters, and filters the rest from it', async () => {
    const { list } = await loadedList({ src: SPLIT_FEED, country: 'Bangladesh', year: '2021' });
    expect(cardTitles(list)).to.deep.equal(['A boost to skills training in Bangladesh']);
    // 2021 holds 8 stories, Bangladesh 7.
    expect(requestsFor('/sample/country/bangladesh/feed.json', '/sample/year/2021/feed.json')).to.deep.equal([1, 0]);
  });

  it('makes one request per address for lists that share a feed', async () => {
    const filters: Record<string, string>[] = [{ project: 'Skills 21' }, { project: 'skills 21', layout: 'grid' }, {}];
    const lists = filters.map((each) => createList({ src: SPLIT_FEED, ...each }));
    const loaded = lists.map(loadEvent);
    for (const list of lists) attach(list);
    await Promise.all(loaded);
    expect(requestsFor(SPLIT_FEED, '/sample/project/skills-21/feed.json')).to.deep.equal([1, 1]);
  });

  it('follows a change of filter to that value’s feed, and back to the main feed', async () => {
    const { list } = await loadedList({ src: SPLIT_FEED, project: 'Skills 21' });
    let loaded = loadEvent(list);
    list.project = 'PROSPECTS';
    await loaded;
    await list.updateComplete;
    expect(cardTitles(list)).to.deep.equal(['From refugee to digital worker']);
    loaded = loadEvent(list);
    list.project = null;
    await loaded;
    await showing(list, 20);
    expect(cards(list).length).to.equal(20);
    expect(requestsFor('/sample/project/prospects/feed.json')).to.deep.equal([1]);
  });

  it('reads a split feed for a filter set after the main feed was shown', async () => {
    const { list } = await loadedList({ src: SPLIT_FEED });
    await showing(list, 20);
    const loaded = loadEvent(list);
    list.project = 'Skills 21';
    await loaded;
    await list.updateComplete;
    expect(cardTitles(list)).to.deep.equal(SKILLS_21_TITLES);
    expect(requestsFor('/sample/project/skills-21/feed.json')).to.deep.equal([1]);
  });

  it('fills its first page from the archive’s next pages, then offers Load more', async () => {
    const { list } = await loadedList({ src: SPLIT_FEED, 'page-size': '15' });
    // The main feed's first page holds 12 stories; the list shows 15.
    await showing(list, 15);
    expect(cards(list).length).to.equal(15);
    expect(requestsFor(SPLIT_FEED, '/sample/feed-2.json')).to.deep.equal([1, 1]);
    expect(list.shadowRoot!.querySelector('[part="load-more"]')).not.to.equal(null);
  });

  it('reads the whole feed when a split feed it names cannot be read', async () => {
    const { list } = await loadedList({ src: testFeed('split-missing-feed.json'), project: 'Skills 21' });
    expect(cardTitles(list)).to.deep.equal(SKILLS_21_TITLES.slice(0, 2));
    expect(list.state).to.equal('loaded');
  });

  it('works as before with a feed that names no split feeds', async () => {
    const { list } = await loadedList({ src: '/sample/impact-stories.json', project: 'Skills 21' });
    expect(cardTitles(list)).to.deep.equal(SKILLS_21_TITLES);
    expect(requestsFor('/sample/impact-stories.json', '/sample/project/skills-21/feed.json')).to.deep.equal([1, 0]);
  });
});
