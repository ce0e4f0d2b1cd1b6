import { useMemo } from 'react';
import { AllCommunityModule, ModuleRegistry, type ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { DataType, type Table } from 'apache-arrow';
import { tableToRows } from '../../common/arrowAdapters';
import { columnCellText } from '../../renderer/grid/cellText';
import { GRID_THEME } from '../../renderer/grid/gridTheme';

ModuleRegistry.registerModules([AllCommunityModule]);

type Row = Record<string, unknown>;

/**
 * The grid as it was before it read Arrow lazily (commit a280680): every row an object made by tableToRows, AG Grid's
 * client-side row model over them. Kept here only so the benchmark measures the old path beside the new in one run.
 */
export function LegacyGrid({ table }: { table: Table }) {
  const rows = useMemo(() => tableToRows(table.numRows > 200_000 ? table.slice(0, 200_000) : table), [table]);
  const columnDefs = useMemo<ColDef<Row>[]>(
    () =>
      table.schema.fields.map((f, i) => {
        const numeric = DataType.isInt(f.type) || DataType.isFloat(f.type) || DataType.isDecimal(f.type);
        const text = columnCellText(f.name);
        return {
          colId: `c${i}`,
          headerName: f.name,
          valueGetter: (p) => p.data?.[f.name],
          valueFormatter: (p) => text(p.value),
          cellClass: (p) => [numeric ? 'cell-number' : '', p.value === null || p.value === undefined ? 'cell-null' : ''].filter(Boolean),
          tooltipValueGetter: (p) => (typeof p.value === 'string' && p.value.length > 40 ? p.value : null),
          type: numeric ? 'rightAligned' : undefined,
          comparator: numeric ? (a: unknown, b: unknown) => Number(a ?? -Infinity) - Number(b ?? -Infinity) : undefined,
        };
      }),
    [table],
  );
  return (
    <div className="result-grid" style={{ height: '100%' }}>
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
        tooltipShowDelay={200}
      />
    </div>
  );
}
