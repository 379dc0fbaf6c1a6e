// Reads a command's input: a file, or an http(s) URL.
import { readFile } from 'node:fs/promises';

// The widgets' own code, built into dist/lib (as the render command's renderer is).
const serverReader = () => import('../../dist/lib/server/read-url.js');
// The feed decoder, for files too; but scripts/build-sample.mjs runs convert and split on the sample's UTF-8 CSV
// before dist/ is built, so without it a file is read as UTF-8.
const decoder = () =>
  import('../../dist/lib/feed/decode-feed-bytes.js').then(
    (module) => module.decodeFeedBytes,
    () => (/** @type {Uint8Array} */ bytes) => new TextDecoder().decode(bytes),
  );

/**
 * The text at `location` (a path or an http(s) URL), decoded by its charset (byte-order mark, Content-Type,
 * XML declaration, else UTF-8). A URL is read as renderStoryList() reads one: within 10 seconds, at most 20 MB, at
 * most 5 redirects, and from public addresses only; `options` (timeout, maxBytes, maxRedirects,
 * allowPrivateAddresses) changes those. Throws with a plain message when it cannot be read.
 * @param {string} location
 * @param {import('../../dist/lib/server/read-url.js').ReadUrlOptions} [options]
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
