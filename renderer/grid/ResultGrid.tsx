import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  AllCommunityModule,
  ModuleRegistry,
  createGrid,
  type CellFocusedEvent,
  type CellKeyDownEvent,
  type GridApi,
  type IDatasource,
  type IGetRowsParams,
} from 'ag-grid-community';
import type { Table } from 'apache-arrow';
import { WorkbenchContext } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import type { RowLineRef } from './cellText';
import { ColumnPanel } from './ColumnPanel';
import { DetailPanel } from './DetailPanel';
import { FilterBar } from './FilterBar';
import { GridOrder } from './gridOrder';
import { resultColumnDefs } from './gridColumns';
import { ArrowRows, type GridRow } from './gridRows';
import { GRID_THEME } from './gridTheme';
import type { HeaderActions } from './headerLabel';
import { RegisteredResult, type GridEngineHost } from './registeredResult';
import type { ColumnFilter, ColumnSort } from './viewSql';
import './grid.css';

ModuleRegistry.registerModules([AllCommunityModule]);

/**
 * Rows read from Arrow per request of the grid; only the blocks near the viewport are kept. The infinite row model
 * always answers a new block a task later (its rows are drawn empty first), so big blocks make that rare when scrolling fast.
 */
const BLOCK_ROWS = 1000;
const KEPT_BLOCKS = 10;

/** The result in the grid's order with its filters: what the exports write. */
export interface GridView {
  orderedTable(): Promise<Table>;
}

export interface ResultGridProps {
  table: Table;
  onOpenSource?: (ref: RowLineRef) => void;
  /** Finds a record's lines, so rows that only name an entity_id can open the source too. */
  resolveRecord?: (entityId: string) => Promise<RowLineRef | null>;
  onView?: (view: GridView | null) => void;
}

type Side = { kind: 'column'; column: number } | { kind: 'detail'; row: GridRow; position: number } | null;

const resultIds = new WeakMap<Table, number>();
let lastResultId = 0;

/**
 * The results grid. A new result gets a new grid: sort, filters and panels of the previous one never apply to it.
 */
export function ResultGrid(props: ResultGridProps) {
  let id = resultIds.get(props.table);
  if (id === undefined) resultIds.set(props.table, (id = ++lastResultId));
  return <ResultGridOf key={id} {...props} />;
}

/**
 * The grid of one result. Rows stay in the Arrow table: the grid asks for the block it draws and reads just those cells.
 * Sorting, filters and the column profile run as SQL in DuckDB over the result registered as a table; Enter or a
 * double click opens the row's details, with its report lines one click further.
 */
function ResultGridOf({ table, onOpenSource, resolveRecord, onView }: ResultGridProps) {
  const { t } = useI18n();
  const wb = useContext(WorkbenchContext);
  const wbRef = useRef(wb);
  wbRef.current = wb;
  const hasEngine = wb !== null;
  const rows = useMemo(() => new ArrowRows(table), [table]);
  const result = useMemo(() => {
    if (!hasEngine) return null;
    const host: GridEngineHost = {
      query: (sql, options) => wbRef.current!.engine.query(sql, options),
      replace: (name, ipc) => wbRef.current!.tables.replace(name, ipc),
    };
    return new RegisteredResult(table, host);
  }, [table, hasEngine]);
  useEffect(() => () => result?.release(), [result]);
  const order = useMemo(() => new GridOrder(table, result), [table, result]);

  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const [filters, setFilters] = useState<ReadonlyMap<number, ColumnFilter>>(new Map());
  const filtersRef = useRef(filters);
  const sortRef = useRef<ColumnSort[]>([]);
  const [shown, setShown] = useState<number | null>(table.numRows);
  const [viewRun, setViewRun] = useState(0);
  const [viewError, setViewError] = useState<string | null>(null);
  const [side, setSide] = useState<Side>(null);
  const sideRef = useRef(side);
  sideRef.current = side;
  const servedKey = useRef('');

  const datasource = useMemo<IDatasource>(
    () => ({
      rowCount: table.numRows,
      getRows(p: IGetRowsParams<GridRow>) {
        const sort: ColumnSort[] = p.sortModel
          .filter((s) => /^c\d+$/.test(s.colId))
          .map((s) => ({ column: Number(s.colId.slice(1)), direction: s.sort === 'desc' ? 'desc' : 'asc' }));
        sortRef.current = sort;
        const filtersNow = filtersRef.current;
        const key = JSON.stringify([sort, [...filtersNow]]);
        const serve = (o: Int32Array | null) => {
          const n = o ? o.length : rows.numRows;
          p.successCallback(rows.slice(p.startRow, Math.min(p.endRow, n), o), n);
          // State changes once per new order, not once per block: scrolling re-renders nothing here.
          if (servedKey.current !== key) {
            servedKey.current = key;
            setShown(n);
            setViewError(null);
            setViewRun((v) => v + 1);
          }
        };
        // A known order is served at once, so a block never shows as loading while the user scrolls.
        const known = order.orderNow(sort, filtersNow);
        if (known !== undefined) return serve(known);
        order.orderFor(sort, filtersNow).then(serve, (e: unknown) => {
          p.failCallback();
          setViewError(e instanceof Error ? e.message : String(e));
        });
      },
    }),
    [table, rows, order],
  );

  const setFilter = useCallback((column: number | null, filter: ColumnFilter | null) => {
    const next = new Map(column === null ? [] : filtersRef.current);
    if (column !== null) {
      if (filter) next.set(column, filter);
      else next.delete(column);
    }
    filtersRef.current = next;
    setFilters(next);
    setShown(null);
    apiRef.current?.ensureIndexVisible(0, 'top');
    apiRef.current?.purgeInfiniteCache();
  }, []);

  const openDetail = useCallback((row: GridRow | undefined, rowIndex: number | null) => {
    if (row && rowIndex !== null) setSide({ kind: 'detail', row, position: rowIndex + 1 });
  }, []);

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<GridRow>) => {
      const key = e.event as KeyboardEvent | undefined;
      if (!key) return;
      const plain = key.ctrlKey || key.metaKey || key.shiftKey || key.altKey;
      if (key.key === 'Enter' && !plain) return openDetail(e.data, e.rowIndex);
      if (key.key === 'Escape' && sideRef.current) return setSide(null);
      // Community AG Grid has no clipboard module: Ctrl+C copies the focused cell, Ctrl+Shift+C its whole row (tab-separated).
      if (!(key.ctrlKey || key.metaKey) || key.key.toLowerCase() !== 'c') return;
      const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
      void navigator.clipboard?.writeText(key.shiftKey && e.data ? e.data.v.map(text).join('\t') : text(e.value));
    },
    [openDetail],
  );

  // With the details open, moving to another row (a click, the arrow keys) shows that row instead.
  const onCellFocused = useCallback((e: CellFocusedEvent<GridRow>) => {
    if (sideRef.current?.kind !== 'detail' || e.rowIndex === null || e.rowPinned) return;
    const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
    if (node?.data && node.data !== sideRef.current.row) setSide({ kind: 'detail', row: node.data, position: e.rowIndex + 1 });
  }, []);

  useEffect(() => {
    onView?.({ orderedTable: () => order.orderedTable(sortRef.current, filtersRef.current) });
    return () => onView?.(null);
  }, [order, onView]);

  // The headers read these when the grid draws them; a change of filters or language redraws them.
  const headerActions = useRef<HeaderActions>({ filtered: new Set(), openColumn: null, label: '' });
  headerActions.current = {
    filtered: new Set(filters.keys()),
    openColumn: result ? (column) => setSide({ kind: 'column', column }) : null,
    label: t('grid.columnPanel'),
  };
  const handlers = useRef({ onCellKeyDown, onCellFocused, openDetail });
  handlers.current = { onCellKeyDown, onCellFocused, openDetail };

  // AG Grid drawn by its own DOM code (its React cells cost about twice as much per scrolled frame here), created once
  // per result: the options that change later are set on it below.
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const api = createGrid<GridRow>(host.current!, {
      theme: GRID_THEME,
      rowModelType: 'infinite',
      datasource,
      cacheBlockSize: BLOCK_ROWS,
      maxBlocksInCache: KEPT_BLOCKS,
      infiniteInitialRowCount: table.numRows,
      defaultColDef: { sortable: order.canQuery, resizable: true, minWidth: 60, filter: false },
      autoSizeStrategy: { type: 'fitCellContents', skipHeader: false },
      rowHeight: 30,
      headerHeight: 34,
      enableCellTextSelection: true,
      ensureDomOrder: false,
      tooltipShowDelay: 200,
      onCellKeyDown: (e) => {
        if ('column' in e) handlers.current.onCellKeyDown(e);
      },
      onCellFocused: (e) => handlers.current.onCellFocused(e),
      onSortChanged: (e) => e.api.ensureIndexVisible(0, 'top'),
      onRowDoubleClicked: (e) => handlers.current.openDetail(e.data, e.rowIndex),
    });
    apiRef.current = api;
    return () => {
      apiRef.current = null;
      api.destroy();
    };
  }, [datasource, table, order]);

  useEffect(() => {
    apiRef.current?.setGridOption('columnDefs', resultColumnDefs({ rows, t, onOpenSource, resolveRecord, sortable: order.canQuery, headerActions: () => headerActions.current }));
    apiRef.current?.setGridOption('overlayNoRowsTemplate', `<span>${t('result.rows', { rows: 0 })}</span>`);
  }, [rows, t, onOpenSource, resolveRecord, order]);

  useEffect(() => {
    apiRef.current?.refreshHeader();
  }, [filters]);

  return (
    <div
      className="result-grid"
      data-testid="result-grid"
      data-columns={JSON.stringify(rows.names)}
      data-rows={table.numRows}
      data-shown-rows={shown ?? ''}
      data-view={viewRun}
    >
      <FilterBar names={rows.names} filters={filters} shown={shown} total={table.numRows} onRemove={(c) => setFilter(c, null)} onClearAll={() => setFilter(null, null)} />
      {viewError && <p className="grid-error" role="alert">{t('grid.viewError', { message: viewError })}</p>}
      <div className="result-grid-body">
        <div className="result-grid-table">
          <div ref={host} className="result-grid-host" />
        </div>
        {side?.kind === 'column' && result && (
          <ColumnPanel
            key={side.column}
            column={side.column}
            field={table.schema.fields[side.column]}
            result={result}
            filters={filters}
            onFilter={setFilter}
            onClose={() => setSide(null)}
          />
        )}
        {side?.kind === 'detail' && (
          <DetailPanel rows={rows} row={side.row} position={side.position} onOpenSource={onOpenSource} resolveRecord={resolveRecord} onClose={() => setSide(null)} />
        )}
      </div>
    </div>
  );
}
