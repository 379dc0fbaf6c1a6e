// @ts-check
// The packages' own code, built into their dist/ by `npm run build`: the command reads and renders feeds with the
// core (impact-stories-core) and the server renderer (impact-stories-ssr), so it reads a feed exactly as the
// widgets do. Loaded on first use, so that `--help` and usage errors need no build.

/**
 * A built module of a workspace package (`impact-stories-ssr/internal/server/read-feed`); a plain error when the
 * packages are not built. Its type is the caller's to say, as the loaders below do.
 * @param {string} specifier
 * @returns {Promise<unknown>}
 */
export async function widgetsModule(specifier) {
  try {
    return await import(specifier);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(`The packages' code is not built (${specifier} is missing): run npm run build.`, { cause: error });
  }
}

/** The feed reader for Node (packages/ssr/src/server/read-feed.ts). */
export const widgetsReader = () =>
  /** @type {Promise<typeof import('impact-stories-ssr/internal/server/read-feed')>} */ (
    widgetsModule('impact-stories-ssr/internal/server/read-feed')
  );

/** Where the widgets look for a split feed, and the slugs in its path (packages/core/src/feed/split-feeds.ts). */
export const widgetsSplitFeeds = () =>
  /** @type {Promise<typeof import('impact-stories-core/feed/split-feeds')>} */ (widgetsModule('impact-stories-core/feed/split-feeds'));

/** How the widgets read a story's date, and the day it is shown with (packages/core/src/feed/parse-date.ts). */
export const widgetsDates = () =>
  /** @type {Promise<typeof import('impact-stories-core/feed/parse-date')>} */ (widgetsModule('impact-stories-core/feed/parse-date'));

/** Which addresses the widgets follow (packages/core/src/feed/safe-url.ts). */
export const widgetsUrls = () =>
  /** @type {Promise<typeof import('impact-stories-core/feed/safe-url')>} */ (widgetsModule('impact-stories-core/feed/safe-url'));
