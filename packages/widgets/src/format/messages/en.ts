import type { Messages } from './messages.js';

export const en: Messages = {
  loading: 'Loading stories…',
  loadMore: 'Load more stories',
  retry: 'Retry',
  undated: 'Undated',
  mediaContact: 'Media contact:',
  photo: 'Photo:',
  project: 'Project:',
  countries: (count) => (count === 1 ? 'Country:' : 'Countries:'),
  authors: (count) => (count === 1 ? 'Author:' : 'Authors:'),
  noStories: 'This feed has no stories yet.',
  noStoriesFor: (criteria) => `No stories found for ${criteria}.`,
  criterion: { project: 'project', country: 'country', tag: 'tag', year: 'year' },
  moreLoaded: (count, shown) => `${shown} more ${count === 1 ? 'story' : 'stories'} loaded.`,
  couldNotLoad: 'The stories could not be loaded.',
  noFeed: 'No feed is configured: give this list a src attribute, or set a default feed for the page.',
  badFeedUrl: (src) => `The feed address "${src}" is not an http(s) URL.`,
};
