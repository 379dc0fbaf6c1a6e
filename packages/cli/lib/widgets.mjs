// @ts-check
// The widgets' own code, built into dist/lib by `npm run build`: the command reads and renders feeds with it, so
// it reads a feed exactly as the widgets do.
import { existsSync } from 'node:fs';

const lib = new URL('../../dist/lib/', import.meta.url);

/**
 * A module of dist/lib (`server/read-feed.js`); a plain error when the widgets are not built.
 * @param {string} path
 */
export async function widgetsModule(path) {
  if (!existsSync(new URL(path, lib))) throw new Error(`The widgets' code is not built (dist/lib/${path} is missing): run npm run build.`);
  return import(new URL(path, lib).href);
}

/** The widgets' feed reader for Node (src/server/read-feed.ts). @returns {Promise<typeof import('../../dist/lib/server/read-feed.js')>} */
export const widgetsReader = () => widgetsModule('server/read-feed.js');
