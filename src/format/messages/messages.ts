import type { FeedErrorKind } from '../../feed/feed-error.js';

export type Criterion = 'project' | 'country' | 'tag' | 'year';

/** Details a translated error sentence may use. `url` and `status` are already isolated for bidi text. */
export interface ErrorDetails {
  url: string;
  status: string;
}

/** Every sentence the widgets show or announce. A page can override any of them with setMessages(). */
export interface Messages {
  loading: string;
  loadMore: string;
  retry: string;
  undated: string;
  mediaContact: string;
  /** Read before a photo credit, e.g. "Photo:". */
  photo: string;
  /** Read before a story's project, e.g. "Project:". */
  project: string;
  /** Read before a story's countries; `count` is how many. */
  countries: (count: number) => string;
  noStories: string;
  /** `criteria` is already joined, e.g. "project Skills 21 and year 2019". */
  noStoriesFor: (criteria: string) => string;
  criterion: Record<Criterion, string>;
  /** `count` as a number for plural rules, `shown` formatted for the locale. */
  moreLoaded: (count: number, shown: string) => string;
  noFeed: string;
  badFeedUrl: (src: string) => string;
  /** Error sentences for readers; English uses the FeedError's own message. */
  feedError?: (kind: Exclude<FeedErrorKind, 'no-feed'>, details: ErrorDetails) => string;
}
