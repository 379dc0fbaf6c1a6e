// @ts-check
// The widgets' own code, built into dist/lib by `npm run build`: the command reads and renders feeds with it, so
// it reads a feed exactly as the widgets do. Loaded on first use, so that `--help` and usage errors need no build.
import { existsSync } from 'node:fs';

const lib = new URL('../../dist/lib/', import.meta.url);

/**
 * A module of dist/lib (`server/read-feed.js`); a plain error when the widgets are not built. Its type is the
 * caller's to say (`typeof import('../../dist/lib/…')`), as the loaders below do.
 * @param {string} path
 * @returns {Promise<unknown>}
 */
export async function widgetsModule(path) {
  if (!existsSync(new URL(path, lib))) throw new Error(`The widgets' code is not built (dist/lib/${path} is missing): run npm run build.`);
  return import(new URL(path, lib).href);
}

/** The widgets' feed reader for Node (src/server/read-feed.ts). */
export const widgetsReader = () =>
  /** @type {Promise<typeof import('../../dist/lib/server/read-feed.js')>} */ (widgetsModule('server/read-feed.js'));

/** Where the widgets look for a split feed, and the slugs in its path (src/feed/split-feeds.ts). */
export const widgetsSplitFeeds = () =>
  /** @type {Promise<typeof import('../../dist/lib/feed/split-feeds.js')>} */ (widgetsModule('feed/split-feeds.js'));

/** How the widgets read a story's date, and the day it is shown with (src/feed/parse-date.ts). */
export const widgetsDates = () =>
  /** @type {Promise<typeof import('../../dist/lib/feed/parse-date.js')>} */ (widgetsModule('feed/parse-date.js'));

/** Which addresses the widgets follow (src/feed/safe-url.ts). */
export const widgetsUrls = () =>
  /** @type {Promise<typeof import('../../dist/lib/feed/safe-url.js')>} */ (widgetsModule('feed/safe-url.js'));
