import { say, sayJson } from '../lib/print.mjs';
import { readInput } from '../lib/read-input.mjs';
import { UsageError } from '../lib/usage-error.mjs';
import { validateFeedText } from '../lib/validate-feed.mjs';

export const validateCommand = {
  options: { json: { type: 'boolean' } },
  help: `impact-stories validate <file-or-url> [--json]

Checks a feed against the JSON Schema for JSON Feed 1.1 with the _impact extension (schema/impact-feed.schema.json
in the package). Each problem gives its JSON pointer, line and column. Problems the widgets work around (no url,
no date, a day without a time, a photo without alt text or credit, a repeated id) are warnings.

  --json   print {"valid", "errors", "warnings"} for CI pipelines

Exit codes: 0 valid (warnings allowed), 1 errors, 2 bad usage.`,

  async run(positionals, { json }) {
    if (positionals.length !== 1) throw new UsageError('validate takes one file or URL.');
    const [location] = positionals;
    const { errors, warnings } = validateFeedText(await readInput(location));
    if (json) {
      sayJson({ valid: !errors.length, errors, warnings });
    } else {
      const line = (kind) => (problem) =>
        `${location}:${problem.line}:${problem.column}  ${kind}  ${problem.message}${problem.pointer ? `  (${problem.pointer})` : ''}`;
      for (const text of [...errors.map(line('error')), ...warnings.map(line('warning'))]) say(text);
      const counts = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
      say(errors.length ? `${location}: not valid (${counts}).` : `${location}: valid (${counts}).`);
    }
    return errors.length ? 1 : 0;
  },
};
