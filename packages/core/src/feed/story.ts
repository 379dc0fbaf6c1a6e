/** When a story was published. It is shown as the calendar day the feed wrote, in every time zone. */
export interface StoryDate {
  /** A valid `<time datetime>` value: `YYYY-MM-DD` for date-only input, else an ISO 8601 instant. */
  iso: string;
  /** Milliseconds since the epoch, for sorting. */
  time: number;
  /** The day to show, as midnight UTC of that day (ms since the epoch). */
  day: number;
}

/** One impact story, normalised from a JSON Feed item. Every URL in it is http(s) and absolute. */
export interface Story {
  id: string;
  url: string;
  title: string;
  summary: string;
  published?: StoryDate;
  image?: string;
  /** Empty when the feed gives none: the image is then decorative. */
  imageAlt: string;
  imageCredit: string;
  tags: string[];
  language?: string;
  project: string;
  countries: string[];
  /** Names of the story's authors (JSON Feed `authors`, or 1.0's `author`; RSS `dc:creator`, Atom `author`). */
  authors: string[];
}

export interface MediaContact {
  name?: string;
  email?: string;
  url?: string;
}

/** An item the feed held but that cannot be shown, and why. */
export interface SkippedItem {
  /** Position in the feed's `items`, from 0. */
  index: number;
  id?: string;
  reason: string;
}

/**
 * A feed's `_impact.split`, as `impact-stories split` writes it: the path pattern of its feeds of one project,
 * country or year (`{field}/{slug}/feed.json`, beside the feed), and the number of stories in each, by value.
 */
export interface SplitFeeds {
  path: string;
  project?: Record<string, number>;
  country?: Record<string, number>;
  year?: Record<string, number>;
  /** Origins other than the feed's own that its split feeds may be on (`_impact.archive_origins`). */
  origins?: unknown;
}

export interface Feed {
  /** Where the feeds of one project, country or year are (`impact-stories split`); see split-feeds.ts. */
  split?: SplitFeeds;
  /** The URL the feed was read from; relative URLs in it were resolved against it. */
  url: string;
  title: string;
  homePageUrl?: string;
  language?: string;
  nextUrl?: string;
  mediaContact?: MediaContact;
  stories: Story[];
  skipped: SkippedItem[];
  /** True when the server said `Cache-Control: no-store`: the feed is then never saved on the device. */
  noStore?: boolean;
}

/** A feed's own fields: everything but its stories. */
export type FeedHead = Omit<Feed, 'stories' | 'skipped'>;
