import { isSeparator } from './records.js';
import type { SectionHeading } from './sections.js';
import { compareKey } from './text.js';
import type { FieldRow, ProgramName } from './types.js';

/** A labelled cell before it becomes a `fields` row (which adds the corpus and the record, and splits off the note). */
export type FieldDraft = Omit<FieldRow, 'corpus' | 'entity_id' | 'note'> & { note?: string };

/** A top-level section of one record, with the lines it spans (1-based, inclusive). */
export interface SectionSpan extends SectionHeading {
  line_start: number;
  line_end: number;
}

/**
 * How deep a field sits in the form: a ①…⑨ item holds ア…オ, which hold (ア)…(エ), which hold labelled cells. A title
 * closed empty by a deeper field is only a heading of what follows; anything else closed empty is an empty cell.
 */
export const ITEM = 1;
export const KANA = 2;
export const PAREN = 3;
export const LIST = 3.5;
export const CELL = 4;

/** The state of the walk through one record's form: where it is, the open field, and what it has read so far. */
export class FieldWalk {
  /** The corpus's lines (0-based), to see what stands between two lines of a record. */
  constructor(readonly lines: readonly string[]) {}

  readonly fields: FieldDraft[] = [];
  /** What consumed each line (1-based line number → tags). */
  readonly usage = new Map<number, string[]>();
  section: SectionSpan | null = null;
  /** The open ①…⑨ item; `renumbered` when its number was read by position, not as printed. */
  item: { index: number; marker: string; label: string; renumbered: boolean } | null = null;
  /** A ①②③ list restarting inside an item (都道府県事業 ④(イ): "①…セミナーの開催", "②…"): part of the code. */
  list: { index: number; marker: string } | null = null;
  sub: { index: number; letter: string } | null = null;
  subsub: { index: number; letter: string } | null = null;
  open: FieldDraft | null = null;
  /** The open field's depth, and whether it is a title (an item, ア, (ア) or list heading) rather than a cell. */
  openLevel = 0;
  openTitle = false;
  /** Lines holding an HTML table: only such a line can print the same table twice. */
  readonly tableLines = new Set<number>();
  /** Fields opened on the line being read, in reading order. */
  openedOnLine: FieldDraft[] = [];
  /** The labelled cells of the last row laid out in tab columns, which a row cut by a page break continues. */
  lastRow: { line: number; byColumn: Map<number, FieldDraft> } | null = null;
  /** The title whose unlabelled cells the last row held, and that row's place, so that the next is read the same way. */
  unlabelled: { title: string; line: number; row: number } | null = null;
  /** Header-row labels of a two-row table ("(対象地域)⇥(対象地域の範囲)"), waiting for their value row. */
  columns: { line: number; fields: { column: number; field: FieldDraft }[]; kept?: boolean } | null = null;
  resultsProgram: ProgramName | null = null;
  resultsLabel: string | null = null;
  /** Inside a document attached after the results (see attachments.ts), and the program of the heading before it. */
  inAttachment = false;
  headingProgram: ProgramName | null = null;
  /** The titles of the program sections' items, and their program (null when two programs share one). */
  readonly titles = new Map<string, ProgramName | null>();
  /** The line of the last ①…⑨ item opened: its own line may carry its value. */
  itemLine = 0;

  /** Only blank or "--" lines between two lines (1-based): a page break, or the blank line between two rows. */
  onlyBlankBetween = (from: number, to: number): boolean => {
    for (let n = from; n < to - 1; n++) if (this.lines[n].trim() !== '' && !isSeparator(this.lines[n])) return false;
    return true;
  };

  /** Whether `line` goes on with field `f` after blank or "--" lines from its last line (not on the next line). */
  afterBreak = (f: { line_end: number }, line: number): boolean => f.line_end < line - 1 && this.onlyBlankBetween(f.line_end, line);

  private keepTitle(title: string, program: ProgramName) {
    const known = this.titles.get(title);
    this.titles.set(title, known === undefined || known === program ? program : null);
  }

  use = (line: number, tag: string) => {
    const tags = this.usage.get(line);
    if (!tags) this.usage.set(line, [tag]);
    else if (!tags.includes(tag)) tags.push(tag);
  };

  code = () => {
    const s = this.section;
    if (!s) return '0';
    let c = s.code;
    if (this.item) c += `.${this.item.marker}`;
    if (this.sub) c += (this.item ? '' : '.') + this.sub.letter;
    if (this.subsub) c += `(${this.subsub.letter})`;
    if (this.list) c += this.list.marker;
    return c;
  };

  program = () => this.section?.program ?? (this.section?.results ? this.resultsProgram : null);

  /** Closes the open field before something of depth `next` opens (0: a section heading, or the end). */
  close = (next: number) => {
    const f = this.open;
    this.open = null;
    if (!f || this.isTwinCopy(f)) return;
    if (!f.value && this.openTitle && next > this.openLevel) this.headingOnly(f);
    else this.fields.push(f);
  };

  /** An empty title with cells under it heads them: its line is a heading of that code, not a row of its own. */
  private headingOnly(f: FieldDraft) {
    const tags = this.usage.get(f.line_start) ?? [];
    const tag = `fields:${f.section}`;
    const rowStays = this.fields.some((g) => g.section === f.section && g.line_start <= f.line_start && f.line_start <= g.line_end);
    this.usage.set(f.line_start, rowStays ? [...tags, `heading:${f.section}`] : tags.map((t) => (t === tag ? `heading:${f.section}` : t)));
  }

  /**
   * The same fact twice on one line, in the same section (a table printed twice within the line, as HTML and as
   * tabs). An empty cell, or a cell of a line without a table (鳩山町 3421: the same date under two columns), is not.
   */
  private isTwinCopy(f: FieldDraft) {
    if (!f.value || !this.tableLines.has(f.line_start)) return false;
    const candidates = this.fields.filter((g) => g.line_start === f.line_start && g.section === f.section && g.label === f.label);
    if (candidates.length === 0) return false;
    const key = compareKey(f.value);
    return candidates.some((g) => compareKey(g.value) === key);
  }

  openField = (label: string, value: string, line: number, level = CELL, title = false) => {
    this.open = { program: this.program(), section: this.code(), label, value, line_start: line, line_end: line };
    if (title && this.open.program) this.keepTitle(label, this.open.program);
    this.openLevel = level;
    this.openTitle = title;
    this.openedOnLine.push(this.open);
    this.use(line, `fields:${this.open.section}`);
  };

  append = (text: string, line: number, sep = '\n') => {
    if (!this.open) return false;
    this.open.value = this.open.value ? `${this.open.value}${sep}${text}` : text;
    this.open.line_end = line;
    this.use(line, `fields:${this.open.section}`);
    return true;
  };

  flushColumns = () => {
    if (!this.columns) return;
    if (!this.columns.kept) for (const { field } of this.columns.fields) this.fields.push(field);
    this.columns = null;
  };
}
