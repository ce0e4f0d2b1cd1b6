import type { WarningRow } from './types.js';

/**
 * Where a warning comes from. parse_warnings is ordered by line, and warnings of one line by this rank, then in the
 * order they were raised: the order of one stable sort over every warning of the corpus raised rule after rule.
 */
export const WarningSource = { Corpus: 0, Record: 1, Line: 2, Codes: 3, Outcomes: 4, Bytes: 5, Entities: 6 } as const;
export type WarningSource = (typeof WarningSource)[keyof typeof WarningSource];

/** The warnings of a corpus as it is read record by record, handed out in the table's order at the end. */
export class WarningBuffer {
  private readonly held: { row: WarningRow; source: WarningSource; seq: number }[] = [];

  add(source: WarningSource, row: WarningRow): void {
    this.held.push({ row, source, seq: this.held.length });
  }

  get length(): number {
    return this.held.length;
  }

  /** Every warning by line (no line first), then source, then the order raised. */
  sorted(): WarningRow[] {
    return this.held
      .sort((a, b) => (a.row.line_no ?? 0) - (b.row.line_no ?? 0) || a.source - b.source || a.seq - b.seq)
      .map((w) => w.row);
  }
}
