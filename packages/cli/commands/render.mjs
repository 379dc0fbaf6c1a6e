import { publishedFeed } from '../lib/convert-feed.mjs';
import { readFeed } from '../lib/read-feed.mjs';
import { readInput } from '../lib/read-input.mjs';
import { UsageError } from '../lib/usage-error.mjs';
import { listAttributeFlags, listAttributeFlagsHelp } from './render-attributes.mjs';

/**
 * The list's attributes, by their flags' names, and the command's own flags.
 * @type {import('../impact-stories.mjs').Command<Record<string, string | boolean | undefined> & {
 *   src?: string, url?: string, 'fallback-href'?: string, 'fallback-text'?: string, 'allow-private-addresses'?: boolean
 * }>}
 */
export const renderCommand = {
  options: {
    src: { type: 'string' },
    url: { type: 'string' },
    'fallback-href': { type: 'string' },
    'fallback-text': { type: 'string' },
    'allow-private-addresses': { type: 'boolean' },
    ...listAttributeFlags,
  },
  help: `impact-stories render --src <file-or-url> [--url <address>] [list attributes] > fragment.html

Writes the HTML of an <impact-story-list> with its first page of stories prerendered (declarative shadow
DOM, @lit-labs/ssr): crawlers and readers without JavaScript see the stories. Load
impact-stories-ssr.js on the page, and the list hydrates, without fetching for its first paint, then reads
the feed again in the background.

  --src <file-or-url>           the feed to render: JSON Feed, RSS (0.9x, 1.0, 2.0) or Atom, read by the
                                widgets' own reader (RSS and Atom as \`impact-stories convert\` writes them)
  --url <address>               the feed's address as the page reads it (default: --src, when a URL)
${listAttributeFlagsHelp}
                                the list's attributes
  --fallback-href, --fallback-text   a link inside the element
  --allow-private-addresses     read a --src URL on a loopback or private address; by default only public
                                addresses are read

Exit codes: 0 written, 1 the feed cannot be read, 2 bad usage.`,

  async run(positionals, values) {
    if (positionals.length || !values.src) throw new UsageError('render takes --src <file-or-url>.');
    const url = values.url ?? (/^https?:\/\//i.test(values.src) ? values.src : undefined);
    if (!url || !/^https?:\/\//i.test(url)) throw new UsageError('render needs --url: the http(s) address pages read the feed from.');
    const { 'fallback-href': href, 'fallback-text': linkText } = values;
    if (Boolean(href) !== Boolean(linkText)) throw new UsageError('--fallback-href and --fallback-text go together.');
    const text = await readInput(values.src, { allowPrivateAddresses: values['allow-private-addresses'] });
    const feed = publishedFeed(await readFeed(text, values.src, url));
    const given = Object.keys(listAttributeFlags).filter((name) => values[name] !== undefined && values[name] !== false);
    const attributes = Object.fromEntries(given.map((name) => [name, values[name]]));
    const fallback = href && linkText ? { href, text: linkText } : undefined;
    // The renderer is the server package's own code, built into its dist/.
    const { renderStoryList } = await import('impact-stories-ssr');
    process.stdout.write(`${await renderStoryList({ src: url, feed, attributes, fallback })}\n`);
    return 0;
  },
};
