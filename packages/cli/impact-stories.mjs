#!/usr/bin/env node
// The `impact-stories` command for publishers: validate, convert and split feeds. Node only; nothing here reaches
// the widgets' browser files.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { convertCommand } from './commands/convert.mjs';
import { renderCommand } from './commands/render.mjs';
import { splitCommand } from './commands/split.mjs';
import { validateCommand } from './commands/validate.mjs';
import { complain, sayOwn } from './lib/print.mjs';
import { UsageError } from './lib/usage-error.mjs';

/**
 * A command: its options as parseArgs reads them, its help, and what it runs, which resolves with the exit code.
 * parseArgs (strict) gives each option the type its `type` says, as `Values` spells out for each command.
 * @template {Record<string, string | boolean | undefined>} Values
 * @typedef {{ options: import('node:util').ParseArgsOptionsConfig, help: string, run(positionals: string[], values: Values): Promise<number> }} Command
 */

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {Record<string, Command<Record<string, string | boolean | undefined>> | undefined>} */
const commands = { validate: validateCommand, convert: convertCommand, split: splitCommand, render: renderCommand };

const overview = `impact-stories ${version}: validate, convert, split and prerender impact story feeds.

Usage:
  impact-stories validate <file-or-url> [--json]
  impact-stories convert <input.csv|.xml> -o <feed.json> [options]
  impact-stories split <feed> -o <folder> [options]
  impact-stories render --src <feed> [--url <address>] [list attributes] > fragment.html

  impact-stories <command> --help   what a command does, and its options
  impact-stories --version          the version

Exit codes: 0 done (warnings allowed), 1 problems found, 2 bad usage.`;

/** @param {string[]} argv */
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') return (sayOwn(version), 0);
  if (!name || name === '--help' || name === '-h' || name === 'help') return (sayOwn(overview), 0);
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
  // Each option's value has the type its `type` says: strict parseArgs refuses any other.
  const values = /** @type {Record<string, string | boolean | undefined>} */ (parsed.values);
  if (values.help) return (sayOwn(command.help), 0);
  return command.run(parsed.positionals, values);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError) {
      complain(`impact-stories: ${error.message}`);
      complain('Run `impact-stories --help` for usage.');
      process.exitCode = 2;
    } else {
      complain(`impact-stories: ${error?.message ?? error}`);
      process.exitCode = 1;
    }
  },
);
