import * as duckdb from '@duckdb/duckdb-wasm';
import { Table } from 'apache-arrow';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { readableDuckDbError } from '../../common/duckdbError';
import { LOCKDOWN_SETTINGS, offlineSettings } from './offlineSettings';
import type { WorkbenchEngine } from './types';

/** Bundles served by the app itself: never a CDN, so the engine works offline. */
const LOCAL_BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export const ENGINE_START_TIMEOUT_MS = 20_000;

export class EngineStartError extends Error {
  override name = 'EngineStartError';
}

/** A running duckdb-wasm: the WorkbenchEngine features use, plus loading and one terminate() for its owner. */
export interface DuckDbEngine extends WorkbenchEngine {
  /** How long each start step took (ms), for the startup benchmark. */
  readonly startSteps: { workerMs: number; instantiateMs: number; openMs: number };
  /** Creates `table` from Arrow IPC stream bytes. The bytes move to the worker: `ipc` is empty afterwards. */
  insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
  /** Appends Arrow IPC stream bytes to an existing table (another year's corpus beside the bundled one). */
  appendArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
  terminate(): Promise<void>;
}

/** Starts the engine in a Web Worker; rejects with a Japanese message after the timeout and leaves nothing running. */
export async function startDuckDbEngine(timeoutMs = ENGINE_START_TIMEOUT_MS): Promise<DuckDbEngine> {
  const t0 = performance.now();
  const bundle = await duckdb.selectBundle(LOCAL_BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let steps = { workerMs: 0, instantiateMs: 0, openMs: 0 };
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new EngineStartError(`分析エンジンが ${Math.round(timeoutMs / 1000)} 秒以内に起動しませんでした。ページを再読み込みしてください。続く場合はブラウザが WebAssembly を許可しているか確認してください。`)),
      timeoutMs,
    );
  });
  try {
    const conn = await Promise.race([
      (async () => {
        const t1 = performance.now();
        await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
        const t2 = performance.now();
        await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
        const c = await db.connect();
        for (const s of [...offlineSettings(self.location.origin), ...LOCKDOWN_SETTINGS]) await c.query(s);
        steps = { workerMs: t1 - t0, instantiateMs: t2 - t1, openMs: performance.now() - t2 };
        return c;
      })(),
      timeout,
    ]);
    return wrap(db, worker, conn, steps);
  } catch (e) {
    worker.terminate();
    if (e instanceof EngineStartError) throw e;
    throw new EngineStartError(`分析エンジンを起動できませんでした: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

function abortError(): DOMException {
  return new DOMException('クエリを中止しました', 'AbortError');
}

function wrap(db: duckdb.AsyncDuckDB, worker: Worker, loadConn: duckdb.AsyncDuckDBConnection, startSteps: DuckDbEngine['startSteps']): DuckDbEngine {
  let terminated = false;
  return {
    startSteps,
    async insertArrowIpc(table, ipc) {
      // duckdb-wasm silently inserts nothing from empty bytes (a buffer already moved to the worker): fail loudly.
      if (ipc.byteLength === 0) throw new Error(`表 ${table} のデータが空です（すでに読み込みに使われました）`);
      await loadConn.insertArrowFromIPCStream(ipc, { name: table, create: true });
    },
    async appendArrowIpc(table, ipc) {
      if (ipc.byteLength === 0) throw new Error(`表 ${table} のデータが空です（すでに読み込みに使われました）`);
      await loadConn.insertArrowFromIPCStream(ipc, { name: table, create: false });
    },
    async query(sql, options = {}): Promise<Table> {
      const { signal } = options;
      if (terminated) throw new Error('分析エンジンは終了しています');
      if (signal?.aborted) throw abortError();
      // A connection per query, so cancelSent() interrupts exactly this query and nothing else.
      const conn = await db.connect();
      let cancelled = false;
      const onAbort = () => {
        cancelled = true;
        void conn.cancelSent();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const reader = await conn.send(sql, false);
        if (cancelled) throw abortError();
        const batches = [];
        for await (const batch of reader) {
          if (cancelled) throw abortError();
          batches.push(batch);
        }
        return batches.length ? new Table(batches) : new Table(reader.schema);
      } catch (e) {
        if (cancelled) throw abortError();
        throw e instanceof Error ? new Error(readableDuckDbError(e.message, sql)) : e;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        void conn.close().catch(() => undefined);
      }
    },
    async terminate() {
      if (terminated) return;
      terminated = true;
      try {
        await db.terminate();
      } finally {
        worker.terminate();
      }
    },
  };
}
