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
export { FeedError, type FeedErrorKind } from './feed/feed-error.js';
export { fetchFeed, type FetchFeedOptions } from './feed/fetch-feed.js';
export { normaliseFeed } from './feed/normalise-feed.js';
export type { Feed, MediaContact, SkippedItem, Story, StoryDate } from './feed/story.js';
export { VERSION } from './version.js';
