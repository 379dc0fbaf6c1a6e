// Writes how many test files and tests passed, failed and were skipped in this engine, for run-tests.mjs to sum up.
import { writeFileSync } from 'node:fs';

/**
 * @param {import('@web/test-runner').TestSuiteResult | undefined} suite
 * @param {Record<'passed' | 'failed' | 'skipped', number>} counts
 */
function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

/**
 * @param {string | undefined} engine
 * @returns {import('@web/test-runner').Reporter}
 */
export function engineCountsReporter(engine) {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.ENGINE_COUNTS_FILE;
      if (!file) return;
      const counts = { engine, files: sessions.length, passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) countTests(session.testResults, counts);
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
