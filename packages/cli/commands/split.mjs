import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { complain, say } from '../lib/print.mjs';
import { publishedFeed } from '../lib/convert-feed.mjs';
import { readFeed } from '../lib/read-feed.mjs';
import { readInput } from '../lib/read-input.mjs';
import { splitFeed } from '../lib/split-feed.mjs';
import { UsageError } from '../lib/usage-error.mjs';
import { validateFeedText } from '../lib/validate-feed.mjs';

/**
 * `value` (a flag's text) as a whole number of 1 or more; `fallback` when the flag is not given.
 * @param {string} name
 * @param {string | undefined} value
 * @param {number} fallback
 */
const wholeNumber = (name, value, fallback) => {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${name} takes a whole number of 1 or more, not "${value}".`);
  return number;
};

/** The folders split writes its split feeds in; it owns them, and the main feed's pages and index.json. */
const FIELDS = ['project', 'country', 'year'];
/** The main feed's pages and the index: the files split writes at the folder's top. */
const TOP_FILE = /^(feed(-\d+)?\.json|index\.json)$/;

/**
 * Entries of a folder, without following links; none when it is missing.
 * @param {string} folder
 * @returns {Promise<import('node:fs').Dirent[]>}
 */
const entriesOf = (folder) =>
  readdir(folder, { withFileTypes: true }).catch((/** @type {NodeJS.ErrnoException} */ error) =>
    error.code === 'ENOENT' ? [] : Promise.reject(error),
  );

/**
 * The symbolic links where split would write or remove: its files at the top of `folder`, and project/, country/
 * and year/ with everything in them (links are never followed, so a link inside cannot lead the walk out).
 * @param {string} folder
 */
async function linksIn(folder) {
  /** @type {string[]} */
  const links = [];
  /** @param {string} path */
  const walk = async (path) => {
    for (const entry of await entriesOf(path)) {
      const inner = join(path, entry.name);
      if (entry.isSymbolicLink()) links.push(inner);
      else if (entry.isDirectory()) await walk(inner);
    }
  };
  for (const entry of await entriesOf(folder)) {
    const path = join(folder, entry.name);
    if (!FIELDS.includes(entry.name) && !TOP_FILE.test(entry.name)) continue;
    if (entry.isSymbolicLink()) links.push(path);
    else if (entry.isDirectory() && FIELDS.includes(entry.name)) await walk(path);
  }
  return links;
}

/**
 * Writes `text` to `path`, never through a symbolic link (O_NOFOLLOW: a link put there since the check is refused).
 * @param {string} path
 * @param {string} text
 */
async function writeRegularFile(path, text) {
  const file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644).catch(
    (/** @type {NodeJS.ErrnoException} */ error) => {
      throw error.code === 'ELOOP' ? new Error(`${path} is a symbolic link: split does not write through links.`) : error;
    },
  );
  try {
    await file.writeFile(text);
  } finally {
    await file.close();
  }
}

/**
 * The feed files an earlier run wrote under project/, country/ and year/ that this run does not: removed.
 * @param {string} folder
 * @param {Set<string>} written
 */
async function removeStale(folder, written) {
  /** @param {string} path */
  const walk = async (path) => {
    for (const entry of await entriesOf(path)) {
      const inner = join(path, entry.name);
      if (entry.isDirectory()) await walk(inner);
      else if (entry.isFile() && /^feed(-\d+)?\.json$/.test(entry.name) && !written.has(inner)) await rm(inner);
    }
  };
  for (const field of FIELDS) {
    const info = await lstat(join(folder, field)).catch(() => undefined);
    if (info?.isDirectory()) await walk(join(folder, field));
  }
}

/**
 * `path` (from splitFeed) inside `folder`, or an error: no absolute path, no `..`, nothing that leaves the folder.
 * @param {string} folder
 * @param {string} path
 */
function inside(folder, path) {
  const target = join(folder, path);
  const back = relative(folder, target);
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..') || !back || back.startsWith(`..${sep}`) || back === '..' || isAbsolute(back))
    throw new Error(`split made the path "${path}", which is not inside ${folder}; nothing more is written.`);
  return target;
}

/**
 * @type {import('../impact-stories.mjs').Command<{
 *   output?: string, 'first-page'?: string, 'page-size'?: string, 'allow-private-addresses'?: boolean
 * }>}
 */
export const splitCommand = {
  options: {
    output: { type: 'string', short: 'o' },
    'first-page': { type: 'string' },
    'page-size': { type: 'string' },
    'allow-private-addresses': { type: 'boolean' },
  },
  help: `impact-stories split <feed> -o <folder> [options]

The feed is a JSON Feed, or RSS (0.9x, 1.0, 2.0) or Atom (read by the widgets' own reader, as
\`impact-stories convert\` reads them).

Writes a static folder, so that each embed downloads close to only what it shows:
  feed.json                     the newest stories; older pages linked by next_url (feed-2.json, ...)
  project/<slug>/feed.json      one feed per project, paged the same way
  country/<slug>/feed.json      one per country
  year/<yyyy>/feed.json         one per year
  index.json                    every split feed, with its story count
The main feed names the split feeds in _impact.split, and a list with a project, country or year filter reads
the smaller feed. Every file is valid per \`impact-stories validate\`; a rerun on the same feed writes the same
bytes.

  -o, --output <folder>   where to write (created if missing). split never writes through a symbolic link:
                          if its files at the folder's top (feed*.json, index.json), or project/, country/,
                          year/ or anything in them, are links, it names them and writes nothing (exit 1).
                          Links elsewhere in the folder (images/, say) are left alone.
  --first-page <n>        stories on each feed's first page (default 12: what an embed usually shows)
  --page-size <n>         stories on each older page (default 50)
  --allow-private-addresses   read a feed URL on a loopback or private address; by default only public
                          addresses are read

Exit codes: 0 written, 1 the feed has errors or the folder holds links where split writes, 2 bad usage.`,

  async run(positionals, values) {
    const [input, ...more] = positionals;
    if (input === undefined || more.length) throw new UsageError('split takes one feed file or URL.');
    if (!values.output) throw new UsageError('split needs -o <folder>.');
    const firstPage = wholeNumber('--first-page', values['first-page'], 12);
    const pageSize = wholeNumber('--page-size', values['page-size'], 50);
    const text = await readInput(input, { allowPrivateAddresses: values['allow-private-addresses'] });
    const { errors } = await validateFeedText(text, { base: input });
    if (errors.length) {
      for (const error of errors.slice(0, 20))
        complain(`${input}${error.line ? `:${error.line}:${error.column}` : ''}  error  ${error.message}`);
      complain(`${input}: not split; \`impact-stories validate ${input}\` lists every problem.`);
      return 1;
    }
    const links = await linksIn(values.output);
    if (links.length) {
      for (const link of links.slice(0, 20))
        complain(`${link} is a symbolic link (to ${await readlink(link).catch(() => '?')}): split never writes through links.`);
      complain(`${values.output}: not split; remove ${links.length === 1 ? 'that link' : 'those links'}, or split into another folder.`);
      return 1;
    }
    /** @type {Set<string>} */
    const written = new Set();
    let changed = 0;
    // A JSON Feed object: validateFeedText() has passed it.
    const feed = /** @type {import('../lib/split-feed.mjs').SplitInput} */ (publishedFeed(await readFeed(text, input)));
    for await (const { path, text: content } of splitFeed(feed, { firstPage, pageSize })) {
      const target = inside(values.output, path);
      written.add(target);
      if ((await readFile(target, 'utf8').catch(() => undefined)) === content) continue;
      await mkdir(dirname(target), { recursive: true });
      await writeRegularFile(target, content);
      changed++;
    }
    await removeStale(values.output, written);
    say(`Wrote ${values.output}: ${written.size} files (${changed} changed).`);
    return 0;
  },
};
