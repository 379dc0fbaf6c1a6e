import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { complain, say } from '../lib/print.mjs';
import { readInput } from '../lib/read-input.mjs';
import { splitFeed } from '../lib/split-feed.mjs';
import { UsageError } from '../lib/usage-error.mjs';
import { validateFeedText } from '../lib/validate-feed.mjs';

const wholeNumber = (name, value, fallback) => {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${name} takes a whole number of 1 or more, not "${value}".`);
  return number;
};

/** The feed files an earlier run wrote under project/, country/ and year/ that this run does not: removed. */
async function removeStale(folder, written) {
  for (const field of ['project', 'country', 'year']) {
    const entries = await readdir(join(folder, field), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      if (entry.isFile() && /^feed(-\d+)?\.json$/.test(entry.name) && !written.has(path)) await rm(path);
    }
  }
}

export const splitCommand = {
  options: {
    output: { type: 'string', short: 'o' },
    'first-page': { type: 'string' },
    'page-size': { type: 'string' },
  },
  help: `impact-stories split <feed.json> -o <folder> [options]

Writes a static folder, so that each embed downloads close to only what it shows:
  feed.json                     the newest stories; older pages linked by next_url (feed-2.json, ...)
  project/<slug>/feed.json      one feed per project, paged the same way
  country/<slug>/feed.json      one per country
  year/<yyyy>/feed.json         one per year
  index.json                    every split feed, with its story count
The main feed names the split feeds in _impact.split, and a list with a project, country or year filter reads
the smaller feed. Every file is valid per \`impact-stories validate\`; a rerun on the same feed writes the same
bytes.

  -o, --output <folder>   where to write (created if missing)
  --first-page <n>        stories on each feed's first page (default 12: what an embed usually shows)
  --page-size <n>         stories on each older page (default 50)

Exit codes: 0 written, 1 the feed has errors, 2 bad usage.`,

  async run(positionals, values) {
    if (positionals.length !== 1) throw new UsageError('split takes one feed file or URL.');
    if (!values.output) throw new UsageError('split needs -o <folder>.');
    const firstPage = wholeNumber('--first-page', values['first-page'], 12);
    const pageSize = wholeNumber('--page-size', values['page-size'], 50);
    const [input] = positionals;
    const text = await readInput(input);
    const { errors } = validateFeedText(text);
    if (errors.length) {
      for (const error of errors.slice(0, 20)) complain(`${input}:${error.line}:${error.column}  error  ${error.message}`);
      complain(`${input}: not split; \`impact-stories validate ${input}\` lists every problem.`);
      return 1;
    }
    const written = new Set();
    let changed = 0;
    for (const { path, text: content } of splitFeed(JSON.parse(text), { firstPage, pageSize })) {
      const target = join(values.output, path);
      written.add(target);
      if ((await readFile(target, 'utf8').catch(() => undefined)) === content) continue;
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
      changed++;
    }
    await removeStale(values.output, written);
    say(`Wrote ${values.output}: ${written.size} files (${changed} changed).`);
    return 0;
  },
};
