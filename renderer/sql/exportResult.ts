import { tableToIPC, type Table } from 'apache-arrow';
import { tableToRows } from '../../common/arrowAdapters';

/** A SQL result as one worksheet for Excel: a header row, numbers as numbers, text as written, the header frozen. */
export async function resultXlsx(table: Table, sheetName = '結果'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '共生ワークベンチ';
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  const columns = table.schema.fields.map((f) => f.name);
  sheet.addRow(columns).font = { bold: true };
  for (const row of tableToRows(table)) {
    sheet.addRow(columns.map((c) => {
      const v = row[c];
      return v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : String(v);
    }));
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * A SQL result as Parquet, written in the page by parquet-wasm (its wasm is one of the app's own files; duckdb-wasm
 * cannot load its parquet extension offline). Loaded on first use only.
 */
export async function resultParquet(table: Table): Promise<Uint8Array> {
  const [{ default: init, writeParquet, Table: WasmTable }, { default: wasmUrl }] = await Promise.all([
    import('parquet-wasm/esm'),
    import('parquet-wasm/esm/parquet_wasm_bg.wasm?url'),
  ]);
  await init({ module_or_path: wasmUrl });
  return writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')));
}
