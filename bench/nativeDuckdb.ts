// Native DuckDB (@duckdb/node-api, a devDependency for the benchmarks only): the peer that duckdb-wasm's timings are
// set beside, running the same SQL in the same bench run.
import { DuckDBInstance } from '@duckdb/node-api';

export interface NativeDuckDb {
  /** e.g. "DuckDB v1.4.4 native (@duckdb/node-api), 2 threads". */
  readonly description: string;
  /** Runs one statement and reads every row of its result, as the wasm engine hands a whole result to JS. */
  run(sql: string): Promise<number>;
  close(): void;
}

export async function openNativeDuckDb(): Promise<NativeDuckDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const run = async (sql: string) => (await conn.runAndReadAll(sql)).currentRowCount;
  const about = (await conn.runAndReadAll("SELECT version() AS v, current_setting('threads') AS t")).getRowObjects()[0];
  return {
    description: `DuckDB ${String(about.v)} native (@duckdb/node-api), ${String(about.t)} threads`,
    run,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
