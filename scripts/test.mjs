// Runs the unit and end-to-end suites and ends with the one line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve('test-output');
mkdirSync(out, { recursive: true });

const suites = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of suites) {
  const report = path.join(out, `vitest-${suite.name}.json`);
  if (existsSync(report)) rmSync(report);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--passWithNoTests'],
    { stdio: 'inherit' },
  );
  if (!existsSync(report)) {
    console.error(`${suite.name}: vitest wrote no report (exit ${run.status})`);
    failed += 1;
    continue;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  // A suite that failed to load counts as a failure even when no test inside it ran.
  failed += result.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
