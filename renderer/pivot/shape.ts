/** Pivot result (Arrow) → AG Grid column defs and rows. The grid only displays; every number comes from DuckDB. */
import type { Table } from 'apache-arrow';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { tableToRows } from '../../common/arrowAdapters';
import { fieldLabel } from './fieldLabels';
import type { Locale } from '../i18n/messages';
import { formatMeasure } from './formats';
import { LEVEL_COLUMN, type PivotColumn, type PivotPlan } from './generateSql';

export type RowKind = 'detail' | 'subtotal' | 'total';

/** One grid row: row labels under r0…, measure cells under v0…, plus what the styling and drill-down need. */
export interface PivotGridRow {
  pivotRowId: string;
  pivotKind: RowKind;
  pivotLevel: number;
  [key: string]: unknown;
}

export type PivotColDef = ColDef<PivotGridRow> | ColGroupDef<PivotGridRow>;

export interface PivotLeaf {
  id: string;
  column: PivotColumn;
}

export interface PivotGrid {
  columnDefs: PivotColDef[];
  rows: PivotGridRow[];
  /** Grid field ids of the row-header columns, in order (r0, r1, …). */
  rowFieldIds: string[];
  /** Measure columns in output order, with the plan column behind each. */
  leaves: PivotLeaf[];
}

export const rowFieldId = (i: number) => `r${i}`;
export const leafId = (i: number, prefix = 'v') => `${prefix}${i}`;

/** Cell classes shared by the grid and its stylesheet. */
export const CELL_CLASS = { columnTotal: 'pivot-col-total', columnSubtotal: 'pivot-col-subtotal', rowHeader: 'pivot-row-header' } as const;
export const ROW_CLASS: Record<RowKind, string> = { detail: '', subtotal: 'pivot-row-subtotal', total: 'pivot-row-total' };

function rowKind(level: number, depth: number): RowKind {
  if (level >= depth) return depth === 0 ? 'total' : 'detail';
  return level === 0 ? 'total' : 'subtotal';
}

function leafDef(plan: PivotPlan, leaf: PivotLeaf, header: string): ColDef<PivotGridRow> {
  const format = plan.measures[leaf.column.measure].format;
  const kindClass = leaf.column.kind === 'total' && plan.columnFields.length > 0 ? CELL_CLASS.columnTotal
    : leaf.column.kind === 'subtotal' ? CELL_CLASS.columnSubtotal : undefined;
  return {
    colId: leaf.id,
    field: leaf.id,
    headerName: header,
    headerTooltip: leaf.column.path.join(' / '),
    type: 'rightAligned',
    cellClass: kindClass,
    headerClass: kindClass,
    valueFormatter: (p) => formatMeasure(p.value, format),
    minWidth: 90,
  };
}

/** The header path a leaf shows: with one measure and column fields its label is dropped (it would repeat). */
export function headerPath(plan: PivotPlan, column: PivotColumn): string[] {
  const dropMeasure = plan.measures.length === 1 && plan.columnFields.length > 0;
  return dropMeasure ? column.path.slice(0, -1) : column.path;
}

/** Nest leaves under their header path. */
function headerTree(plan: PivotPlan, leaves: PivotLeaf[]): PivotColDef[] {
  const roots: PivotColDef[] = [];
  const groups = new Map<string, ColGroupDef<PivotGridRow>>();
  for (const leaf of leaves) {
    const path = headerPath(plan, leaf.column);
    let siblings = roots;
    for (let depth = 0; depth < path.length - 1; depth++) {
      const key = JSON.stringify(path.slice(0, depth + 1));
      let group = groups.get(key);
      if (!group) {
        const isTotal = leaf.column.kind !== 'cell' && depth === path.length - 2 && plan.columnFields.length > 0;
        group = { groupId: key, headerName: path[depth], children: [], marryChildren: true, headerClass: isTotal ? CELL_CLASS.columnTotal : undefined };
        groups.set(key, group);
        siblings.push(group);
      }
      siblings = group.children;
    }
    siblings.push(leafDef(plan, leaf, path[path.length - 1]));
  }
  return roots;
}

/** `leafPrefix` names the measure columns; a new prefix makes the grid treat them as new columns (see PivotBuilder). */
export function shapePivot(table: Table, plan: PivotPlan, leafPrefix: string, locale: Locale): PivotGrid {
  const raw = tableToRows(table);
  const depth = plan.rowFields.length;
  const leaves = plan.columns.map((column, i) => ({ id: leafId(i, leafPrefix), column }));
  const rows: PivotGridRow[] = raw.map((r, index) => {
    const level = Number(r[LEVEL_COLUMN] ?? depth);
    const row: PivotGridRow = { pivotRowId: String(index), pivotKind: rowKind(level, depth), pivotLevel: level };
    plan.rowFields.forEach((f, i) => { row[rowFieldId(i)] = r[f] ?? ''; });
    leaves.forEach((leaf) => { row[leaf.id] = r[leaf.column.alias] ?? null; });
    return row;
  });
  const rowHeaders: ColDef<PivotGridRow>[] = plan.rowFields.map((f, i) => ({
    colId: rowFieldId(i),
    field: rowFieldId(i),
    headerName: fieldLabel(f, locale),
    headerTooltip: f,
    pinned: 'left',
    cellClass: CELL_CLASS.rowHeader,
    minWidth: 110,
  }));
  // The corner names the column fields, as Excel's 列ラベル does: "はい" alone would not say which flag it is.
  const corner: PivotColDef[] = plan.columnFields.length > 0 && rowHeaders.length > 0
    ? [{ groupId: 'pivot-corner', headerName: `${locale === 'en' ? 'Columns' : '列'}: ${plan.columnFields.map((f) => fieldLabel(f, locale)).join(' › ')}`, headerClass: 'pivot-corner', children: rowHeaders }]
    : rowHeaders;
  return {
    columnDefs: [...corner, ...headerTree(plan, leaves)],
    rows,
    rowFieldIds: plan.rowFields.map((_, i) => rowFieldId(i)),
    leaves,
  };
}
