import { parseCorpusText } from '../../electron/corpus/parseCorpus.js';
import { splitRecords } from '../../electron/corpus/records.js';
import type { FieldRow, WarningRow } from '../../electron/corpus/types.js';
import { seedLines } from './seed.js';

/**
 * One record cut from the bundled corpus and parsed on its own (a fixture of the real text), with its line numbers
 * put back on the corpus's numbering so that they can be checked against the source lines. `change` may rewrite a
 * line (by its corpus number) to try the same text laid out another way.
 */
export function recordFixture(heading: string, change?: (line: number, text: string) => string): { fields: FieldRow[]; warnings: WarningRow[]; lines: string[] } {
  const span = splitRecords(seedLines).find((s) => s.heading === heading);
  if (!span) throw new Error(`no record headed ${heading}`);
  const lines = seedLines.slice(span.start, span.end + 1).map((text, k) => (change ? change(span.start + k + 1, text) : text));
  const parsed = parseCorpusText(lines.join('\n'), 'fixture.txt');
  const shift = span.start;
  return {
    fields: parsed.fields.map((f) => ({ ...f, line_start: f.line_start + shift, line_end: f.line_end + shift })),
    warnings: parsed.parse_warnings.map((w) => ({ ...w, line_no: w.line_no === null ? null : w.line_no + shift })),
    lines,
  };
}

/** The fields of one section code, as [label, value] pairs in reading order. */
export function cellsOf(fields: FieldRow[], section: string): [string, string][] {
  return fields.filter((f) => f.section === section).map((f) => [f.label, f.value]);
}
