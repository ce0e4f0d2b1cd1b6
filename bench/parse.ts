import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORPUS_PATH } from '../electron/corpus/defaultCorpus.js';
import { median, round } from './stats.js';
import { writeSyntheticCorpus } from './syntheticCorpus.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parseChild.ts');
/** Sizes in multiples of the bundled corpus; 750× is about 500 MB. KYOSEI_BENCH_PARSE_SIZES=1,10,100,750 overrides. */
const SIZES = (process.env.KYOSEI_BENCH_PARSE_SIZES ?? '1,10,100').split(',').map(Number).filter((n) => n > 0);
const TWO_GIB_MB = 2048;

interface ChildPhase { name: string; ms: number; cpu_ms: number; peak_rss_mb: number }
interface ChildRun { mode: string; baseline_rss_mb: number; phases: ChildPhase[]; [key: string]: unknown }

/** One measurement in a fresh process (its VmHWM is then this measurement's own peak). */
function runChild(mode: string, file: string, outDir: string): ChildRun {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, mode, file, outDir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`parse bench child ${mode} failed: ${r.stderr || r.signal}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as ChildRun;
}

const total = (run: ChildRun, key: 'ms' | 'cpu_ms') => run.phases.reduce((s, p) => s + p[key], 0);
const peak = (run: ChildRun) => Math.max(...run.phases.map((p) => p.peak_rss_mb));

/** The run of median total time among `runs` fresh processes. */
function medianRun(runs: number, mode: string, file: string, outDir: string): ChildRun {
  const all = Array.from({ length: runs }, () => runChild(mode, file, outDir));
  const mid = median(all.map((r) => total(r, 'ms')));
  return all.find((r) => total(r, 'ms') === mid)!;
}

function sizeReport(times: number, file: string, outDir: string) {
  const mb = readFileSync(file).byteLength / 2 ** 20;
  const runs = times <= 10 ? 3 : 1;
  const floor = medianRun(runs, 'floor', file, outDir);
  const parse = medianRun(runs, 'parse', file, outDir);
  const arrow = medianRun(runs, 'arrow', file, outDir);
  const load = medianRun(1, 'load', file, outDir);
  const loadPhase = (name: string) => load.phases.find((p) => p.name === name)!;
  const pbw = arrow.phases.find((p) => p.name === 'parse_build_write')!;
  const build = arrow.build_ms as number;
  const write = arrow.write_ms as number;
  const perMb = (ms: number) => round(ms / mb);
  const arrowMs = total(arrow, 'ms');
  const floorMs = total(floor, 'ms');
  return {
    times, input_mb: round(mb), runs,
    floor: {
      what: 'read + decode + split into lines',
      ms: round(floorMs), ms_per_mb: perMb(floorMs), cpu_ms_per_mb: perMb(total(floor, 'cpu_ms')),
      peak_rss_mb: round(peak(floor)), peak_rss_per_input: round(peak(floor) / mb), baseline_rss_mb: round(floor.baseline_rss_mb),
    },
    parse_only: {
      what: 'read + parse into a sink that keeps nothing',
      ms: round(total(parse, 'ms')), ms_per_mb: perMb(total(parse, 'ms')), cpu_ms_per_mb: perMb(total(parse, 'cpu_ms')),
      peak_rss_mb: round(peak(parse)),
    },
    arrow: {
      what: 'text → Arrow IPC files end to end (npm run parse --format arrow), parse/build/write interleaved record by record',
      read_ms: round(arrow.phases[0].ms),
      parse_ms: round(pbw.ms - build - write), build_ms: round(build), write_ms: round(write),
      ms: round(arrowMs), ms_per_mb: perMb(arrowMs), cpu_ms_per_mb: perMb(total(arrow, 'cpu_ms')),
      peak_rss_after_read_mb: round(arrow.phases[0].peak_rss_mb),
      peak_rss_mb: round(peak(arrow)), baseline_rss_mb: round(arrow.baseline_rss_mb),
      peak_rss_per_input: round(peak(arrow) / mb),
      peak_above_baseline_per_input: round((peak(arrow) - arrow.baseline_rss_mb) / mb),
      output_mb: round(arrow.output_mb as number),
    },
    duckdb_wasm: {
      what: 'text → IPC streams in memory → insertArrowFromIPCStream into duckdb-wasm (Node build), one process',
      parse_build_ipc_ms: round(loadPhase('parse_build_ipc').ms), engine_open_ms: round(loadPhase('engine_open').ms),
      engine_load_ms: round(loadPhase('engine_load').ms), engine_load_ms_per_mb: perMb(loadPhase('engine_load').ms),
      engine_load_cpu_ms_per_mb: perMb(loadPhase('engine_load').cpu_ms),
      first_query_ms: round(loadPhase('first_query').ms), ipc_mb: round(load.ipc_mb as number),
      engine_memory_mb: round(load.engine_memory_mb as number), peak_rss_mb: round(peak(load)),
    },
    arrow_over_floor: { ms_per_mb: round(arrowMs / floorMs), peak_rss: round(peak(arrow) / peak(floor)) },
  };
}

/**
 * Text → Arrow IPC end to end at 1×, 10× and 100× the bundled corpus, each measurement in its own process so that
 * its peak RSS (VmHWM, read after every phase) is real, each beside the floor of reading and splitting the same file.
 * Goals (issue 14): peak RSS ≤ 4× the input at 100×; CPU per MB at 100× within 15 % of 10×; 500 MB in < 2 GiB.
 */
export async function benchParse() {
  const seed = readFileSync(DEFAULT_CORPUS_PATH, 'utf8');
  const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-parse-bench-'));
  try {
    const sizes = [];
    for (const times of SIZES) {
      const file = path.join(dir, `x${times}.txt`);
      writeSyntheticCorpus(file, seed, times);
      sizes.push(sizeReport(times, file, path.join(dir, `out-x${times}`)));
      rmSync(file);
      console.log('parse', JSON.stringify(sizes.at(-1)));
    }
    return { sizes, ...verdict(sizes) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type SizeReport = ReturnType<typeof sizeReport>;

/** The goals against what was measured; 500 MB extrapolated linearly from 100× when it was not run. */
function verdict(sizes: SizeReport[]) {
  const at = (times: number) => sizes.find((s) => s.times === times);
  const x10 = at(10);
  const x100 = at(100);
  const big = sizes.find((s) => s.input_mb >= 450);
  const out: Record<string, unknown> = {};
  if (x10 && x100) out.cpu_per_mb_x100_over_x10 = round(x100.arrow.cpu_ms_per_mb / x10.arrow.cpu_ms_per_mb);
  if (x100) out.peak_rss_per_input_x100 = x100.arrow.peak_rss_per_input;
  if (big) {
    out.x500mb = { measured: true, input_mb: big.input_mb, ms: big.arrow.ms, peak_rss_mb: big.arrow.peak_rss_mb };
  } else if (x100) {
    const scale = 500 / x100.input_mb;
    const aboveBase = x100.arrow.peak_rss_mb - x100.arrow.baseline_rss_mb;
    out.x500mb = {
      measured: false, input_mb: 500, how: 'linear from 100×: time × size, peak above the process baseline × size',
      ms: round(x100.arrow.ms_per_mb * 500), peak_rss_mb: round(x100.arrow.baseline_rss_mb + aboveBase * scale),
    };
  }
  const x500 = out.x500mb as { peak_rss_mb: number } | undefined;
  out.goals = {
    peak_rss_le_4x_input_at_x100: x100 ? x100.arrow.peak_rss_per_input <= 4 : null,
    cpu_per_mb_x100_within_15pct_of_x10: out.cpu_per_mb_x100_over_x10 === undefined ? null : (out.cpu_per_mb_x100_over_x10 as number) <= 1.15,
    x500mb_under_2gib: x500 ? x500.peak_rss_mb < TWO_GIB_MB : null,
  };
  return out;
}
