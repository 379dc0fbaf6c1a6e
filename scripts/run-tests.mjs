// Runs the browser tests in headless Chrome/Chromium, or says exactly what to install.
import { spawn } from 'node:child_process';
import { findChrome, installAdvice } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  if (process.env.CHROME_PATH) console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable file.`);
  console.error(installAdvice);
  process.exit(1);
}

const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
