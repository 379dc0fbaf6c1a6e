/** A command line the command cannot run: exit code 2, with a pointer to --help. */
export class UsageError extends Error {}
