/** Every sentence the widgets show or announce, so they can be translated in one place. */
export const messages = {
  loading: 'Loading stories…',
  loadMore: 'Load more stories',
  retry: 'Retry',
  undated: 'Undated',
  mediaContact: 'Media contact:',
  noStories: 'This feed has no stories yet.',
  noStoriesFor: (criteria: string) => `No stories found for ${criteria}.`,
  criterion: { project: 'project', country: 'country', tag: 'tag', year: 'year' } as Record<string, string>,
  moreLoaded: (count: number) => `${count} more ${count === 1 ? 'story' : 'stories'} loaded.`,
  noFeed: 'No feed is configured: give this list a src attribute, or set a default feed for the page.',
  badFeedUrl: (src: string) => `The feed address "${src}" is not an http(s) URL.`,
};
