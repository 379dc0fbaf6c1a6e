import { say, sayJson } from '../lib/print.mjs';
import { readInput } from '../lib/read-input.mjs';
import { UsageError } from '../lib/usage-error.mjs';
import { validateFeedText } from '../lib/validate-feed.mjs';

/** @type {import('../impact-stories.mjs').Command<{ json?: boolean, 'allow-private-addresses'?: boolean }>} */
export const validateCommand = {
  options: { json: { type: 'boolean' }, 'allow-private-addresses': { type: 'boolean' } },
  help: `impact-stories validate <file-or-url> [--json]

Checks a feed as the widgets read it, with their own reader: a JSON Feed (1.0 or 1.1, with the _impact
extension; the JSON Schema is schema/impact-feed.schema.json in the package), or an RSS (0.9x, 1.0, 2.0) or
Atom feed, read into the JSON Feed the widgets read it as and checked as that. A feed is valid exactly when
the widgets show stories from it. Each problem gives its JSON pointer (for RSS and Atom, into the JSON Feed it
reads as) and, in JSON, its line and column.

Errors are what no widget can show: text that is neither JSON nor well-formed RSS or Atom, JSON without an
"items" list or with another "version", a feed none of whose items can be shown. Everything the widgets work
around is a warning: an item they skip (no id, no http(s) url, no title and no text; not an object), no date or
an unreadable one, a photo without alt text or credit, a repeated id, a field of the wrong type.

  --json                     print {"valid", "format", "errors", "warnings"} for CI pipelines
  --allow-private-addresses  read a URL on a loopback or private address (an intranet CMS); by default
                             only public addresses are read

Exit codes: 0 valid (warnings allowed), 1 errors, 2 bad usage.`,

  async run(positionals, values) {
    const { json } = values;
    const [location, ...more] = positionals;
    if (location === undefined || more.length) throw new UsageError('validate takes one file or URL.');
    const text = await readInput(location, { allowPrivateAddresses: values['allow-private-addresses'] });
    const { format, errors, warnings } = await validateFeedText(text, { base: location });
    if (json) {
      sayJson({ valid: !errors.length, format, errors, warnings });
    } else {
      const line = (/** @type {string} */ kind) => (/** @type {import('../lib/validate-feed.mjs').PlacedProblem} */ problem) =>
        `${location}${problem.line ? `:${problem.line}:${problem.column}` : ''}  ${kind}  ${problem.message}${problem.pointer ? `  (${problem.pointer})` : ''}`;
      for (const text of [...errors.map(line('error')), ...warnings.map(line('warning'))]) say(text);
      const counts = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
      const read = format === 'rss' || format === 'atom' ? `, read as ${format === 'rss' ? 'RSS' : 'Atom'}` : '';
      say(errors.length ? `${location}: not valid (${counts}${read}).` : `${location}: valid (${counts}${read}).`);
    }
    return errors.length ? 1 : 0;
  },
};
