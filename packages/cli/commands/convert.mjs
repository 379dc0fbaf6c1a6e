import { writeFile } from 'node:fs/promises';
import { CATEGORY_MAPPINGS, fromCsv, fromFeed, looksLikeFeed } from '../lib/convert-feed.mjs';
import { complain, say } from '../lib/print.mjs';
import { readInput } from '../lib/read-input.mjs';
import { UsageError } from '../lib/usage-error.mjs';
import { validateFeedText } from '../lib/validate-feed.mjs';

/**
 * @type {import('../impact-stories.mjs').Command<{
 *   output?: string, categories?: string, project?: string, title?: string, 'home-page-url'?: string, 'feed-url'?: string,
 *   language?: string, 'contact-name'?: string, 'contact-email'?: string, 'contact-url'?: string, 'allow-private-addresses'?: boolean
 * }>}
 */
export const convertCommand = {
  options: {
    output: { type: 'string', short: 'o' },
    categories: { type: 'string' },
    project: { type: 'string' },
    title: { type: 'string' },
    'home-page-url': { type: 'string' },
    'feed-url': { type: 'string' },
    language: { type: 'string' },
    'contact-name': { type: 'string' },
    'contact-email': { type: 'string' },
    'contact-url': { type: 'string' },
    'allow-private-addresses': { type: 'boolean' },
  },
  help: `impact-stories convert <input> -o <feed.json> [options]

Turns a spreadsheet (CSV) or a CMS feed (RSS 0.9x, 1.0 or 2.0, Atom, or a JSON Feed) into a JSON Feed 1.1 with
_impact. CSV columns: title, date, summary, url, image, image_alt, image_credit, project, countries, tags,
language (a header row; several countries or tags separated by semicolons). A feed is read by the widgets' own
reader and written as the stories they show it as: plain titles and summaries, the photo they find, the day the
publisher wrote. Rows or items that cannot be stories are reported with their number and left out; the rest is
kept.

  -o, --output <file>        where to write the feed (required)
  --categories <mapping>     RSS and Atom categories become: tags (default), project (the first one; the
                             rest are tags) or countries
  --project <name>           the project of every story (a partner's feed about one project)
  --title, --home-page-url, --feed-url, --language   the feed's own fields
  --contact-name, --contact-email, --contact-url      its media contact, shown under the stories
  --allow-private-addresses  read an input URL on a loopback or private address (an intranet CMS); by
                             default only public addresses are read
A CSV may also have an id column; without it, a story's id is its url.

Exit codes: 0 written (rows may have been left out), 1 nothing to write, 2 bad usage.`,

  async run(positionals, values) {
    const [input, ...more] = positionals;
    if (input === undefined || more.length) throw new UsageError('convert takes one input file or URL.');
    if (!values.output) throw new UsageError('convert needs -o <feed.json>.');
    if (values.categories && !CATEGORY_MAPPINGS.includes(values.categories))
      throw new UsageError(`--categories takes ${CATEGORY_MAPPINGS.join(', ')}, not "${values.categories}".`);
    const head = {
      title: values.title,
      homePageUrl: values['home-page-url'],
      feedUrl: values['feed-url'],
      language: values.language,
      contactName: values['contact-name'],
      contactEmail: values['contact-email'],
      contactUrl: values['contact-url'],
    };
    const given = Object.fromEntries(Object.entries(head).filter(([, value]) => value));
    const text = await readInput(input, { allowPrivateAddresses: values['allow-private-addresses'] });
    const isFeed = looksLikeFeed(text);
    const { feed, problems } = isFeed
      ? await fromFeed(text, input, { categories: values.categories, project: values.project }, given)
      : fromCsv(text, given);
    const unit = isFeed ? 'item' : 'row';
    for (const { row, message } of problems) complain(`${input}: ${unit} ${row}: ${message}`);
    if (!feed.items.length) {
      complain(`${input}: no stories to write.`);
      return 1;
    }
    const output = `${JSON.stringify(feed, null, 2)}\n`;
    await writeFile(values.output, output);
    const { warnings } = await validateFeedText(output);
    say(
      `Wrote ${values.output}: ${feed.items.length} stor${feed.items.length === 1 ? 'y' : 'ies'}` +
        `${problems.length ? `, ${problems.length} ${unit}${problems.length === 1 ? '' : 's'} left out` : ''}` +
        `${warnings.length ? `; \`impact-stories validate ${values.output}\` lists ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}.`,
    );
    return 0;
  },
};
