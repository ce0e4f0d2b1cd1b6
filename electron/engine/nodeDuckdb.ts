import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Table } from 'apache-arrow';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

/** Settings that keep the engine from ever reaching the network (extensions are not autoloaded). */
export const OFFLINE_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];

/** A synchronous DuckDB (duckdb-wasm's Node build) for the command line, tests and benchmarks. */
export interface NodeDuckDb {
  query(sql: string): Table;
  /** The result as Arrow IPC stream bytes (made with the apache-arrow copy the engine's own tables come from). */
  queryIpc(sql: string): Uint8Array;
  /** Creates the table from Arrow IPC stream bytes, or appends to it when `create` is false. */
  insertIpc(table: string, ipc: Uint8Array, create?: boolean): void;
  close(): void;
}

export async function openNodeDuckDb(): Promise<NodeDuckDb> {
  const logger = new duckdb.VoidLogger();
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    logger,
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  for (const s of OFFLINE_SETTINGS) conn.query(s);
  return {
    query: (sql) => conn.query(sql) as unknown as Table,
    // duckdb-wasm's Node build loads apache-arrow through require: its Tables only serialise with that same copy.
    queryIpc: (sql) => (require('apache-arrow') as typeof import('apache-arrow')).tableToIPC(conn.query(sql) as never, 'stream'),
    insertIpc: (table, ipc, create = true) => conn.insertArrowFromIPCStream(ipc, { name: table, create }),
    close: () => {
      conn.close();
      db.reset();
    },
  };
}
