export type Criterion = 'project' | 'country' | 'tag' | 'year';

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
  /** Read before a story's authors; `count` is how many. */
  authors: (count: number) => string;
  noStories: string;
  /** `criteria` is already joined, e.g. "project Skills 21 and year 2019". */
  noStoriesFor: (criteria: string) => string;
  criterion: Record<Criterion, string>;
  /** `count` as a number for plural rules, `shown` formatted for the locale. */
  moreLoaded: (count: number, shown: string) => string;
  noFeed: string;
  badFeedUrl: (src: string) => string;
  /**
   * Said first when a feed cannot be loaded, e.g. "The stories could not be loaded."; the technical reason for
   * the page's author follows, in English. Left out (by `setMessages`), only the technical reason is said.
   */
  couldNotLoad?: string;
}
