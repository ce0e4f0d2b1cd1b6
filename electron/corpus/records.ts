import { readCells } from './cells.js';
import { fold } from './text.js';

/** Where one report sits in the corpus (0-based indexes into the line array, end inclusive). */
export interface RecordSpan {
  /** Index of the heading line ("北海道 札幌市", or just "青森県"), or of the form line when there is no heading. */
  start: number;
  /** Index of the "都道府県名 …" line that opens the form. */
  form: number;
  /** Last line of the record (trailing blank and "--" separator lines included). */
  end: number;
  /** The heading text, or null when the form has no heading line above it. */
  heading: string | null;
}

export function isFormStart(line: string): boolean {
  return line.includes('都道府県名') && /^都道府県名/.test(fold(line).trim());
}

export function isSeparator(line: string): boolean {
  return /^\s*-{2,}\s*$/.test(line);
}

/** The last line (0-based) from `last` back to `first` that is neither blank nor a "--" separator. */
export function lastContentLine(lines: string[], first: number, last: number): number {
  let k = last;
  while (k > first && (lines[k].trim() === '' || isSeparator(lines[k]))) k--;
  return k;
}

/** A heading is a short line of one cell naming a prefecture, optionally followed by a municipality. */
export function isRecordHeading(line: string): boolean {
  const { cells, html } = readCells(line);
  if (html || cells.length !== 1 || line.includes('\t')) return false;
  const text = cells[0];
  return text.length <= 40 && /^\S+?[都道府県](?:\s+\S.*)?$/.test(text) && !/[。、:]/.test(text);
}

/** A line that trips the cell reader is not a heading: the split must survive any text, as each record does. */
function isHeadingSafely(line: string): boolean {
  try {
    return isRecordHeading(line);
  } catch {
    return false;
  }
}

/**
 * Splits the corpus into records. A record starts at its heading (the last non-blank line above the form line,
 * when it looks like a heading) and runs to the line before the next record's start: "--" lines inside a record
 * are page breaks, not boundaries.
 */
export function splitRecords(lines: string[]): RecordSpan[] {
  const spans: RecordSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isFormStart(lines[i])) continue;
    let h = i - 1;
    while (h >= 0 && lines[h].trim() === '') h--;
    const hasHeading = h >= 0 && isHeadingSafely(lines[h]);
    spans.push({ start: hasHeading ? h : i, form: i, end: lines.length - 1, heading: hasHeading ? readCells(lines[h]).cells[0] : null });
  }
  for (let k = 0; k + 1 < spans.length; k++) spans[k].end = spans[k + 1].start - 1;
  return spans;
}
