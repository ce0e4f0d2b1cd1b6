import { ImportError } from './importError.js';

type CellValue = string | number | null;

/** One cell as a plain value: numbers stay numbers, dates become ISO dates, rich text and formulas their text/result. */
function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return null;
  }
  return String(value);
}

/** The rows of one sheet (the first when none is named), each as plain values from column A on. */
export async function readXlsxRows(file: string, sheetName: string | null): Promise<CellValue[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (e) {
    throw new ImportError(file, `XLSX として読めません (${e instanceof Error ? e.message : String(e)})`);
  }
  const sheet = sheetName === null ? book.worksheets[0] : book.getWorksheet(sheetName);
  if (!sheet) {
    const names = book.worksheets.map((w) => w.name).join('、');
    throw new ImportError(file, sheetName === null ? 'シートがありません (no sheet)' : `シート「${sheetName}」がありません。あるのは ${names} です`);
  }
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map(plain);
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}
