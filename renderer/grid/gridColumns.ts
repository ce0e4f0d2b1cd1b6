import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { MessageKey } from '../i18n/messages';
import { columnCellText, hasLineColumns, lineRefOf, type RowLineRef } from './cellText';
import { columnKind, type ArrowRows, type GridRow } from './gridRows';
import { HeaderLabel, type HeaderActions } from './headerLabel';

/** Text longer than this is likely cut by its column: it is shown whole in a tooltip. */
const LONG_TEXT = 40;

export interface ColumnDefsInput {
  rows: ArrowRows;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  onOpenSource?: (ref: RowLineRef) => void;
  resolveRecord?: (entityId: string) => Promise<RowLineRef | null>;
  sortable: boolean;
  headerActions: () => HeaderActions;
}

/** One column per result column, by position (SQL may return a name twice); cells formatted only when drawn. */
export function resultColumnDefs({ rows, t, onOpenSource, resolveRecord, sortable, headerActions }: ColumnDefsInput): ColDef<GridRow>[] {
  const fields = rows.table.schema.fields;
  const defs: ColDef<GridRow>[] = fields.map((f, k) => {
    const numeric = columnKind(f) === 'number';
    const text = columnCellText(f.name);
    return {
      colId: `c${k}`,
      headerName: f.name,
      headerTooltip: `${f.name} : ${String(f.type)}`,
      headerComponentParams: { innerHeaderComponent: HeaderLabel, innerHeaderComponentParams: { actions: headerActions } },
      sortable,
      valueGetter: (p) => p.data?.v[k],
      valueFormatter: (p) => (p.data ? text(p.value) : ''),
      cellClass: (p) => [numeric ? 'cell-number' : '', p.data && (p.value === null || p.value === undefined) ? 'cell-null' : '', rows.flagText(p.data, k) ? 'cell-flagged' : ''].filter(Boolean),
      // A value the parser flagged (a unit read as ‰, say) says why on hover; long text shows whole on hover.
      tooltipValueGetter: (p) => rows.flagText(p.data, k) ?? (typeof p.value === 'string' && p.value.length > LONG_TEXT ? p.value : null),
      type: numeric ? 'rightAligned' : undefined,
    };
  });
  const byRecord = resolveRecord && rows.names.includes('entity_id');
  if (onOpenSource && (hasLineColumns(rows.names) || byRecord)) {
    defs.unshift({
      colId: 'source',
      headerName: t('result.source'),
      width: 72,
      pinned: 'left',
      sortable: false,
      resizable: false,
      cellRenderer: (p: ICellRendererParams<GridRow>) => {
        const record = p.data ? rows.record(p.data) : null;
        const ref = record ? lineRefOf(record) : null;
        const entityId = record && typeof record.entity_id === 'string' ? record.entity_id : null;
        if (!ref && !(byRecord && entityId)) return null;
        const open = () => {
          if (ref) onOpenSource(ref);
          else if (entityId && resolveRecord) void resolveRecord(entityId).then((found) => found && onOpenSource(found));
        };
        const button = document.createElement('button');
        button.className = 'source-button';
        button.title = t('result.sourceTitle');
        button.textContent = t('result.source');
        button.addEventListener('click', open);
        return button;
      },
    });
  }
  return defs;
}
