/** Pivot exports for Excel users: CSV (UTF-8 with BOM, as displayed) and XLSX (multi-level headers, numFmt kept). */
import type { Workbook } from 'exceljs';
import { csvField } from '../../common/csv';
import { fieldLabel } from './fieldLabels';
import { excelCellValue, excelNumFmt, formatMeasure } from './formats';
import type { PivotPlan } from './generateSql';
import { headerPath, type PivotGrid } from './shape';


/** One header line (paths joined with " / "), values written as the grid shows them so Excel reads 26.7% as 26.7%. */
export function pivotCsv(grid: PivotGrid, plan: PivotPlan): string {
  const header = [...plan.rowFields.map((f) => fieldLabel(f, 'ja')), ...grid.leaves.map((l) => headerPath(plan, l.column).join(' / '))];
  const lines = [header.map(csvField).join(',')];
  for (const row of grid.rows) {
    const labels = grid.rowFieldIds.map((id) => String(row[id] ?? ''));
    const values = grid.leaves.map((l) => formatMeasure(row[l.id], plan.measures[l.column.measure].format));
    lines.push([...labels, ...values].map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

const TOTAL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE5F0' } } as const;

/** The pivot as one worksheet: header rows merged like the grid's groups, row headers and header rows frozen. */
export async function pivotWorkbook(grid: PivotGrid, plan: PivotPlan, title = 'ピボット'): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '共生ワークベンチ';
  const ws = wb.addWorksheet(title.slice(0, 31));
  const nRowFields = plan.rowFields.length;
  const paths = grid.leaves.map((l) => headerPath(plan, l.column));
  const depth = Math.max(1, ...paths.map((p) => p.length));

  for (let h = 0; h < depth; h++) {
    const row = ws.getRow(h + 1);
    plan.rowFields.forEach((f, i) => { row.getCell(i + 1).value = fieldLabel(f, 'ja'); });
    paths.forEach((p, j) => { row.getCell(nRowFields + j + 1).value = p[Math.min(h, p.length - 1)]; });
    row.font = { bold: true };
    row.eachCell((c) => { c.fill = HEADER_FILL; c.alignment = { horizontal: 'center', vertical: 'middle' }; });
  }
  if (depth > 1) plan.rowFields.forEach((_, i) => ws.mergeCells(1, i + 1, depth, i + 1));
  // Groups: consecutive leaves sharing a path prefix merge across; a leaf shorter than depth merges down.
  paths.forEach((p, j) => {
    const col = nRowFields + j + 1;
    if (p.length < depth) ws.mergeCells(p.length, col, depth, col);
  });
  for (let h = 0; h < depth - 1; h++) {
    let start = 0;
    for (let j = 1; j <= paths.length; j++) {
      const prefix = (k: number) => (paths[k].length - 1 > h ? JSON.stringify(paths[k].slice(0, h + 1)) : null);
      const a = prefix(start);
      if (j < paths.length && a !== null && prefix(j) === a) continue;
      if (a !== null && j - 1 > start) ws.mergeCells(h + 1, nRowFields + start + 1, h + 1, nRowFields + j);
      start = j;
    }
  }

  grid.rows.forEach((r, i) => {
    const row = ws.getRow(depth + i + 1);
    grid.rowFieldIds.forEach((id, k) => { row.getCell(k + 1).value = String(r[id] ?? ''); });
    grid.leaves.forEach((l, j) => {
      const format = plan.measures[l.column.measure].format;
      const cell = row.getCell(nRowFields + j + 1);
      cell.value = excelCellValue(r[l.id], format) as number | string | null;
      cell.numFmt = excelNumFmt(format);
      if (l.column.kind !== 'cell' && plan.columnFields.length > 0) cell.fill = TOTAL_FILL;
    });
    if (r.pivotKind !== 'detail') {
      row.font = { bold: true };
      row.eachCell((c) => { c.fill = TOTAL_FILL; });
    }
  });

  ws.views = [{ state: 'frozen', xSplit: nRowFields, ySplit: depth }];
  ws.columns.forEach((c, i) => { c.width = i < nRowFields ? 16 : 14; });
  return wb;
}

export async function pivotXlsxBytes(grid: PivotGrid, plan: PivotPlan, title?: string): Promise<Uint8Array> {
  const wb = await pivotWorkbook(grid, plan, title);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
