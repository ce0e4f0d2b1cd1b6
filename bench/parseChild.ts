// One measurement of the parse benchmark in a process of its own, so its peak RSS is its own (bench/parse.ts runs it).
// argv: <mode: floor | parse | arrow | load> <corpus file> <output dir>. Prints one JSON line of phases on stdout.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ColumnSink } from '../electron/arrow/columnSink.js';
import { arrowFileWriters } from '../electron/arrow/ipcWriters.js';
import type { CorpusSink } from '../electron/corpus/corpusSink.js';
import { splitLines } from '../electron/corpus/decode.js';
import { readCorpusText } from '../electron/corpus/loadCorpus.js';
import { parseCorpusInto } from '../electron/corpus/parseCorpus.js';
import { peakRssMb } from './memory.js';

interface Phase {
  name: string;
  ms: number;
  cpu_ms: number;
  /** VmHWM (peak resident set) of this process when the phase ended. */
  peak_rss_mb: number;
}

const [mode, file, outDir] = process.argv.slice(2);
const phases: Phase[] = [];
const start = { rss: peakRssMb() };
let t = performance.now();
let cpu = process.cpuUsage();
const phase = (name: string) => {
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  phases.push({ name, ms: now - t, cpu_ms: (used.user + used.system) / 1000, peak_rss_mb: peakRssMb() });
  t = performance.now();
  cpu = process.cpuUsage();
};
const extra: Record<string, number> = {};

if (mode === 'floor') {
  // The least any reader of this text pays: the bytes read, decoded to a string and cut into lines.
  const text = new TextDecoder().decode(readFileSync(file));
  phase('read');
  extra.lines = splitLines(text).length;
  phase('split');
} else if (mode === 'parse') {
  const { name, text, issues } = readCorpusText(file);
  phase('read');
  let rows = 0;
  const sink: CorpusSink = { add: () => void rows++ };
  parseCorpusInto(text, name, issues, sink);
  extra.rows = rows;
  phase('parse');
} else if (mode === 'arrow') {
  const { name, text, issues } = readCorpusText(file);
  phase('read');
  // Parse, build and write run interleaved, record by record; the time inside the sink is build, inside the writer write.
  let buildMs = 0;
  let writeMs = 0;
  const writers = arrowFileWriters(outDir);
  const columns = new ColumnSink((table, batch) => {
    const w0 = performance.now();
    writers.onBatch(table, batch);
    writeMs += performance.now() - w0;
  }, { buffers: 'reuse', dictionaries: false });
  const timed: CorpusSink = {
    add: (table, row) => {
      const b0 = performance.now();
      columns.add(table, row);
      buildMs += performance.now() - b0;
    },
  };
  parseCorpusInto(text, name, issues, timed);
  const c0 = performance.now();
  columns.finish();
  writers.close();
  buildMs += performance.now() - c0;
  phase('parse_build_write');
  extra.build_ms = buildMs - writeMs;
  extra.write_ms = writeMs;
  extra.output_mb = readdirSync(outDir).reduce((s, f) => s + statSync(path.join(outDir, f)).size, 0) / 2 ** 20;
} else if (mode === 'load') {
  // What the app does with the text: Arrow IPC streams in memory, each loaded into duckdb-wasm (its Node build here).
  // Imported here, not above: duckdb-wasm's module would raise every other mode's baseline RSS.
  const { corpusTextToIpc } = await import('../electron/arrow/toArrow.js');
  const { openNodeDuckDb } = await import('../electron/engine/nodeDuckdb.js');
  const { name, text, issues } = readCorpusText(file);
  phase('read');
  const { tables } = corpusTextToIpc(text, name, issues);
  phase('parse_build_ipc');
  extra.ipc_mb = tables.reduce((s, t) => s + t.ipc.byteLength, 0) / 2 ** 20;
  const db = await openNodeDuckDb();
  phase('engine_open');
  for (const t of tables) db.insertIpc(t.name, t.ipc);
  phase('engine_load');
  extra.lines = Number(db.query('SELECT count(*) AS n FROM lines').get(0)!.n);
  extra.engine_memory_mb = Number(db.query('SELECT sum(memory_usage_bytes) AS b FROM duckdb_memory()').get(0)!.b) / 2 ** 20;
  phase('first_query');
  db.close();
} else {
  throw new Error(`unknown mode ${mode}`);
}

process.stdout.write(`${JSON.stringify({ mode, baseline_rss_mb: start.rss, phases, ...extra })}\n`);
