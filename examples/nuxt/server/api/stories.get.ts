// The Skills 21 list as HTML, rendered on the server with renderStoryList().
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderStoryList } from 'impact-stories-ssr';

export default defineEventHandler(async (event) => {
  // The feed's absolute URL, from the site's configured address (NUXT_PUBLIC_SITE_URL), never from the request's
  // Host header, which any client can set.
  const src = new URL('/sample/impact-stories.json', useRuntimeConfig(event).public.siteUrl).href;
  // Without `feed`, renderStoryList fetches `src` itself; the example hands it the sample feed.
  const feed = JSON.parse(await readFile(join(process.cwd(), '../../sample/impact-stories.json'), 'utf8'));
  return renderStoryList({ src, feed, attributes: { project: 'Skills 21', layout: 'grid' } });
});
