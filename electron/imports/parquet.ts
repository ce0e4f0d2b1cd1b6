import { readParquet, Table as WasmTable, writeParquet } from 'parquet-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';

/**
 * Parquet through parquet-wasm (Arrow in, Arrow out; wasm, nothing fetched): duckdb-wasm cannot load its own parquet
 * extension offline.
 */
export function parquetToIpc(bytes: Uint8Array): Uint8Array {
  return readParquet(bytes).intoIPCStream();
}

/** Arrow IPC stream bytes to Parquet. */
export function ipcToParquet(ipc: Uint8Array): Uint8Array {
  return writeParquet(WasmTable.fromIPCStream(ipc));
}

export function ipcToTable(ipc: Uint8Array): Table {
  return tableFromIPC(ipc);
}
