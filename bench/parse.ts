import { readFileSync } from 'node:fs';
import { DEFAULT_CORPUS_PATH } from '../electron/corpus/defaultCorpus.js';
import { parseCorpusText } from '../electron/corpus/parseCorpus.js';
import { median, round } from './stats.js';
import { syntheticCorpus } from './syntheticCorpus.js';

export interface ParseBench {
  bundled_ms_median: number;
  bundled_mb_per_s: number;
  [key: string]: number;
}

/** Parse time of one text: the median of `runs` runs, and the peak RSS seen while parsing. */
function measure(text: string, runs: number): { ms: number; peakRssMb: number } {
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    parseCorpusText(text, 'bench.txt');
    times.push(performance.now() - t0);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  clearInterval(sampler);
  return { ms: median(times), peakRssMb: peak / 2 ** 20 };
}

/** Parse speed of the bundled corpus and of synthetic corpora 10× and 100× its size. Goal: ≥ 30 MB/s. */
export async function benchParse(): Promise<Record<string, number>> {
  const text = readFileSync(DEFAULT_CORPUS_PATH, 'utf8');
  const mb = Buffer.byteLength(text) / 2 ** 20;
  // The first parse is what opening the workbench costs (code not yet optimised by V8); the medians are steady state.
  const cold = measure(text, 1);
  for (let r = 0; r < 5; r++) parseCorpusText(text, 'warm-up.txt');
  const bundled = measure(text, 15);
  const result: Record<string, number> = {
    bundled_mb: round(mb),
    bundled_first_parse_ms: round(cold.ms),
    bundled_ms_median: round(bundled.ms),
    bundled_mb_per_s: round(mb / (bundled.ms / 1000)),
  };
  for (const times of [10, 100]) {
    const big = syntheticCorpus(text, times);
    const bigMb = Buffer.byteLength(big) / 2 ** 20;
    const m = measure(big, times === 100 ? 3 : 5);
    result[`x${times}_mb`] = round(bigMb);
    result[`x${times}_ms_median`] = round(m.ms);
    result[`x${times}_mb_per_s`] = round(bigMb / (m.ms / 1000));
    result[`x${times}_peak_rss_mb`] = round(m.peakRssMb);
  }
  // 1.0 is perfectly linear: the time per MB at 100× over the time per MB at 10×.
  result.scaling_x10_to_x100 = round((result.x100_ms_median / result.x100_mb) / (result.x10_ms_median / result.x10_mb));
  return result;
}
