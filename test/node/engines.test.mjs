// ENGINES, as a developer types it for a quick local loop. The tests set the variable themselves, so they pass
// whatever ENGINES the shell that runs them has (e.g. `ENGINES=chromium npm test`, CONTRIBUTING.md's route for one engine).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chosenEngines, engineNames } from '../../scripts/engines.mjs';

/**
 * Runs `check` with ENGINES set to `value` (or unset, for undefined), then puts the caller's ENGINES back.
 * @param {string | undefined} value
 * @param {() => void} check
 */
function withEngines(value, check) {
  const had = Object.hasOwn(process.env, 'ENGINES');
  const before = process.env.ENGINES;
  if (value === undefined) delete process.env.ENGINES;
  else process.env.ENGINES = value;
  try {
    check();
  } finally {
    if (had) process.env.ENGINES = before;
    else delete process.env.ENGINES;
  }
}

test('runs all three engines unless ENGINES names some', () => {
  assert.deepEqual(engineNames, ['chromium', 'firefox', 'webkit']);
  withEngines(undefined, () => assert.deepEqual(chosenEngines(), engineNames));
  withEngines(' ', () => assert.deepEqual(chosenEngines(), engineNames));
  withEngines('firefox', () => assert.deepEqual(chosenEngines(' '), engineNames));
});

test('reads ENGINES from the environment when given no value', () => {
  withEngines('Firefox', () => assert.deepEqual(chosenEngines(), ['firefox']));
});

test('reads a comma-separated subset, in any case, once each', () => {
  assert.deepEqual(chosenEngines('WebKit, chromium,webkit'), ['webkit', 'chromium']);
});

test('refuses an engine it does not know, naming the ones it does', () => {
  assert.throws(() => chosenEngines('chromium,safari'), /ENGINES names safari; the engines are chromium, firefox, webkit\./);
});
