/**
 * Points whose figure includes a pair the analyst curated: a result with a `curated_pairs` column (the attainment
 * preset has one) draws those points as diamonds with a dark outline, says so on hover and in a note under the chart.
 */
import type { ColumnData, Row } from './chartFigure.js';
import { isNumber } from './records.js';
import type { FigureWords } from './figureWords.js';

export const CURATED_COLUMN = 'curated_pairs';
export const CURATED_SYMBOL = 'diamond';
/** A curated point stays findable however small its record's size value makes it. */
const CURATED_MIN_SIZE = 14;

/** Whether row i carries a curated pair; false for results without the column. */
export function isCurated(columns: ColumnData, i: Row): boolean {
  const v = columns[CURATED_COLUMN]?.[i];
  return isNumber(v) && v > 0;
}

/** Marker symbols, outlines and sizes for these rows, or null when none is curated (the plain markers stay). */
export function curatedMarker(columns: ColumnData, members: readonly Row[], size: number | number[]): { symbol: string[]; size: number[]; line: { width: number[]; color: string[] } } | null {
  if (!members.some((i) => isCurated(columns, i))) return null;
  const sizeOf = (k: number) => (Array.isArray(size) ? size[k] : size);
  return {
    size: members.map((i, k) => (isCurated(columns, i) ? Math.max(sizeOf(k), CURATED_MIN_SIZE) : sizeOf(k))),
    symbol: members.map((i) => (isCurated(columns, i) ? CURATED_SYMBOL : 'circle')),
    line: { width: members.map((i) => (isCurated(columns, i) ? 2 : 0.5)), color: members.map((i) => (isCurated(columns, i) ? '#1d2939' : '#ffffff')) },
  };
}

/** The hover line of a curated point. */
export function curatedHover(columns: ColumnData, i: Row, words: FigureWords): string {
  return isCurated(columns, i) ? `<br>${words.curatedPairs(Number(columns[CURATED_COLUMN][i]).toLocaleString('ja-JP'))}` : '';
}

/** The note under a chart with curated points, counting them. */
export function curatedNote(columns: ColumnData, rows: readonly Row[], words: FigureWords): string | null {
  const n = rows.filter((i) => isCurated(columns, i)).length;
  return n > 0 ? words.curatedRecords(n.toLocaleString('ja-JP')) : null;
}
