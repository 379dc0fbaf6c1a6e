// The web-test-runner launcher for each engine. scripts/run-tests.mjs finds the binaries and starts WebKit's driver.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromeFlags } from '../find-chrome.mjs';
import { miniBrowserCapabilities } from './webkit-driver.mjs';

const chromiumFlags = [
  ...chromeFlags,
  // Test pages run side by side; keep the one in the background rendering (ResizeObserver, layout).
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** @param {string} name */
const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`node scripts/run-tests.mjs\` (npm test).`);
  return value;
};

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: required('CHROME_PATH'), headless: true, args: chromiumFlags } }),
  // Firefox speaks WebDriver BiDi to Puppeteer, which cannot emulate media features there: Firefox runs every test
  // as a reader whose system asks for dark mode and reduced motion.
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: required('FIREFOX_PATH'),
        headless: true,
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'layout.css.prefers-color-scheme.content-override': 0,
          'ui.prefersReducedMotion': 1,
        },
      },
    }),
  // MiniBrowser has no headless mode: WebKitWebDriver runs under Xvfb, and it speaks classic WebDriver only.
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(required('WEBKIT_DRIVER_PORT')),
      logLevel: 'error',
      capabilities: miniBrowserCapabilities(required('MINIBROWSER_PATH')),
    }),
};

/** @param {string | undefined} engine */
export function browserFor(engine) {
  const launcher = launchers[/** @type {keyof typeof launchers} */ (engine)];
  if (!launcher) throw new Error(`ENGINE is "${engine}"; the engines are ${Object.keys(launchers).join(', ')}.`);
  return launcher();
}

/**
 * Test files at once. Chromium keeps background pages rendering (flags above); Firefox and WebKit get one page at a
 * time, because a background tab there stops painting, and the WebDriver launcher only runs files in the real top-level
 * window (keys, focus) at concurrency 1.
 * @param {string | undefined} engine
 */
export const concurrencyFor = (engine) => (engine === 'chromium' ? 2 : 1);
