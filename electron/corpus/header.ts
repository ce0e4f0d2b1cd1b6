import { MARK, readCells } from './cells.js';
import type { FieldDraft } from './outline.js';
import { programNamed } from './sections.js';
import { fold, squash } from './text.js';
import type { ProgramName } from './types.js';

/** The cover block of a report: who it is, which programs are marked, whom to call. */
export interface RecordHeader {
  prefecture: string | null;
  municipality: string | null;
  department: string | null;
  phone: string | null;
  url: string | null;
  /** Programs with a check mark to their right ("実施している事業の右側に○"). */
  marked: Set<ProgramName>;
  /** Check marks that stood before any program label. */
  strayMarks: number;
  fields: FieldDraft[];
  usage: Map<number, string>;
}

const HEADER_LABELS: Record<string, string> = {
  都道府県名: 'prefecture',
  市区町村名: 'municipality',
  '実施事業※': 'programs',
  実施事業: 'programs',
  担当部署名: 'department',
  電話番号: 'phone',
  参考URL: 'url',
};

function headerKey(cell: string): string | null {
  return HEADER_LABELS[fold(cell).replace(/\s+/g, '')] ?? null;
}

const PROGRAM_OR_MARK = new RegExp(`(地域力強化推進事業|多機関の協働による\\s*包括的支援体制構築事業|都道府県事業|${MARK})`, 'g');

/** Reads the header lines (1-based numbers) of one record. */
export function readHeader(lines: string[], headerLines: number[], headingLine: number | null): RecordHeader {
  const header: RecordHeader = {
    prefecture: null, municipality: null, department: null, phone: null, url: null,
    marked: new Set(), strayMarks: 0, fields: [], usage: new Map(),
  };
  const values = new Map<string, { text: string[]; line_start: number; line_end: number; label: string }>();
  let current: string | null = null;
  // The form's note under the program marks ("※実施している事業の右側に○を記入してください。") belongs to that cell.
  let programsNote: string | undefined;
  const tokens: { kind: 'program' | 'mark'; program?: ProgramName; text?: string; line: number }[] = [];

  for (const lineNo of headerLines) {
    if (lineNo === headingLine) {
      header.usage.set(lineNo, 'record_heading');
      continue;
    }
    const { cells } = readCells(lines[lineNo - 1]);
    if (cells.length === 1 && /^※/.test(cells[0])) {
      header.usage.set(lineNo, 'form_note');
      if (current === 'programs') programsNote = cells[0];
      current = current === 'programs' ? null : current;
      continue;
    }
    for (const cell of cells) {
      const key = headerKey(cell);
      if (key) {
        current = key;
        if (!values.has(key)) values.set(key, { text: [], line_start: lineNo, line_end: lineNo, label: squash(cell) });
        continue;
      }
      if (!current) continue;
      const v = values.get(current)!;
      v.text.push(cell);
      v.line_end = lineNo;
      if (current === 'programs') {
        for (const m of cell.matchAll(PROGRAM_OR_MARK)) {
          tokens.push(m[1] === MARK ? { kind: 'mark', line: lineNo } : { kind: 'program', program: programNamed(m[1])!, text: squash(m[1]), line: lineNo });
        }
      }
    }
    header.usage.set(lineNo, current ? `header:${current}` : 'header');
  }

  // A mark belongs to the program label before it in reading order, across the lines of the cell.
  const cells = new Map<ProgramName, FieldDraft>();
  let last: ProgramName | null = null;
  for (const t of tokens) {
    if (t.kind === 'program') {
      last = t.program!;
      if (!cells.has(last)) cells.set(last, { program: null, section: '0', label: t.text!, value: '', line_start: t.line, line_end: t.line });
    } else if (last) {
      header.marked.add(last);
      const cell = cells.get(last)!;
      cell.value = MARK;
      cell.line_end = Math.max(cell.line_end, t.line);
    } else header.strayMarks++;
  }

  const text = (key: string) => {
    const v = values.get(key);
    const joined = v ? squash(v.text.join(' ')) : '';
    return joined && !/^[-—–‐]+$/.test(joined) ? joined : null;
  };
  header.prefecture = text('prefecture');
  header.municipality = text('municipality');
  header.department = text('department');
  header.phone = text('phone');
  const urlText = text('url');
  header.url = urlText ? (/https?:\/\/[^\s<>"]+/.exec(urlText)?.[0] ?? urlText) : null;
  for (const [key, v] of values) {
    if (key === 'programs' && cells.size > 0) {
      // One row per program cell of the form, in its order: ○ where marked, '' where not, the form's note on each.
      for (const cell of cells.values()) header.fields.push(programsNote ? { ...cell, note: programsNote } : cell);
      continue;
    }
    const note = key === 'programs' ? programsNote : undefined;
    header.fields.push({ program: null, section: '0', label: v.label, value: squash(v.text.join(' ')), ...(note ? { note } : {}), line_start: v.line_start, line_end: v.line_end });
  }
  return header;
}
