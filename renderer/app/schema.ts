import { tableToRows } from '../../common/arrowAdapters';
import type { WorkbenchEngine } from '../engine/types';
import type { SchemaColumn } from './workbenchContext';

/** The live schema of the user's database, in column order. */
export async function readSchema(engine: WorkbenchEngine): Promise<SchemaColumn[]> {
  const table = await engine.query(
    "SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal ORDER BY table_name, column_index",
  );
  return tableToRows(table).map((r) => ({ table: String(r.table_name), column: String(r.column_name), type: String(r.data_type) }));
}
