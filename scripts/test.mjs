// Runs the unit and end-to-end suites and ends with the one line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-output');
mkdirSync(out, { recursive: true });

const suites = [
  { name: 'unit', config: 'vitest.config.ts' },
  { name: 'e2e', config: 'vitest.e2e.config.ts', needsBrowser: true },
];

/** Null when a browser starts; else the resolver's one line (what was tried, and the command that fixes it). */
async function browserProblem() {
  register();
  const { checkChromium } = await import(pathToFileURL(path.join(root, 'tests', 'e2e', 'support', 'headless.ts')).href);
  try {
    await checkChromium();
    return null;
  } catch (e) {
    if (e?.name === 'ChromiumUnavailable') return e.message;
    throw e;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
let notRun = null;
for (const suite of suites) {
  if (suite.needsBrowser) {
    const problem = await browserProblem();
    if (problem) {
      notRun = `${suite.name}: not run. ${problem}`;
      failed += 1;
      continue;
    }
  }
  const report = path.join(out, `vitest-${suite.name}.json`);
  if (existsSync(report)) rmSync(report);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--passWithNoTests'],
    { stdio: 'inherit', cwd: root },
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
// The missing browser is said last but one, beside the count, where a newcomer looks.
if (notRun) console.error(notRun);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
