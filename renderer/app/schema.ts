import { tableToRows } from '../../common/arrowAdapters';
import type { WorkbenchEngine } from '../engine/types';
import { GRID_TABLE_PREFIX } from '../grid/registeredResult';
import { quoteIdent, quoteText } from '../pivot/sqlText';
import type { SchemaColumn } from './workbenchContext';

/** The live schema of the user's database, in column order. */
export async function readSchema(engine: WorkbenchEngine): Promise<SchemaColumn[]> {
  // The grid's own registered results are not the user's tables.
  const table = await engine.query(
    `SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal AND NOT starts_with(table_name, '${GRID_TABLE_PREFIX}') ORDER BY table_name, column_index`,
  );
  return tableToRows(table).map((r) => ({ table: String(r.table_name), column: String(r.column_name), type: String(r.data_type) }));
}

/** Every table's row count, as the engine holds it now (another corpus or an import changes them). One query. */
export async function readRowCounts(engine: WorkbenchEngine, tables: readonly string[]): Promise<Record<string, number>> {
  if (tables.length === 0) return {};
  const sql = tables.map((t) => `SELECT ${quoteText(t)} AS t, count(*)::DOUBLE AS n FROM ${quoteIdent(t)}`).join('\nUNION ALL\n');
  return Object.fromEntries(tableToRows(await engine.query(sql)).map((r) => [String(r.t), Number(r.n)]));
}
