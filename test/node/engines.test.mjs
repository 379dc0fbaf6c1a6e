// ENGINES, as a developer types it for a quick local loop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chosenEngines, engineNames } from '../../scripts/engines.mjs';

test('runs all three engines unless ENGINES names some', () => {
  assert.deepEqual(engineNames, ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(chosenEngines(undefined), engineNames);
  assert.deepEqual(chosenEngines(' '), engineNames);
});

test('reads a comma-separated subset, in any case, once each', () => {
  assert.deepEqual(chosenEngines('WebKit, chromium,webkit'), ['webkit', 'chromium']);
});

test('refuses an engine it does not know, naming the ones it does', () => {
  assert.throws(() => chosenEngines('chromium,safari'), /ENGINES names safari; the engines are chromium, firefox, webkit\./);
});
