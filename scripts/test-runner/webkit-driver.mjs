// Starts WebKitWebDriver under a virtual X display (MiniBrowser has no headless mode), for the tests and the benchmark.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });

/** Resolves once the driver answers on a free port, with that port and a `stop()` that ends it and its display. */
export async function startWebKitDriver(driver, env = process.env) {
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', driver, `--port=${port}`], { detached: true, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { port, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/** WebDriver capabilities that start MiniBrowser, over classic WebDriver (WebKitWebDriver has no BiDi). */
export const miniBrowserCapabilities = (binary) => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary, args: ['--automation'] },
});
