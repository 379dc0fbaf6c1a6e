type ConsoleWarnings = typeof import('./console-warnings.js');

/**
 * Writes a console warning with the console-warnings file, fetched the first time a page has something
 * to warn about. A copy of the library put online without that file simply stays quiet.
 */
export function warnLater(write: (warnings: ConsoleWarnings) => void): void {
  import('./console-warnings.js').then(write, () => {});
}
