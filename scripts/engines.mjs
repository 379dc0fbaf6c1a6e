// The three browser engines the tests run in, where Debian puts them, and the packages that provide them.
import { pathToFileURL } from 'node:url';
import { executable, findChrome } from './find-chrome.mjs';

/** @param {string[]} paths */
const firstExecutable = (...paths) => paths.find(executable);

/**
 * The binary a variable names (and nothing else, when it is set), else the first of `paths` that exists.
 * @param {string} variable
 * @param {string[]} paths
 */
const fromEnvironmentOr = (variable, ...paths) => {
  const chosen = process.env[variable]?.trim();
  return chosen ? firstExecutable(chosen) : firstExecutable(...paths);
};

/** @typedef {keyof typeof engines} EngineName */

export const engines = {
  chromium: {
    label: 'Chromium (Blink)',
    packages: ['chromium'],
    find: () => findChrome(),
  },
  firefox: {
    label: 'Firefox (Gecko)',
    packages: ['firefox-esr'],
    find: () => fromEnvironmentOr('FIREFOX_PATH', '/usr/bin/firefox-esr', '/usr/bin/firefox'),
  },
  webkit: {
    label: 'WebKit (MiniBrowser)',
    // xvfb-run and xauth come with the display, as Debian's WebKit instructions have them; the tests start Xvfb itself.
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    find: () => {
      const driver = firstExecutable('/usr/bin/WebKitWebDriver');
      const browser = fromEnvironmentOr(
        'MINIBROWSER_PATH',
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      );
      const display = firstExecutable('/usr/bin/Xvfb');
      return driver && browser && display ? { driver, browser } : undefined;
    },
  },
};

export const engineNames = /** @type {EngineName[]} */ (Object.keys(engines));

/**
 * The engines named by ENGINES (comma-separated), or all of them.
 * @returns {EngineName[]}
 */
export function chosenEngines(value = process.env.ENGINES) {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !engines[/** @type {EngineName} */ (name)]);
  if (unknown.length) throw new Error(`ENGINES names ${unknown.join(', ')}; the engines are ${engineNames.join(', ')}.`);
  return names.length ? [...new Set(/** @type {EngineName[]} */ (names))] : engineNames;
}

/**
 * Debian packages still needed for the given engines.
 * @param {EngineName[]} names
 */
export const missingPackages = (names) => names.filter((name) => !engines[name].find()).flatMap((name) => engines[name].packages);

// `node scripts/engines.mjs` prints the Debian packages still missing for ENGINES (used by .ci/run before npm ci).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(missingPackages(chosenEngines()).join(' '));
}
