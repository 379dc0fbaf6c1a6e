/** The element classes and helpers, without registering anything. Import a `*-define` module to register. */
export {
  ImpactStoryCardElement,
  type LinkTarget,
  type StoryLayout,
  type StoryOpenDetail,
  type Theme,
} from './components/impact-story-card/impact-story-card.js';
export {
  ImpactStoryListElement,
  type ListStatus,
  type StoriesErrorDetail,
  type StoriesLoadDetail,
} from './components/impact-story-list/impact-story-list.js';
export { setDefaultFeed, DEFAULT_FEED_META_NAME } from './feed/default-feed.js';
export { setMessages, type Messages } from './format/messages/index.js';
export { FeedError, type FeedErrorKind } from 'impact-stories-core/feed/feed-error';
export { fetchFeed, type FetchFeedOptions } from './feed/fetch-feed.js';
export { normaliseFeed } from 'impact-stories-core/feed/normalise-feed';
export type { Feed, MediaContact, SkippedItem, Story, StoryDate } from 'impact-stories-core/feed/story';
export { VERSION } from './version.js';
