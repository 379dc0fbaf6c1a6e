import type { FeedError, FeedErrorKind } from 'impact-stories-core/feed/feed-error';
import type { Feed, Story } from 'impact-stories-core/feed/story';
import type { StoryPage } from '../../select/select-stories.js';
import { warnLater } from 'impact-stories-core/warn-later';

/** Detail of `impact-stories-load`. */
export interface StoriesLoadDetail {
  /** The stories now shown, in order. */
  stories: Story[];
  /** How many stories match the filters (Load more can reach up to `limit` of them). */
  total: number;
  /** How many feed items were skipped because they cannot be shown. */
  skipped: number;
  /** The whole normalised feed. */
  feed: Feed;
}

/** Detail of `impact-stories-error`. */
export interface StoriesErrorDetail {
  kind: FeedErrorKind;
  /** What went wrong, in words for page authors. */
  message: string;
  url: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
}

// The events are documented on the element class, for the custom-elements manifest.
const emit = <T>(list: HTMLElement, type: string, detail: T) =>
  list.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, detail }));

/** `impact-stories-load`: the list shows `page` of the whole `feed`. */
export const announceLoad = (list: HTMLElement, { shown, total }: StoryPage, feed: Feed) =>
  emit<StoriesLoadDetail>(list, 'impact-stories-load', { stories: shown, total, skipped: feed.skipped.length, feed });

/** `impact-stories-error`: the feed could not be loaded (or refreshed, while a saved copy stays); once in the console too. */
export function announceError(list: HTMLElement, { kind, message, url, status }: FeedError): void {
  warnLater((warnings) => warnings.warnFeedError(message));
  emit<StoriesErrorDetail>(list, 'impact-stories-error', { kind, message, url, status });
}
