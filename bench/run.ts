// `npm run bench [section …]`: every section below in order (or only those named), one JSON report in bench/reports/.
// Every timing in a section stands beside its floor or peer measured in the same run, with the ratio (stats.ts `beside`).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../electron/corpus/defaultCorpus.js';
import { checkChromium } from '../tests/e2e/support/headless.js';

interface Section {
  name: string;
  /** The module in bench/ and the async function it exports; a missing module is reported as skipped, not faked. */
  file: string;
  fn: string;
  /** Whether it drives Chromium (the report then names the browser build, whose figures differ by build). */
  browser: boolean;
}

/** One line a section: a benchmark adds itself here. */
const SECTIONS: Section[] = [
  { name: 'parse', file: 'parse.ts', fn: 'benchParse', browser: false },
  { name: 'startup', file: 'startup.ts', fn: 'benchStartup', browser: true },
  { name: 'pivot', file: 'pivot.ts', fn: 'benchPivot', browser: true },
  { name: 'charts', file: 'charts.ts', fn: 'benchCharts', browser: true },
  { name: 'grid', file: 'grid.ts', fn: 'benchGrid', browser: true },
];

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, load_average_1m: os.loadavg()[0] },
  goals: { parse_mb_per_s: 30, startup_over_floor_ms: 300, pivot_1m_rows_ms: 300, scatter_50k_points_ms: 1000 },
};

const only = process.argv.slice(2);
const wanted = SECTIONS.filter((s) => only.length === 0 || only.includes(s.name));

if (wanted.some((s) => s.browser)) {
  report.browser = await checkChromium().catch((e: unknown) => `none: ${e instanceof Error ? e.message : String(e)}`);
  console.log('browser', report.browser);
}
for (const section of wanted) {
  const file = path.join(PROJECT_ROOT, 'bench', section.file);
  const started = performance.now();
  if (!existsSync(file)) {
    report[section.name] = { skipped: `${section.file} is not there` };
    continue;
  }
  try {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, () => Promise<unknown>>;
    report[section.name] = await mod[section.fn]();
  } catch (e) {
    report[section.name] = { error: e instanceof Error ? e.message : String(e) };
  }
  console.log(section.name, `(${((performance.now() - started) / 1000).toFixed(1)} s)`, JSON.stringify(report[section.name], null, 2));
}
// The machine is shared: a load far above the CPU count makes every timing slower, floors and peers alike.
report.load_average_1m_at_end = os.loadavg()[0];

const dir = path.join(PROJECT_ROOT, 'bench', 'reports');
mkdirSync(dir, { recursive: true });
const out = path.join(dir, 'latest.json');
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
console.log(`report: ${out}`);
process.exit(0);
