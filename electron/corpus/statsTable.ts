import { fold, squash, stripTags } from './text.js';
import { readUnit } from './numbers.js';
import { splitNote } from './notes.js';
import type { FieldDraft, FieldWalk, SectionSpan } from './fieldWalk.js';

/** The 1-1 table's own labels; a value cell never starts with one of them. */
const STAT_LABELS = ['人口', '世帯数', '高齢化率', '生活保護受給率', '面積', '地縁組織', '公立小学校数', '公立中学校数', '地域包括支援センター', '生活困窮者自立相談支援事業'];

/** The cells whose answer is a count of centres run directly and by contract ("直営:1か所, 委託:2か所(社協)"). */
const CENTRE_LABELS = ['地域包括支援センター', '生活困窮者自立相談支援事業'];

export function isStatLabel(cell: string): boolean {
  const key = cell.replace(/\s+/g, '');
  return STAT_LABELS.some((l) => key.startsWith(l));
}

/** A date in brackets: "(H31.1.1)", "(H30)", "(平成 31 年1月1日現在)", "(31.1.1 現在)". Tested on folded text. */
const AS_OF = /^\(\s*(?:[HRS]|平成|令和)?\s*\d{1,4}(?:\s*[.年/月]\s*\d{1,2}){0,2}\s*[月日]?\s*(?:現在|時点)?\s*\)$/;

/** A bracketed date at the end of a text ("人口 (H31.1.1)", "1-1. 自治体の基本情報(平成 31 年1月1日現在)"), as written. */
function trailingDate(text: string): { before: string; date: string } | null {
  const m = /^(.*?)\s*([(（][^()（）]*[)）])\s*$/.exec(text);
  return m && m[1] && AS_OF.test(fold(m[2])) ? { before: m[1], date: m[2] } : null;
}

/** A cell that only repeats the unit the form prints beside the blank ("(%)", "(k m ²)"): the writer wrote nothing. */
function isPrintedUnit(cell: string): boolean {
  return /^\([^()]*\)$/.test(fold(cell).trim()) && readUnit(cell) !== null;
}

/** A cell that is wholly the form's instruction ("※記入例 直営:1か所, 委託:2か所(社協)"): its text, else null. */
function formInstruction(cell: string): string | null {
  const { value, note } = splitNote(cell);
  return note && !value.trim() ? note : null;
}

/** Instructions read before the cells they explain, per walk (the form prints its 記入例 under them, so rarely). */
const pendingNotes = new WeakMap<FieldWalk, string[]>();

const addNote = (f: FieldDraft, note: string) => {
  f.note = f.note ? `${f.note}\n${note}` : note;
};

/**
 * 1-1 rows alternate label and value cells; a row of values only continues the previous label (units, dates). The
 * writer's date in a label ("人口 (H31.1.1)") ends that cell's value, the label staying the form's; a blank cell
 * showing only the printed unit is an empty value with the unit as its note; the form's 記入例 is the note of the
 * centre-count cells it shows the answer for.
 */
export function readStatsLine(st: FieldWalk, cells: string[], lineNo: number): void {
  const instruction = cells.length === 1 ? formInstruction(cells[0]) : null;
  if (instruction) return placeInstruction(st, instruction, lineNo);
  if (continuesRowAbove(st, cells, lineNo)) return;
  let sawLabel = false;
  const dated: { field: FieldDraft; date: string }[] = [];
  for (const cell of cells) {
    if (isStatLabel(cell)) {
      st.close(0);
      const date = trailingDate(squash(cell));
      st.openField(date ? date.before : squash(cell), '', lineNo);
      if (date) dated.push({ field: st.open!, date: date.date });
      const key = st.open!.label.replace(/\s+/g, '');
      if (CENTRE_LABELS.some((l) => key.startsWith(l))) for (const n of pendingNotes.get(st) ?? []) addNote(st.open!, n);
      sawLabel = true;
    } else if (st.open && st.open.value === '' && !st.open.note && isPrintedUnit(cell)) {
      st.open.note = cell;
    } else if (st.open && (sawLabel || st.open.value === '')) {
      st.append(cell, lineNo, ' ');
    } else {
      st.close(0);
      st.openField('注記', cell, lineNo);
      st.close(0);
    }
  }
  st.close(0);
  for (const { field, date } of dated) field.value = field.value ? `${field.value} ${date}` : date;
}

/** The 記入例 goes to the centre-count cells read so far, or waits for them; its line is the form's note. */
function placeInstruction(st: FieldWalk, instruction: string, lineNo: number) {
  st.close(0);
  const centres = st.fields.filter((f) => f.section === '1-1' && CENTRE_LABELS.some((l) => f.label.replace(/\s+/g, '').startsWith(l)));
  if (centres.length) for (const f of centres) addNote(f, instruction);
  else pendingNotes.set(st, [...(pendingNotes.get(st) ?? []), instruction]);
  st.use(lineNo, 'form_note:1-1');
}

/**
 * A row of unlabelled cells right under a row of labelled cells, one for each (鳩山町 3421: "平成 31 年 1 月 1 日現在"
 * under 人口 and again under 世帯数): each continues the cell above it, on a line of its own.
 */
function continuesRowAbove(st: FieldWalk, cells: string[], lineNo: number): boolean {
  if (cells.some(isStatLabel)) return false;
  const above = st.fields.filter((f) => f.section === '1-1' && f.line_end === lineNo - 1 && f.label !== '注記');
  if (above.length < 2 || above.length !== cells.length) return false;
  above.forEach((f, k) => {
    f.value = f.value ? `${f.value}\n${cells[k]}` : cells[k];
    f.line_end = lineNo;
  });
  st.use(lineNo, 'fields:1-1');
  return true;
}

/**
 * The writer's as-of date in the 1-1 heading ("1-1. 自治体の基本情報(平成 31 年1月1日現在)"): a `注記` row on the
 * heading line, before the table's cells, as the same date written on a line of its own is (広尾町 559).
 */
export function readHeadingDate(
  outline: { sections: SectionSpan[]; fields: FieldDraft[]; usage: Map<number, string[]> },
  lines: readonly string[],
): void {
  const section = outline.sections.find((s) => s.code === '1-1');
  const date = section && trailingDate(stripTags(lines[section.line_start - 1]));
  if (!section || !date) return;
  const line = section.line_start;
  const first = outline.fields.findIndex((f) => f.section === '1-1');
  outline.fields.splice(first < 0 ? outline.fields.length : first, 0, { program: null, section: '1-1', label: '注記', value: date.date, line_start: line, line_end: line });
  outline.usage.set(line, [...(outline.usage.get(line) ?? []), 'fields:1-1']);
}
