// Finds a Chrome or Chromium binary: CHROME_PATH first, then the usual install paths.
import { accessSync, constants } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * True when `path` is a file this process may run.
 * @param {string} path
 */
export const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function findChrome() {
  const fromEnvironment = process.env.CHROME_PATH?.trim();
  if (fromEnvironment) return executable(fromEnvironment) ? fromEnvironment : undefined;
  return candidates.find(executable);
}

/** Launch flags that work as root on a closed network (see CONTRIBUTING.md). */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const installAdvice = [
  'No Chrome or Chromium found for the browser tests.',
  'Install one, then run `npm test` again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  'Or point CHROME_PATH at an existing Chrome/Chromium binary.',
].join('\n');

// `node scripts/find-chrome.mjs` exits 0 when a browser is found (used by .ci/run before npm ci).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) process.exit(findChrome() ? 0 : 1);
