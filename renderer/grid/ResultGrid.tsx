import { useCallback, useMemo, useRef } from 'react';
import { AllCommunityModule, ModuleRegistry, type CellKeyDownEvent, type ColDef, type GridApi, type ICellRendererParams } from 'ag-grid-community';
import { GRID_THEME } from './gridTheme';
import { AgGridReact } from 'ag-grid-react';
import { DataType, type Table } from 'apache-arrow';
import { tableToRows } from '../../common/arrowAdapters';
import { useI18n } from '../i18n/locale';
import { columnCellText, hasLineColumns, lineRefOf, type RowLineRef } from './cellText';
import { flagColumnsFor } from './flags';

ModuleRegistry.registerModules([AllCommunityModule]);

type Row = Record<string, unknown>;

/** Rows drawn in the grid; a bigger result is still counted, exported and handed on whole. */
export const GRID_ROW_LIMIT = 200_000;

/** Text longer than this is likely cut by its column: it is shown whole in a tooltip. */
const LONG_TEXT = 40;

export interface ResultGridProps {
  table: Table;
  onOpenSource?: (ref: RowLineRef) => void;
  /** Finds a record's lines, so rows that only name an entity_id can open the source too. */
  resolveRecord?: (entityId: string) => Promise<RowLineRef | null>;
  onGridApi?: (api: GridApi<Row> | null) => void;
}

/** The results grid: virtualised rows from the one Arrow adapter, sortable and resizable, cells copyable. */
export function ResultGrid({ table, onOpenSource, resolveRecord, onGridApi }: ResultGridProps) {
  const { t } = useI18n();
  const rows = useMemo(() => tableToRows(table.numRows > GRID_ROW_LIMIT ? table.slice(0, GRID_ROW_LIMIT) : table), [table]);
  const apiRef = useRef<GridApi<Row> | null>(null);
  const columnDefs = useMemo<ColDef<Row>[]>(() => {
    const fields = table.schema.fields;
    const flagOf = flagColumnsFor(fields.map((f) => f.name));
    const flagText = (row: Row | undefined, column: string): string | null => {
      const flag = flagOf.get(column);
      const value = flag && row ? row[flag] : null;
      return typeof value === 'string' && value ? value : null;
    };
    const defs: ColDef<Row>[] = fields.map((f, i) => {
      const numeric = DataType.isInt(f.type) || DataType.isFloat(f.type) || DataType.isDecimal(f.type);
      const text = columnCellText(f.name);
      return {
        // colId by position: SQL may return the same name twice.
        colId: `c${i}`,
        headerName: f.name,
        headerTooltip: `${f.name} : ${String(f.type)}`,
        valueGetter: (p) => p.data?.[f.name],
        valueFormatter: (p) => text(p.value),
        cellClass: (p) => [numeric ? 'cell-number' : '', p.value === null || p.value === undefined ? 'cell-null' : '', flagText(p.data, f.name) ? 'cell-flagged' : ''].filter(Boolean),
        // A value the parser flagged (a unit read as ‰, say) says why on hover; long text shows whole on hover.
        tooltipValueGetter: (p) => flagText(p.data, f.name) ?? (typeof p.value === 'string' && p.value.length > LONG_TEXT ? p.value : null),
        type: numeric ? 'rightAligned' : undefined,
        comparator: numeric ? (a: unknown, b: unknown) => (Number(a ?? -Infinity) - Number(b ?? -Infinity)) : undefined,
      };
    });
    const names = fields.map((f) => f.name);
    const byRecord = resolveRecord && names.includes('entity_id');
    if (onOpenSource && (hasLineColumns(names) || byRecord)) {
      defs.unshift({
        colId: 'source',
        headerName: t('result.source'),
        width: 72,
        pinned: 'left',
        sortable: false,
        resizable: false,
        cellRenderer: (p: ICellRendererParams<Row>) => {
          const ref = p.data ? lineRefOf(p.data) : null;
          const entityId = p.data && typeof p.data.entity_id === 'string' ? p.data.entity_id : null;
          if (!ref && !(byRecord && entityId)) return null;
          const open = () => {
            if (ref) onOpenSource(ref);
            else if (entityId && resolveRecord) void resolveRecord(entityId).then((found) => found && onOpenSource(found));
          };
          return (
            <button className="source-button" title={t('result.sourceTitle')} onClick={open}>
              {t('result.source')}
            </button>
          );
        },
      });
    }
    return defs;
  }, [table, onOpenSource, resolveRecord, t]);

  // Enter or a double click on a row opens its report lines, like its 原文 button.
  const openRowSource = useCallback(
    (row: Row | undefined) => {
      if (!row || !onOpenSource) return;
      const ref = lineRefOf(row);
      if (ref) onOpenSource(ref);
      else if (resolveRecord && typeof row.entity_id === 'string') void resolveRecord(row.entity_id).then((found) => found && onOpenSource(found));
    },
    [onOpenSource, resolveRecord],
  );

  // Community AG Grid has no clipboard module: Ctrl+C copies the focused cell, Ctrl+Shift+C its whole row (tab-separated).
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<Row>) => {
      const key = e.event as KeyboardEvent | undefined;
      if (key?.key === 'Enter' && !key.ctrlKey && !key.metaKey && !key.shiftKey && !key.altKey) {
        openRowSource(e.data);
        return;
      }
      if (!key || !(key.ctrlKey || key.metaKey) || key.key.toLowerCase() !== 'c') return;
      const plain = (v: unknown) => (v === null || v === undefined ? '' : String(v));
      const text = key.shiftKey && e.data ? table.schema.fields.map((f) => plain(e.data![f.name])).join('\t') : plain(e.value);
      void navigator.clipboard?.writeText(text);
    },
    [table, openRowSource],
  );

  return (
    <div className="result-grid" data-testid="result-grid" data-columns={JSON.stringify(table.schema.fields.map((f) => f.name))} data-rows={table.numRows}>
      <AgGridReact<Row>
        theme={GRID_THEME}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={{ sortable: true, resizable: true, minWidth: 60, filter: false }}
        autoSizeStrategy={{ type: 'fitCellContents', skipHeader: false }}
        rowHeight={30}
        headerHeight={34}
        enableCellTextSelection
        ensureDomOrder={false}
        onCellKeyDown={onCellKeyDown}
        onRowDoubleClicked={(e) => openRowSource(e.data)}
        tooltipShowDelay={200}
        onGridReady={(e) => {
          apiRef.current = e.api;
          onGridApi?.(e.api);
        }}
        onGridPreDestroyed={() => {
          apiRef.current = null;
          onGridApi?.(null);
        }}
        overlayNoRowsTemplate={`<span>${t('result.rows', { rows: 0 })}</span>`}
      />
    </div>
  );
}
