import type { Table } from 'apache-arrow';
import { tableToRows } from '../../common/arrowAdapters';
import { columnCellText } from '../grid/cellText';
import { fieldLabel } from '../pivot/fieldLabels';
import { formatMeasure } from '../pivot/formats';
import type { PivotPlan } from '../pivot/generateSql';
import { headerPath, type PivotGrid, type RowKind } from '../pivot/shape';

/** Cell outputs reduced to text, the one shape both report formats (HTML, Markdown) are written from. */
export interface TextTable {
  columns: string[];
  rows: string[][];
  /** Rows in the full result (more than rows.length when the report shows only the first ones). */
  rowCount: number;
  numeric: boolean[];
}

export interface PivotText {
  columns: string[];
  rows: { kind: RowKind; cells: string[] }[];
  /** How many leading columns are row labels. */
  labelColumns: number;
}

export type ExportOutput =
  | { kind: 'markdown'; html: string }
  | { kind: 'table'; table: TextTable }
  | { kind: 'pivot'; pivot: PivotText }
  | { kind: 'chart'; title: string; svg: string | null }
  | { kind: 'error'; message: string }
  | { kind: 'not-run' };

/** Rows of a SQL result a report shows; the row count says how many there were. */
export const REPORT_ROW_LIMIT = 200;

export function tableText(table: Table, rowCount: number, limit = REPORT_ROW_LIMIT): TextTable {
  const columns = table.schema.fields.map((f) => f.name);
  const rows = tableToRows(table.slice(0, limit));
  const numeric = table.schema.fields.map((f) => /^(Int|Float|Decimal|Uint)/.test(String(f.type)));
  const texts = columns.map(columnCellText);
  return { columns, rows: rows.map((r) => columns.map((c, k) => texts[k](r[c]))), rowCount, numeric };
}

export function pivotText(grid: PivotGrid, plan: PivotPlan): PivotText {
  const columns = [...plan.rowFields.map((f) => fieldLabel(f, 'ja')), ...grid.leaves.map((l) => headerPath(plan, l.column).join(' / '))];
  const rows = grid.rows.map((row) => ({
    kind: row.pivotKind,
    cells: [
      ...grid.rowFieldIds.map((id) => String(row[id] ?? '')),
      ...grid.leaves.map((l) => formatMeasure(row[l.id], plan.measures[l.column.measure].format)),
    ],
  }));
  return { columns, rows, labelColumns: plan.rowFields.length };
}
