// Eleventy, with a shortcode that prerenders a list of impact stories into the page at build time.
import { readFile } from 'node:fs/promises';
import { renderStoryList } from 'impact-stories-ssr';

/** Where the built site reads its feed from; the list reads it again in the browser, in the background. */
const FEED_URL = process.env.IMPACT_STORIES_FEED_URL ?? 'https://www.ilo.org/impact-stories/feed.json';

export default function (eleventyConfig) {
  // The script-tag files, copied beside the page: impact-stories-ssr.js and the small files it reads.
  eleventyConfig.addPassthroughCopy({ 'node_modules/impact-stories-ssr/dist/impact-stories*.js': 'scripts' });

  eleventyConfig.addShortcode('impactStories', async (project, layout = 'list') => {
    // A build usually fetches the feed (renderStoryList does, without `feed`); this example reads the sample.
    const feed = JSON.parse(await readFile(new URL('../../sample/impact-stories.json', import.meta.url), 'utf8'));
    return renderStoryList({
      src: FEED_URL,
      feed,
      attributes: { project, layout },
      fallback: { href: 'https://www.ilo.org/impact-stories', text: `Read the ${project} impact stories` },
    });
  });

  return { dir: { input: 'src', output: '_site' } };
}
