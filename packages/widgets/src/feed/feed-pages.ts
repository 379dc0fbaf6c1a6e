import type { Feed } from 'impact-stories-core/feed/story';

/** A feed with the next page of its archive (read from `next_url`) appended; repeated ids are dropped. */
export function appendFeedPage(feed: Feed, next: Feed): Feed {
  const seen = new Set(feed.stories.map((story) => story.id));
  return {
    ...feed,
    stories: [...feed.stories, ...next.stories.filter((story) => !seen.has(story.id))],
    skipped: [...feed.skipped, ...next.skipped],
    nextUrl: next.nextUrl !== feed.nextUrl ? next.nextUrl : undefined,
  };
}
