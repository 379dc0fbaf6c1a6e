// Reads a command's input: a file, or an http(s) URL.
import { readFile } from 'node:fs/promises';

// The server renderer's own code, built into packages/ssr/dist (as the render command's renderer is).
const serverReader = () => import('impact-stories-ssr/internal/server/read-url');
// The feed decoder, for files too; but scripts/build-sample.mjs runs convert and split on the sample's UTF-8 CSV
// before the packages are built, so without it a file is read as UTF-8.
const decoder = () =>
  import('impact-stories-core/feed/decode-feed-bytes').then(
    (module) => module.decodeFeedBytes,
    () => (/** @type {Uint8Array} */ bytes) => new TextDecoder().decode(bytes),
  );

/**
 * The text at `location` (a path or an http(s) URL), decoded by its charset (byte-order mark, Content-Type,
 * XML declaration, else UTF-8). A URL is read as renderStoryList() reads one: within 10 seconds, at most 20 MB, at
 * most 5 redirects, and from public addresses only; `options` (timeout, maxBytes, maxRedirects,
 * allowPrivateAddresses) changes those. Throws with a plain message when it cannot be read.
 * @param {string} location
 * @param {import('impact-stories-ssr/internal/server/read-url').ReadUrlOptions} [options]
 * @returns {Promise<string>}
 */
export async function readInput(location, options = {}) {
  if (/^https?:\/\//i.test(location)) {
    const { readFeedText } = await serverReader();
    return (await readFeedText(location, options)).text;
  }
  const bytes = await readFile(location).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    throw new Error(error.code === 'ENOENT' ? `There is no file ${location}` : `${location} could not be read: ${error.message}`);
  });
  return (await decoder())(bytes);
}
