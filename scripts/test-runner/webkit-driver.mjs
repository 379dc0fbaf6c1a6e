// Starts WebKitWebDriver on a virtual X display of its own (MiniBrowser has no headless mode), for the tests and
// the benchmark, and stops both.
import { spawn } from 'node:child_process';
import { freePort } from '../free-port.mjs';

/**
 * Rejects when `child` fails to start or exits; never resolves.
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} name
 * @returns {Promise<never>}
 */
const failedToStart = (child, name) =>
  new Promise((_resolve, reject) => {
    child.once('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? `code ${code}`}) before it was ready`)));
  });

/**
 * Xvfb on the first free display; resolves with the display's name, e.g. ":99".
 * @param {import('node:child_process').ChildProcess[]} running
 */
async function startDisplay(running) {
  // Xvfb writes the display number it took to file descriptor 3 once clients can connect.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1600x1200x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  running.push(xvfb);
  /** @type {Promise<string>} */
  const number = new Promise((resolve) => {
    let text = '';
    // A pipe, as `stdio` asks above.
    /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]).on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.trim());
    });
  });
  const failed = failedToStart(xvfb, 'Xvfb');
  failed.catch(() => {});
  return `:${await Promise.race([number, failed])}`;
}

/** @param {number} port */
async function driverAnswers(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Resolves once the driver answers on a free port, with that port and a `stop()` that ends the driver and its
 * display. Every process it started is also stopped if this process is interrupted.
 * @param {string} driverPath
 * @returns {Promise<{ port: number, stop(): void }>}
 */
export async function startWebKitDriver(driverPath, env = process.env) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const running = [];
  const stop = () => {
    for (const child of running.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    running.length = 0;
  };
  /** @param {NodeJS.Signals} signal */
  const interrupted = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const display = await startDisplay(running);
    const port = await freePort();
    const driver = spawn(driverPath, [`--port=${port}`], { env: { ...env, DISPLAY: display }, stdio: ['ignore', 'ignore', 'inherit'] });
    running.push(driver);
    const failed = failedToStart(driver, 'WebKitWebDriver');
    failed.catch(() => {});
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await Promise.race([driverAnswers(port), failed])) {
        return {
          port,
          stop() {
            process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
            stop();
          },
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('WebKitWebDriver did not answer within 10 s');
  } catch (error) {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    stop();
    throw error;
  }
}

/**
 * WebDriver capabilities that start MiniBrowser, over classic WebDriver (WebKitWebDriver has no BiDi).
 * @param {string} binary
 */
export const miniBrowserCapabilities = (binary) => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary, args: ['--automation'] },
});
