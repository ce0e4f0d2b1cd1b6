import { useCallback } from 'react';
import { AllCommunityModule, ModuleRegistry, type CellDoubleClickedEvent, type CellKeyDownEvent, type RowClassParams } from 'ag-grid-community';
import { GRID_THEME } from '../grid/gridTheme';
import { AgGridReact } from 'ag-grid-react';
import { ROW_CLASS, type PivotGrid, type PivotGridRow } from './shape';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface PivotCellPick {
  row: PivotGridRow;
  /** The grid column id: a leaf (v…) or a row header (r…). */
  colId: string;
}

/** Displays a shaped pivot: pinned row headers, grouped column headers, totals styled; no sorting of its own. */
export function PivotGridView({ grid, onPick, onDrawn }: { grid: PivotGrid; onPick: (pick: PivotCellPick) => void; onDrawn?: () => void }) {
  const onDoubleClick = useCallback((e: CellDoubleClickedEvent<PivotGridRow>) => {
    if (e.data) onPick({ row: e.data, colId: e.column.getColId() });
  }, [onPick]);
  const onKey = useCallback((e: CellKeyDownEvent<PivotGridRow>) => {
    const key = e.event as KeyboardEvent | undefined;
    if (key?.key === 'Enter' && e.data) onPick({ row: e.data, colId: e.column.getColId() });
  }, [onPick]);
  return (
    <div className="pivot-grid" data-testid="pivot-grid">
      <AgGridReact<PivotGridRow>
        theme={GRID_THEME}
        // No getRowId: every run brings new rows, and reused row nodes would keep the last run's total styling.
        rowData={grid.rows}
        columnDefs={grid.columnDefs}
        getRowClass={(p: RowClassParams<PivotGridRow>) => (p.data ? ROW_CLASS[p.data.pivotKind] || undefined : undefined)}
        defaultColDef={{ sortable: false, resizable: true, suppressMovable: true }}
        suppressFieldDotNotation
        // Narrow number columns, all drawn while few: a cross-table is read (and copied) across its whole width.
        autoSizeStrategy={grid.rows.length <= 200 ? { type: 'fitCellContents' } : undefined}
        suppressColumnVirtualisation={grid.leaves.length <= 60}
        enableCellTextSelection
        onCellDoubleClicked={onDoubleClick}
        onCellKeyDown={onKey}
        onFirstDataRendered={() => onDrawn?.()}
        onRowDataUpdated={() => onDrawn?.()}
      />
    </div>
  );
}
