import { ImportError } from './importError.js';

/**
 * RFC 4180 CSV (or tab-separated): quoted fields may hold the delimiter, quotes ("") and line breaks; CRLF, LF and
 * CR all end a record. Returns the records as written, every field a string.
 */
export function parseCsv(text: string, file: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += c;
    }
  }
  if (quoted) throw new ImportError(file, '引用符 (") が閉じられていません (unterminated quoted field)', quoteLine);
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Tab when the first line has tabs and no commas, else comma. */
export function detectDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r|\n|$/));
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}
