import { useMemo } from 'react';
import { useWorkbench } from '../app/workbenchContext';
import { PivotBuilder } from './PivotBuilder';
import { emptySpec, type PivotSpec } from './spec';
import { SendToNotebook } from '../notebook/SendToNotebook';
import { quoteIdent } from './sqlText';
import type { JsonObject } from '../../common/notebookFormat';

/** The query a notebook's SQL cell runs so that its pivot cell reads what this pivot reads. */
function sourceSql(spec: PivotSpec): string {
  return spec.source.kind === 'query' ? spec.source.sql : `SELECT *\nFROM ${quoteIdent(spec.source.table)}`;
}

/** The pivot room inside the shell: engine, tables, source viewer and the SQL editor come from the workbench. */
export function PivotRoom() {
  const wb = useWorkbench();
  const handoff = wb.handoffFor('pivot');
  const tables = useMemo(() => [...new Set(wb.schema.map((c) => c.table))], [wb.schema]);
  const initialSpec = handoff ? emptySpec({ kind: 'query', sql: handoff.sql }) : undefined;
  return (
    <PivotBuilder
      // A new hand-off starts a new pivot over that query.
      key={handoff?.sql ?? 'tables'}
      engine={wb.engine}
      tables={tables}
      handoffSql={handoff?.sql ?? null}
      initialSpec={initialSpec}
      openSource={wb.openSource}
      dataVersion={wb.dataVersion}
      openInSqlEditor={wb.roomIds.includes('sql') ? (sql, table) => wb.openInRoom('sql', { sql, table, from: 'pivot' }) : undefined}
      openInCharts={wb.roomIds.includes('charts') ? (sql, table) => wb.openInRoom('charts', { sql, table, from: 'pivot' }) : undefined}
      pivotActions={(spec) => <SendToNotebook draft={() => ({ from: 'pivot', sql: sourceSql(spec), pivot: spec as unknown as JsonObject })} />}
    />
  );
}
