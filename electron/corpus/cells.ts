import { compareKey, decodeEntities, squash } from './text.js';

/** A check mark as the corpus writes it: ○ (or ◯ / ●) or an HTML radio input. */
export const MARK = '○';
const RADIO = /<input\b[^>]*type=["']?radio["']?[^>]*\/?>/gi;
/** A form field that carries its text in an attribute: <input type="text" value="1つ増える。"/>. */
const INPUT_VALUE = /<input\b[^>]*\bvalue=(?:"([^"]*)"|'([^']*)')[^>]*\/?>/gi;

/**
 * What a plain line has none of: markup, a ◯ or ● to read as ○, and white space a column would have to collapse (two
 * spaces, or any kind but a space or the tab that splits columns; a column holds no tab, so this is exact per column).
 */
const NOT_PLAIN = /[<◯●]|[^\S \t]| {2}/;

/** Block-level tags that end one cell of text and start another (captured, to tell a column from a paragraph). */
const BLOCK = /(<\/?(?:table|tbody|thead|tr|td|th|p|ul|ol|li|div|br)\b[^>]*\/?>)/gi;
/** Of those, the tags of a table's grid: what follows one is another column's text, not a paragraph of the same. */
const GRID = /^<\/?(?:table|tbody|thead|tr|td|th)\b/i;
/** Of those, the tags that end a table row (or the table): what follows is the next row's text. */
const ROW_END = /^<\/?(?:table|tbody|thead|tr)\b/i;

export interface LineCells {
  /** Non-empty cells in reading order, tags stripped, white space collapsed. */
  cells: string[];
  /**
   * Per cell, false when it is another paragraph (<p>, <br>, <li> …) of the same column as the cell before it; true
   * when it starts a column (a tab or a table cell). A cell's paragraphs are one answer, its columns several.
   */
  columnStarts: boolean[];
  /** Per cell, true when it starts a row of a table (the line's first cell, or the first after a <tr>). */
  rowStarts: boolean[];
  /** True when the line carried HTML markup. */
  html: boolean;
  /** True when the line carried an HTML <table>. */
  table: boolean;
  /** Tab-separated cells after the HTML that only repeat it ("both at once"): left out of `cells`. */
  twinCells: number;
}

/**
 * Reads one corpus line into cells: tab-separated columns, each further split at HTML block boundaries. `twins`
 * false keeps a repeated tail (for a line whose HTML was rewritten, the caller knows the tail from the original).
 */
export function readCells(line: string, twins = true): LineCells {
  const cells: string[] = [];
  const columnStarts: boolean[] = [];
  const rowStarts: boolean[] = [];
  // Most lines are plain text with single spaces: their columns only need trimming (the hot path of reading a corpus).
  if (!NOT_PLAIN.test(line)) {
    for (const column of line.includes('\t') ? line.split('\t') : [line]) {
      const text = column.trim();
      if (text) cells.push(text);
    }
    return { cells, columnStarts: cells.map(() => true), rowStarts: cells.map((_, k) => k === 0), html: false, table: false, twinCells: 0 };
  }
  const html = line.includes('<') && /<\/?[a-z][^>]*>/i.test(line);
  const table = html && /<table\b/i.test(line);
  const otherMarks = /[◯●]/.test(line);
  for (const column of line.split('\t')) {
    if (!html) {
      const text = squash(otherMarks ? column.replace(/[◯●]/g, MARK) : column);
      if (text) {
        rowStarts.push(cells.length === 0);
        cells.push(text);
        columnStarts.push(true);
      }
      continue;
    }
    // Each rewrite only where it can apply: form inputs need "<input", tags a "<".
    let marked = /<input/i.test(column)
      ? column.replace(RADIO, ` ${MARK} `).replace(INPUT_VALUE, (_m, dq?: string, sq?: string) => ` ${dq ?? sq ?? ''} `)
      : column;
    if (otherMarks) marked = marked.replace(/[◯●]/g, MARK);
    let newColumn = true;
    let newRow = cells.length === 0;
    marked.split(BLOCK).forEach((piece, k) => {
      // split() with a captured separator puts the tags at odd places.
      if (k % 2 === 1) {
        if (GRID.test(piece)) newColumn = true;
        if (ROW_END.test(piece)) newRow = true;
        return;
      }
      const text = squash(decodeEntities(piece.includes('<') ? piece.replace(/<\/?[a-zA-Z][^>]*>/g, ' ') : piece));
      if (!text) return;
      cells.push(text);
      columnStarts.push(newColumn);
      rowStarts.push(newRow);
      newColumn = newRow = false;
    });
  }
  const twin = table && twins ? repeatedTail(cells) : 0;
  const kept = twin ? cells.length - twin : cells.length;
  const cut = <T>(list: T[]) => (twin ? list.slice(0, kept) : list);
  return { cells: cut(cells), columnStarts: cut(columnStarts), rowStarts: cut(rowStarts), html, table, twinCells: twin };
}

/**
 * A line holding an HTML table followed by the same table as tab-separated cells ("both at once"): the length of
 * the longest tail of at least three cells that only repeats cells seen earlier in the line, or 0.
 */
function repeatedTail(cells: string[]): number {
  const keys = cells.map(compareKey);
  // The tail from k repeats the head before k when every key in it first occurred before k: with the largest
  // first occurrence of any key from k on (a suffix maximum), the smallest such k is found in one pass.
  const first = new Map<string, number>();
  const firstAt = keys.map((key, i) => {
    if (!first.has(key)) first.set(key, i);
    return first.get(key)!;
  });
  const suffixMax = new Array<number>(keys.length + 1).fill(-1);
  for (let j = keys.length - 1; j >= 0; j--) suffixMax[j] = Math.max(firstAt[j], suffixMax[j + 1]);
  for (let k = 1; k <= cells.length - 3; k++) if (suffixMax[k] < k) return cells.length - k;
  return 0;
}
