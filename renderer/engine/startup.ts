import { TABLE_NAMES } from '../../common/tables';
import { callApi, requireApi } from '../api/client';
import { CURATED_TABLES, type CorpusInfo, type ImportedTableInfo } from '../../common/api';
import { decodeCorpusBundle } from '../../common/corpusBundle';
import { startDuckDbEngine, type DuckDbEngine } from './duckdbEngine';
import { quoteIdent, quoteText } from '../pivot/sqlText';
import { loadImportedTables, type TableLoader } from '../imports/importedTables';

export type StartupStage = 'corpus' | 'engine' | 'loading' | 'ready' | 'failed';

export interface StartedWorkbench {
  engine: DuckDbEngine;
  corpus: CorpusInfo;
  timings: { corpusMs: number; engineMs: number; loadMs: number; totalMs: number };
  /** The analyst's imports loaded at start (other corpora among them). */
  imports: ImportedTableInfo[];
  /** Puts every corpus table back as it was loaded, whatever a statement did to it: no restart needed. */
  reloadCorpus(): Promise<void>;
  /** After the analyst's curations changed: the curated tables read again, this corpus's rows replaced in place. */
  reloadCurated(): Promise<void>;
}

interface CorpusTable {
  name: string;
  ipc: Uint8Array;
}

/** The engine as imports need it: replace a table, or append another corpus's rows. */
export function tableLoaderFor(engine: DuckDbEngine): TableLoader {
  return {
    replace: (name, ipc) => replaceTable(engine, name, ipc),
    async replaceCorpusRows(table, corpus, ipc) {
      await deleteCorpusRows(engine, table, corpus);
      await engine.appendArrowIpc(table, ipc);
    },
    async forget(info) {
      if (info.kind === 'corpus') for (const table of TABLE_NAMES) await deleteCorpusRows(engine, table, info.file);
      else await engine.query(`DROP TABLE IF EXISTS ${quoteIdent(info.name)}`);
    },
  };
}

function deleteCorpusRows(engine: DuckDbEngine, table: string, corpus: string) {
  return engine.query(`DELETE FROM ${quoteIdent(table)} WHERE corpus = ${quoteText(corpus)}`);
}

/** Puts Arrow bytes under `name`, dropping the table or view that stood there. */
export async function replaceTable(engine: DuckDbEngine, name: string, ipc: Uint8Array): Promise<void> {
  const quoted = quoteIdent(name);
  await engine.query(`DROP TABLE IF EXISTS ${quoted}`).catch(() => engine.query(`DROP VIEW IF EXISTS ${quoted}`));
  await engine.insertArrowIpc(name, ipc);
}

/**
 * Drops whatever now stands under a corpus table's name (a table, or a view someone made) and loads the kept bytes
 * again, a copy each time: inserting moves the bytes to the worker.
 */
export async function reloadCorpusTables(engine: DuckDbEngine, tables: readonly CorpusTable[]): Promise<void> {
  for (const t of tables) await replaceTable(engine, t.name, t.ipc.slice());
}

/**
 * Starts the engine, then asks for the corpus (one request holding every table) while the engine's worker and wasm
 * load and compile; then loads every table into it. On failure the engine is terminated here: nothing outlives a
 * failed start.
 */
export async function startWorkbench(onStage: (stage: StartupStage) => void): Promise<StartedWorkbench> {
  const t0 = performance.now();
  onStage('corpus');
  // The engine is the longest path (worker script, 34 MB wasm, compile): it is requested first and nothing queues before it.
  const enginePromise = startDuckDbEngine().then((engine) => ({ engine, ms: performance.now() - t0 }));
  const corpusPromise = requireApi('corpus.bundle', {}).then((bytes) => {
    const { info, tables } = decodeCorpusBundle(bytes);
    return { corpus: info, tables, ms: performance.now() - t0 };
  });
  const importsListing = callApi('imports.list', {});
  let engine: DuckDbEngine | null = null;
  try {
    const data = await corpusPromise;
    onStage('engine');
    const started = await enginePromise;
    const loaded = started.engine;
    engine = loaded;
    onStage('loading');
    const tLoad = performance.now();
    // The pristine bytes are kept for restoring the corpus in place; the engine gets copies.
    for (const t of data.tables) await loaded.insertArrowIpc(t.name, t.ipc.slice());
    // The analyst's own tables, imported before: one that cannot be read is left out, never fatal to the start.
    const imports = await loadImportedTables(tableLoaderFor(loaded), importsListing);
    const loadMs = performance.now() - tLoad;
    onStage('ready');
    return {
      engine,
      corpus: data.corpus,
      timings: { corpusMs: data.ms, engineMs: started.ms, loadMs, totalMs: performance.now() - t0 },
      imports,
      // Imported corpora append to the corpus tables: after the reload they are appended again.
      reloadCorpus: async () => {
        await reloadCorpusTables(loaded, data.tables);
        await loadImportedTables(tableLoaderFor(loaded));
      },
      reloadCurated: async () => {
        const fresh = await Promise.all(CURATED_TABLES.map(async (name) => ({ name, ipc: await requireApi('corpus.table', { name }) })));
        for (const t of fresh) {
          data.tables[data.tables.findIndex((k) => k.name === t.name)] = t;
          // Only this corpus's rows: another year's imported corpus keeps its own in the same table.
          await tableLoaderFor(loaded).replaceCorpusRows(t.name, data.corpus.file, t.ipc.slice());
        }
      },
    };
  } catch (e) {
    onStage('failed');
    const pending = engine ?? (await enginePromise.then((s) => s.engine, () => null));
    await pending?.terminate();
    throw e;
  }
}
