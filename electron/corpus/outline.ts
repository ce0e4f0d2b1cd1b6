import { readCells } from './cells.js';
import { isSeparator, lastContentLine } from './records.js';
import {
  readCircledItem,
  readKatakanaItem,
  readLabelledCell,
  readParenItem,
  readResultsHeading,
  readSectionHeading,
  readStandaloneLabel,
  type SectionHeading,
} from './sections.js';
import { compareKey, squash } from './text.js';
import type { FieldRow, ProgramName } from './types.js';

/** A labelled cell before it becomes a `fields` row (which adds the corpus and the record). */
export type FieldDraft = Omit<FieldRow, 'corpus' | 'entity_id'>;

/** A top-level section of one record, with the lines it spans (1-based, inclusive). */
export interface SectionSpan extends SectionHeading {
  line_start: number;
  line_end: number;
}

export interface RecordOutline {
  fields: FieldDraft[];
  sections: SectionSpan[];
  /** What consumed each line (1-based line number → tags). */
  usage: Map<number, string[]>;
  /** Lines of the header block (before section 1), for the header reader. */
  headerLines: number[];
}

/** The section being read and the open field that following text continues. */
interface WalkState {
  section: SectionSpan | null;
  item: { index: number; marker: string } | null;
  sub: { index: number; letter: string } | null;
  subsub: { index: number; letter: string } | null;
  open: FieldDraft | null;
  /** Header-row labels of a two-row table ("(対象地域)⇥(対象地域の範囲)"), waiting for their value row. */
  columns: { line: number; fields: { column: number; field: FieldDraft }[] } | null;
  resultsProgram: ProgramName | null;
  resultsLabel: string | null;
  /** The line of the last ①…⑨ item opened: its own line may carry its value. */
  itemLine: number;
}

/**
 * Walks one record's lines and reads every labelled cell of sections 1–5 into field drafts, tracking the form's
 * numbering (①, ア, (ア)) so each field knows its section code, e.g. "3.④ア(イ)".
 */
export function outlineRecord(lines: string[], first: number, last: number): RecordOutline {
  const fields: FieldDraft[] = [];
  const sections: SectionSpan[] = [];
  const usage = new Map<number, string[]>();
  const headerLines: number[] = [];
  const st: WalkState = { section: null, item: null, sub: null, subsub: null, open: null, columns: null, resultsProgram: null, resultsLabel: null, itemLine: 0 };
  let twin: { key: string; line: number } | null = null;

  const use = (line: number, tag: string) => {
    const tags = usage.get(line);
    if (!tags) usage.set(line, [tag]);
    else if (!tags.includes(tag)) tags.push(tag);
  };
  const code = () => {
    const s = st.section;
    if (!s) return '0';
    let c = s.code;
    if (st.item) c += `.${st.item.marker}`;
    if (st.sub) c += (st.item ? '' : '.') + st.sub.letter;
    if (st.subsub) c += `(${st.subsub.letter})`;
    return c;
  };
  const program = () => st.section?.program ?? (st.section?.results ? st.resultsProgram : null);
  const close = (keepEmpty: boolean) => {
    const f = st.open;
    st.open = null;
    if (!f || (!f.value && !keepEmpty) || isTwinCopy(f)) return;
    fields.push(f);
  };
  /** The same fact twice on one line, in the same section (a table printed twice within the line). */
  const isTwinCopy = (f: FieldDraft) => {
    const candidates = fields.filter((g) => g.line_start === f.line_start && g.section === f.section && g.label === f.label);
    if (candidates.length === 0) return false;
    const key = compareKey(f.value);
    return candidates.some((g) => compareKey(g.value) === key);
  };
  const openField = (label: string, value: string, line: number) => {
    st.open = { program: program(), section: code(), label, value, line_start: line, line_end: line };
    use(line, `fields:${st.open.section}`);
  };
  const append = (text: string, line: number, sep = '\n') => {
    if (!st.open) return false;
    st.open.value = st.open.value ? `${st.open.value}${sep}${text}` : text;
    st.open.line_end = line;
    use(line, `fields:${st.open.section}`);
    return true;
  };
  const flushColumns = () => {
    if (!st.columns) return;
    for (const { field } of st.columns.fields) fields.push(field);
    st.columns = null;
  };

  for (let i = first; i <= last; i++) {
    const lineNo = i + 1;
    const raw = lines[i];
    if (raw.trim() === '') continue;
    if (isSeparator(raw)) {
      use(lineNo, 'page_break');
      continue;
    }
    const { cells, table, twinCells } = readCells(raw);
    if (twinCells) use(lineNo, 'duplicate_tail');
    if (cells.length === 0) {
      use(lineNo, 'markup');
      continue;
    }

    const heading = readSectionHeading(cells);
    if (heading) {
      close(false);
      flushColumns();
      twin = null;
      if (st.section) st.section.line_end = lastContentLine(lines, first, i - 1) + 1;
      st.section = { code: heading.code, title: heading.title, program: heading.program, results: heading.results, line_start: lineNo, line_end: lineNo };
      sections.push(st.section);
      st.item = st.sub = st.subsub = null;
      st.resultsProgram = null;
      st.resultsLabel = null;
      use(lineNo, `heading:${heading.code}`);
      continue;
    }

    if (!st.section) {
      headerLines.push(lineNo);
      continue;
    }

    // The same table printed twice, as HTML and then as tab-separated lines: keep the first copy of each fact.
    if (twin && !table) {
      const covered = cells.every((c) => twin!.key.includes(compareKey(c)));
      if (covered) {
        use(lineNo, `duplicate_of:${twin.line}`);
        continue;
      }
      twin = null;
    }
    if (table) twin = { key: compareKey(cells.join('')), line: lineNo };

    const s = st.section;
    if (s.results) {
      readResultsLine(cells, lineNo);
    } else if (s.code === '1-1') {
      readStatsLine(cells, lineNo);
    } else if (s.code === '1-2' || (s.code === '1' && !s.program)) {
      if (!st.open) openField(s.title, '', lineNo);
      append(cells.join('\n'), lineNo);
    } else {
      readFormLine(cells, lineNo);
    }
  }
  close(false);
  flushColumns();
  if (st.section) st.section.line_end = lastContentLine(lines, first, last) + 1;
  return { fields, sections, usage, headerLines };

  /** One field per line of the results section; a program heading may open the line or stand inside it. */
  function readResultsLine(cells: string[], lineNo: number) {
    let text: string[] = [];
    const emit = () => {
      if (text.length === 0) return;
      fields.push({
        program: st.resultsProgram,
        section: st.section!.code,
        label: st.resultsLabel ?? st.section!.title,
        value: text.join('\n'),
        line_start: lineNo,
        line_end: lineNo,
      });
      use(lineNo, `fields:${st.section!.code}`);
      text = [];
    };
    for (const cell of cells) {
      const programHeading = readResultsHeading(cell);
      if (programHeading) {
        emit();
        st.resultsProgram = programHeading;
        st.resultsLabel = squash(cell);
        use(lineNo, `heading:${st.section!.code}`);
      } else {
        text.push(cell);
      }
    }
    emit();
  }

  /** 1-1 rows alternate label and value cells; a row of values only continues the previous label (units, dates). */
  function readStatsLine(cells: string[], lineNo: number) {
    let sawLabel = false;
    for (const cell of cells) {
      if (isStatLabel(cell)) {
        close(true);
        openField(squash(cell), '', lineNo);
        sawLabel = true;
      } else if (st.open && (sawLabel || st.open.value === '')) {
        append(cell, lineNo, ' ');
      } else {
        close(true);
        openField('注記', cell, lineNo);
        close(true);
      }
    }
    close(true);
  }

  function readFormLine(cells: string[], lineNo: number) {
    if (st.columns && readColumnValues(cells, lineNo)) return;
    flushColumns();
    const bare = cells.map((c) => readLabelledCell(c)).filter((l) => l && !l.value);
    if (cells.length >= 2 && bare.length === cells.length) {
      close(false);
      const positions = tabColumns(lineNo);
      st.columns = {
        line: lineNo,
        fields: bare.map((l, k) => ({
          column: positions ? positions.findIndex((c) => c === cells[k]) : k,
          field: { program: program(), section: code(), label: l!.label, value: '', line_start: lineNo, line_end: lineNo },
        })),
      };
      use(lineNo, `fields:${code()}`);
      return;
    }
    cells.forEach((cell, k) => readFormCell(cell, lineNo, k === 0));
  }

  /**
   * A value row under a header row of labels ("(対象地域)⇥(対象地域の範囲)⇥(人口)"), matched by tab column; a table may
   * run over several rows. A row holding a heading or a labelled cell ends the table (false).
   */
  function readColumnValues(cells: string[], lineNo: number): boolean {
    const table = st.columns!;
    const ends = cells.some((c) => readKatakanaItem(c) || readParenItem(c) || readStandaloneLabel(c) || readLabelledCell(c)?.value);
    if (ends || (readLabelledCell(cells[0]) && cells.length === table.fields.length)) return false;
    const positions = tabColumns(lineNo) ?? cells;
    positions.forEach((value, k) => {
      if (!value) return;
      const target = table.fields.find((f) => f.column === k) ?? table.fields[table.fields.length - 1];
      const f = target.field;
      f.value = f.value ? `${f.value}${f.line_end === lineNo ? ' / ' : '\n'}${value}` : value;
      f.line_end = lineNo;
    });
    use(lineNo, `fields:${code()}`);
    return true;
  }

  /** The tab columns of a plain (non-HTML) line, empty ones kept so that values stay under their labels. */
  function tabColumns(lineNo: number): string[] | null {
    const raw = lines[lineNo - 1];
    return raw.includes('<') ? null : raw.split('\t').map(squash);
  }

  function readFormCell(cell: string, lineNo: number, startsLine: boolean) {
    const s = st.section!;
    // The form's ①…⑨ items open their line; a ①…⑫ list inside a cell is text.
    const circled = s.program && startsLine ? readCircledItem(cell) : null;
    if (circled && (!st.item || circled.index > st.item.index)) {
      close(true);
      st.item = { index: circled.index, marker: circled.marker };
      st.sub = st.subsub = null;
      openField(circled.label, '', lineNo);
      st.itemLine = lineNo;
      return;
    }
    const kana = readKatakanaItem(cell);
    if (kana && s.program && (!st.sub || kana.index > st.sub.index)) {
      close(false);
      st.sub = { index: kana.index, letter: kana.letter };
      st.subsub = null;
      openField(kana.label, '', lineNo);
      return;
    }
    const paren = readParenItem(cell);
    if (paren && s.program && (!st.subsub || paren.index > st.subsub.index)) {
      close(false);
      st.subsub = { index: paren.index, letter: paren.letter };
      openField(paren.label, '', lineNo);
      return;
    }
    const standalone = readStandaloneLabel(cell);
    if (standalone) {
      close(true);
      // These labels close the (ア)…(エ) list: they belong to the ア/イ block itself.
      if (st.subsub && /成果目標|財源|連携する他の法定事業/.test(standalone.label)) st.subsub = null;
      openField(standalone.label, standalone.value, lineNo);
      return;
    }
    const labelled = readLabelledCell(cell);
    // "①実施主体(委託先)⇥(市全体の体制整備の中で実施)": a remark in brackets is the item's value, not a label.
    const itemValue = st.open !== null && st.itemLine === lineNo && st.open.line_start === lineNo && st.open.value === '';
    if (labelled && s.program && !(itemValue && !labelled.value)) {
      close(false);
      openField(labelled.label, labelled.value, lineNo);
      return;
    }
    if (!append(cell, lineNo, st.open && st.open.line_end === lineNo ? ' / ' : '\n')) {
      // Text before any label of the section (section 2's label/value rows start here).
      openField(cell, '', lineNo);
    }
  }
}

/** The 1-1 table's own labels; a value cell never starts with one of them. */
const STAT_LABELS = ['人口', '世帯数', '高齢化率', '生活保護受給率', '面積', '地縁組織', '公立小学校数', '公立中学校数', '地域包括支援センター', '生活困窮者自立相談支援事業'];

export function isStatLabel(cell: string): boolean {
  const key = cell.replace(/\s+/g, '');
  return STAT_LABELS.some((l) => key.startsWith(l));
}
