import type { Table } from 'apache-arrow';

/** What every feature (SQL editor, pivot, charts, notebooks) needs of the engine: SQL in, Arrow out, cancellable. */
export interface WorkbenchEngine {
  /** Runs one statement; rejects with the engine's message on error, with an AbortError when the signal fires. */
  query(sql: string, options?: { signal?: AbortSignal }): Promise<Table>;
}
