// Runs the browser tests in each engine ENGINES names (default: chromium, firefox and webkit), one after another,
// then prints the counts per engine. Says exactly what to install when an engine is missing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chosenEngines, engines, missingPackages } from './engines.mjs';
import { startWebKitDriver } from './test-runner/webkit-driver.mjs';

let names;
try {
  names = chosenEngines();
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(2);
}

const missing = names.filter((name) => !engines[name].find());
if (missing.length) {
  console.error(`No ${missing.map((name) => engines[name].label).join(', ')} found for the browser tests. Install, then run again:`);
  console.error(`  Debian/Ubuntu:  sudo apt-get install -y ${missingPackages(missing).join(' ')}`);
  console.error('Or run the engines you have, e.g. ENGINES=chromium npm test (CI always runs all three).');
  console.error('CHROME_PATH, FIREFOX_PATH and MINIBROWSER_PATH point at browsers installed elsewhere.');
  for (const variable of ['CHROME_PATH', 'FIREFOX_PATH', 'MINIBROWSER_PATH']) {
    if (process.env[variable]?.trim()) console.error(`${variable} is set to "${process.env[variable]}": is that an executable file?`);
  }
  process.exit(1);
}

/** @param {import('node:child_process').ChildProcess} child @returns {Promise<number>} */
const exited = (child) => new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

/**
 * @param {import('./engines.mjs').EngineName} name
 * @param {string} countsFile
 */
async function runEngine(name, countsFile) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ENGINE: name, ENGINE_COUNTS_FILE: countsFile };
  let driver;
  if (name === 'chromium') env.CHROME_PATH = engines.chromium.find();
  if (name === 'firefox') env.FIREFOX_PATH = engines.firefox.find();
  if (name === 'webkit') {
    // Found: the engines missing were reported above.
    const { driver: binary, browser } = /** @type {{ driver: string, browser: string }} */ (engines.webkit.find());
    // WebDriver cannot emulate a time zone, so WebKit reads every test as a reader in New York would.
    driver = await startWebKitDriver(binary, { ...process.env, TZ: 'America/New_York' });
    Object.assign(env, { WEBKIT_DRIVER_PORT: String(driver.port), MINIBROWSER_PATH: browser });
  }
  console.log(`\n== ${engines[name].label} ==`);
  try {
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env,
    });
    return await exited(child);
  } finally {
    driver?.stop();
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'engine-counts-'));
/** @type {({ name: import('./engines.mjs').EngineName, code: number, seconds: number } & Record<'files' | 'passed' | 'failed' | 'skipped', number>)[]} */
const rows = [];
let failed = false;
for (const name of names) {
  const started = Date.now();
  const countsFile = join(scratch, `${name}.json`);
  let code;
  try {
    code = await runEngine(name, countsFile);
  } catch (error) {
    console.error(`${engines[name].label} did not start: ${/** @type {Error} */ (error).message}`);
    code = 1;
  }
  failed ||= code !== 0;
  let counts;
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    counts = { files: 0, passed: 0, failed: 0, skipped: 0 };
  }
  rows.push({ name, code, seconds: Math.round((Date.now() - started) / 1000), ...counts });
}
rmSync(scratch, { recursive: true, force: true });

console.log('\nBrowser tests per engine:');
for (const row of rows) {
  const verdict = row.code === 0 ? 'passed' : `FAILED (exit ${row.code})`;
  console.log(
    `  ${engines[row.name].label.padEnd(22)} ${String(row.files).padStart(3)} files  ${String(row.passed).padStart(4)} passed  ` +
      `${String(row.failed).padStart(3)} failed  ${String(row.skipped).padStart(3)} skipped  ${String(row.seconds).padStart(4)} s  ${verdict}`,
  );
}
console.log(
  '\nThe "🚧 404 network requests" lists above are the feeds and photos that tests of missing files ask for on purpose;' +
    '\nonly ❌ marks a failed test.',
);
process.exit(failed ? 1 : 0);
