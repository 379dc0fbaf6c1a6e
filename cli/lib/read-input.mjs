// Reads a command's input: a file, or an http(s) URL.
import { readFile } from 'node:fs/promises';

/** The text at `location` (a path or an http(s) URL). Throws with a plain message when it cannot be read. */
export async function readInput(location) {
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location).catch((error) => {
      throw new Error(`${location} could not be reached: ${error.cause?.message ?? error.message}`);
    });
    if (!response.ok) throw new Error(`${location} answered with HTTP ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readFile(location, 'utf8').catch((error) => {
    throw new Error(error.code === 'ENOENT' ? `There is no file ${location}` : `${location} could not be read: ${error.message}`);
  });
}
