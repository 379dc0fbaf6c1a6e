// A server component: the list is rendered at build time with renderStoryList(), so the page's HTML carries the
// stories; <HydrateStories> then loads the elements in the browser, and the list hydrates.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderStoryList } from 'impact-stories-ssr';
import HydrateStories from './hydrate-stories.js';

const FEED_URL = process.env.IMPACT_STORIES_FEED_URL ?? 'https://www.ilo.org/impact-stories/feed.json';

export default async function Page() {
  // A real site lets renderStoryList fetch FEED_URL; the example reads the repository's sample feed.
  const feed = JSON.parse(await readFile(join(process.cwd(), '../../sample/impact-stories.json'), 'utf8'));
  const stories = await renderStoryList({ src: FEED_URL, feed, attributes: { project: 'Skills 21', layout: 'grid' } });
  return (
    <main>
      <h1>Skills 21 impact stories</h1>
      {/* The renderer's own HTML (feed text in it is escaped): React passes it on as it is. */}
      <div dangerouslySetInnerHTML={{ __html: stories }} />
      <HydrateStories />
    </main>
  );
}
