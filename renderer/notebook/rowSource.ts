import type { Table } from 'apache-arrow';
import { tableToRows } from '../../common/arrowAdapters';
import { lineRefOf } from '../grid/cellText';
import type { SourceRef } from '../app/workbenchContext';

/** Where a result row comes from: its own line columns, or else its record's lines found by entity_id. */
export async function openRowSource(
  table: Table,
  rowIndex: number,
  openSource: (ref: SourceRef) => void,
  lookupEntity?: (entityId: string) => Promise<SourceRef | null>,
): Promise<void> {
  const row = tableToRows(table.slice(rowIndex, rowIndex + 1))[0];
  if (!row) return;
  const ref = lineRefOf(row);
  if (ref) return openSource(ref);
  if (typeof row.entity_id === 'string' && lookupEntity) {
    const found = await lookupEntity(row.entity_id);
    if (found) openSource(found);
  }
}
