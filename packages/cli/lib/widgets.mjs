// @ts-check
// The packages' own code, built into their dist/ by `npm run build`: the command reads and renders feeds with the
// core (impact-stories-core) and the server renderer (impact-stories-ssr), so it reads a feed exactly as the
// widgets do.

/**
 * A built module of a workspace package (`impact-stories-ssr/internal/server/read-feed`); a plain error when the
 * packages are not built.
 * @param {string} specifier
 */
export async function widgetsModule(specifier) {
  try {
    return await import(specifier);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(`The packages' code is not built (${specifier} is missing): run npm run build.`, { cause: error });
  }
}

/** The feed reader for Node (packages/ssr/src/server/read-feed.ts). @returns {Promise<typeof import('impact-stories-ssr/internal/server/read-feed')>} */
export const widgetsReader = () => widgetsModule('impact-stories-ssr/internal/server/read-feed');
