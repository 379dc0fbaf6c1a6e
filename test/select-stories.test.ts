import { expect } from '@open-wc/testing';
import { normaliseFeed } from '../packages/core/src/feed/normalise-feed.js';
import { parseStoryDate } from '../packages/core/src/feed/parse-date.js';
import type { Story } from '../packages/core/src/feed/story.js';
import { filterStories, groupStories, selectPage, sortNewestFirst } from '../packages/widgets/src/select/select-stories.js';
import { SAMPLE_FEED, SKILLS_21_TITLES } from './helpers-without-elements.js';

describe('selecting stories from the sample feed', () => {
  let stories: Story[];
  before(async () => {
    stories = normaliseFeed(await (await fetch(SAMPLE_FEED)).json(), location.href).stories;
  });

  it('Skills 21 gives exactly six stories, newest first', () => {
    const skills = sortNewestFirst(filterStories(stories, { project: 'Skills 21' }));
    expect(skills.map((story) => story.title)).to.deep.equal(SKILLS_21_TITLES);
  });

  it('matches filters trimmed and case-insensitively, but exactly', () => {
    expect(filterStories(stories, { project: '  skills 21 ' })).to.have.length(6);
    expect(filterStories(stories, { project: 'Skills' })).to.have.length(0);
    expect(filterStories(stories, { country: 'MADAGASCAR' }).map((story) => story.countries[0])).to.deep.equal([
      'Madagascar',
      'Madagascar',
    ]);
  });

  it('combines filters', () => {
    expect(filterStories(stories, { project: 'Skills 21', year: '2021' }).map((story) => story.title)).to.deep.equal([
      'A boost to skills training in Bangladesh',
    ]);
    expect(filterStories(stories, { country: 'Philippines', year: ' 2022 ' })).to.have.length(3);
    expect(filterStories(stories, { project: 'Skills 21', country: 'Kenya' })).to.have.length(0);
  });

  it('groups Skills 21 by month: "July 2022" then "August 2021"', () => {
    const groups = groupStories(sortNewestFirst(filterStories(stories, { project: 'Skills 21' })), 'month', 'en');
    expect(groups.map((group) => [group.label, group.stories.length])).to.deep.equal([
      ['July 2022', 5],
      ['August 2021', 1],
    ]);
  });

  it('formats month headings for the locale', () => {
    const groups = groupStories(sortNewestFirst(filterStories(stories, { project: 'Skills 21' })), 'month', 'fr');
    expect(groups.map((group) => group.label)).to.deep.equal(['juillet 2022', 'août 2021']);
  });

  it('groups all stories by year, newest year first', () => {
    const groups = groupStories(sortNewestFirst(stories), 'year', 'en');
    expect(groups.map((group) => [group.label, group.stories.length])).to.deep.equal([
      ['2022', 12],
      ['2021', 8],
    ]);
  });
});

describe('sortNewestFirst', () => {
  const story = (id: string, iso?: string): Story => ({
    id,
    url: 'https://example.org/',
    title: id,
    summary: '',
    published: parseStoryDate(iso),
    imageAlt: '',
    imageCredit: '',
    tags: [],
    authors: [],
    project: '',
    countries: [],
  });

  it('puts undated stories last and keeps feed order for ties', () => {
    const sorted = sortNewestFirst([story('undated'), story('old', '2020-01-01'), story('a', '2022-01-01'), story('b', '2022-01-01')]);
    expect(sorted.map((item) => item.id)).to.deep.equal(['a', 'b', 'old', 'undated']);
    expect(groupStories(sorted, 'year', 'en').map((group) => group.label)).to.deep.equal(['2022', '2020', 'Undated']);
  });

  it('pages within the limit', () => {
    const many = Array.from({ length: 10 }, (_, index) => story(String(index)));
    expect(selectPage(() => many, { pageSize: 4, pages: 1 })).to.deep.include({ total: 10, hasMore: true });
    expect(selectPage(() => many, { pageSize: 4, pages: 3 })!.shown).to.have.length(10);
    expect(selectPage(() => many, { pageSize: 4, pages: 3 })!.hasMore).to.equal(false);
    expect(selectPage(() => many, { limit: 6, pageSize: 4, pages: 2 })).to.deep.include({ hasMore: false });
    expect(selectPage(() => many, { limit: 6, pageSize: 4, pages: 2 })!.shown).to.have.length(6);
    expect(selectPage(() => many, { limit: 3, pages: 1 })!.shown).to.have.length(3);
  });

  it('has no page while the stories are still being read', () => {
    expect(selectPage(() => undefined, { pageSize: 4, pages: 1 })).to.equal(undefined);
  });
});
