import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../electron/corpus/defaultCorpus.js';
import { checkChromium } from '../tests/e2e/support/headless.js';
import { benchParse } from './parse.js';

/** Benchmarks of other rooms, each a module exporting one async function; missing ones are skipped, not faked. */
const OPTIONAL = [
  { name: 'startup', file: 'startup.ts', fn: 'benchStartup' },
  { name: 'pivot', file: 'pivot.ts', fn: 'benchPivot' },
  { name: 'charts', file: 'charts.ts', fn: 'benchCharts' },
  { name: 'grid', file: 'grid.ts', fn: 'benchGrid' },
];

const report: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  goals: { parse_mb_per_s: 30, startup_query_ready_ms: 1200, pivot_1m_rows_ms: 1000, scatter_50k_points_ms: 1000 },
};

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

if (wanted('parse')) {
  report.parse = await benchParse();
  console.log('parse', report.parse);
}
// Browser figures differ by browser build: the report names the one the resolver chose (or why there was none).
if (OPTIONAL.some((b) => wanted(b.name))) {
  report.browser = await checkChromium().catch((e: unknown) => `none: ${e instanceof Error ? e.message : String(e)}`);
  console.log('browser', report.browser);
}
for (const b of OPTIONAL) {
  if (!wanted(b.name)) continue;
  const file = path.join(PROJECT_ROOT, 'bench', b.file);
  if (!existsSync(file)) {
    report[b.name] = { skipped: `${b.file} is not there` };
    continue;
  }
  try {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, () => Promise<Record<string, number>>>;
    report[b.name] = await mod[b.fn]();
  } catch (e) {
    report[b.name] = { error: e instanceof Error ? e.message : String(e) };
  }
  console.log(b.name, report[b.name]);
}

const dir = path.join(PROJECT_ROOT, 'bench', 'reports');
mkdirSync(dir, { recursive: true });
const out = path.join(dir, 'latest.json');
writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
console.log(`report: ${out}`);
