import { decodeEntities, squash } from './text.js';

/** A check mark as the corpus writes it: ○ (or ◯ / ●) or an HTML radio input. */
export const MARK = '○';
const RADIO = /<input\b[^>]*type=["']?radio["']?[^>]*\/?>/gi;

/** Block-level tags that end one cell of text and start another. */
const BLOCK = /<\/?(?:table|tbody|thead|tr|td|th|p|ul|ol|li|div|br)\b[^>]*\/?>/gi;

export interface LineCells {
  /** Non-empty cells in reading order, tags stripped, white space collapsed. */
  cells: string[];
  /** True when the line carried HTML markup. */
  html: boolean;
  /** True when the line carried an HTML <table>. */
  table: boolean;
}

/** Reads one corpus line into cells: tab-separated columns, each further split at HTML block boundaries. */
export function readCells(line: string): LineCells {
  const html = /<\/?[a-z][^>]*>/i.test(line);
  const table = /<table\b/i.test(line);
  const cells: string[] = [];
  for (const column of line.split('\t')) {
    const marked = column.replace(RADIO, ` ${MARK} `).replace(/[◯●]/g, MARK);
    const pieces = html ? marked.split(BLOCK) : [marked];
    for (const piece of pieces) {
      const text = squash(decodeEntities(piece.replace(/<[^>]*>/g, ' ')));
      if (text) cells.push(text);
    }
  }
  return { cells, html, table };
}
