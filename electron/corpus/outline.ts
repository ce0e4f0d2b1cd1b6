import { readCells } from './cells.js';
import { pairHeaderRows, trailingLabelRow } from './headerRows.js';
import { isSeparator, lastContentLine } from './records.js';
import {
  readCircledItem,
  readKatakanaItem,
  readLabelledCell,
  readParenItem,
  readSectionHeading,
  readStandaloneLabel,
  CIRCLED,
} from './sections.js';
import { compareKey, squash } from './text.js';
import { readStatsLine } from './statsTable.js';
import type { FormLayouts } from './formLayouts.js';
import { splitNote } from './notes.js';
import { breakSeparator } from './pageCuts.js';
import { readResultsLine } from './resultsLines.js';
import { CELL, FieldWalk, ITEM, KANA, LIST, PAREN, type FieldDraft, type SectionSpan } from './fieldWalk.js';

export type { FieldDraft, SectionSpan } from './fieldWalk.js';

export interface RecordOutline {
  fields: FieldDraft[];
  sections: SectionSpan[];
  /** What consumed each line (1-based line number → tags). */
  usage: Map<number, string[]>;
  /** Lines of the header block (before section 1), for the header reader. */
  headerLines: number[];
  /** What the walk noticed about the form's layout (a repeated item number, cells without labels). */
  warnings: { line: number; code: string; message: string }[];
}

/**
 * Walks one record's lines and reads every labelled cell of sections 1–5 into field drafts, tracking the form's
 * numbering (①, ア, (ア)) so each field knows its section code, e.g. "3.④ア(イ)".
 */
export function outlineRecord(lines: string[], first: number, last: number, layouts: FormLayouts = new Map()): RecordOutline {
  const sections: SectionSpan[] = [];
  const headerLines: number[] = [];
  const warnings: RecordOutline['warnings'] = [];
  const st = new FieldWalk(lines);
  const { fields, usage, use, code, program, close, openField, append, flushColumns } = st;
  let twin: { key: string; line: number } | null = null;

  for (let i = first; i <= last; i++) {
    const lineNo = i + 1;
    const raw = lines[i];
    st.openedOnLine = [];
    if (raw.trim() === '') continue;
    if (isSeparator(raw)) {
      use(lineNo, 'page_break');
      continue;
    }
    const read = readCells(raw);
    const { table, twinCells } = read;
    const paired = table ? pairHeaderRows(raw) : raw;
    if (table) st.tableLines.add(lineNo);
    // The tab-separated twin after the HTML is the same text either way: its length is known from the line as written.
    const reread = paired === raw ? read : readCells(paired, false);
    const keep = (list: readonly unknown[]) => (paired === raw || !twinCells ? list.length : list.length - twinCells);
    const cells = reread.cells.slice(0, keep(reread.cells));
    const columnStarts = reread.columnStarts.slice(0, keep(reread.columnStarts));
    const rowStarts = reread.rowStarts.slice(0, keep(reread.rowStarts));
    if (twinCells) use(lineNo, 'duplicate_tail');
    if (cells.length === 0) {
      use(lineNo, 'markup');
      continue;
    }

    const heading = readSectionHeading(cells);
    if (heading) {
      close(0);
      flushColumns();
      twin = null;
      if (st.section) st.section.line_end = lastContentLine(lines, first, i - 1) + 1;
      st.section = { code: heading.code, title: heading.title, program: heading.program, results: heading.results, line_start: lineNo, line_end: lineNo };
      sections.push(st.section);
      st.item = st.sub = st.subsub = st.list = null;
      st.lastRow = null;
      st.resultsProgram = null;
      st.resultsLabel = null;
      st.inAttachment = false;
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
      readResultsLine(st, cells, lineNo, (k) => (rowStarts[k] ? '\n' : columnStarts[k] ? ' / ' : '\n'));
    } else if (s.code === '1-1') {
      readStatsLine(st, cells, lineNo);
    } else if (s.code === '1-2' || (s.code === '1' && !s.program)) {
      if (!st.open) openField(s.title, '', lineNo);
      append(cells.join('\n'), lineNo);
    } else {
      readFormLine(cells, columnStarts, lineNo);
      if (table) awaitValues(trailingLabelRow(paired), lineNo);
    }
  }
  close(0);
  flushColumns();
  if (st.section) st.section.line_end = lastContentLine(lines, first, last) + 1;
  return { fields, sections, usage, headerLines, warnings };

  function readFormLine(cells: string[], columnStarts: boolean[], lineNo: number) {
    if (st.columns && readColumnValues(cells, lineNo)) return;
    const taken = firstColumnValue(cells, columnStarts, lineNo);
    flushColumns();
    if (taken) {
      readFormLine(cells.slice(taken), columnStarts.slice(taken), lineNo);
      return;
    }
    if (continuesRow(cells, lineNo) || unlabelledRow(cells, lineNo)) return;
    const bare = cells.map((c) => readLabelledCell(c)).filter((l) => l && !l.value);
    if (cells.length >= 2 && bare.length === cells.length) {
      close(CELL);
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
    cells.forEach((cell, k) => readFormCell(cell, lineNo, k === 0, cells.length, columnStarts[k]));
    rememberRow(lineNo);
  }

  /**
   * A row of two or more tab cells without labels under an empty title (津別町 ⑦イ: a meeting and its name, the form's
   * labels left out). Where the corpus's other records label the same title's table (`layouts`), each cell is a row
   * of its own under the label of its place, with a warning naming the table's first line; otherwise the table is the
   * title's answer (市貝町 ウ その他: an activity and its target), read as any text under it.
   */
  function unlabelledRow(cells: string[], lineNo: number): boolean {
    const columns = tabColumns(lineNo)?.filter((c) => c);
    const previous = st.unlabelled && st.onlyBlankBetween(st.unlabelled.line, lineNo) ? st.unlabelled : null;
    const title = previous?.title ?? (st.open && st.openTitle && !st.open.value && st.open.line_start < lineNo ? st.open.label : null);
    if (!title || !columns || columns.length < 2 || columns.length !== cells.length || cells.some(isFormLabel)) return false;
    const row = previous ? previous.row + 1 : 0;
    const labels = layouts.get(title)?.[row];
    if (!labels || labels.length !== cells.length) return false;
    close(CELL);
    cells.forEach((cell, k) => {
      openField(labels[k], cell, lineNo);
      close(CELL);
    });
    if (!previous) {
      const layout = layouts.get(title)!.map((r) => r.map((l) => `(${l})`).join(' ')).join(' / ');
      warnings.push({ line: lineNo, code: 'unlabelled_cells', message: `「${title}」の表にラベルがありません: 他の報告書の同じ表 ${layout} に従い位置で読みます (cells without their labels, read by position)` });
    }
    st.unlabelled = { title, line: lineNo, row };
    return true;
  }

  /** An HTML table ending at a header row: its label cells take the value rows that follow, by column. */
  function awaitValues(labels: string[] | null, lineNo: number) {
    const tail = labels ? st.openedOnLine.slice(-labels.length) : [];
    if (!labels || tail.length !== labels.length || tail.some((f, k) => f.label !== labels[k] || f.value !== '')) return;
    close(CELL);
    st.columns = { line: lineNo, fields: tail.map((field, column) => ({ column, field })), kept: true };
  }

  /** A row of labelled cells in tab columns ("(バックアップの内容) …⇥(バックアップする人) …"), for `continuesRow`. */
  function rememberRow(lineNo: number) {
    st.lastRow = null;
    const columns = tabColumns(lineNo);
    if (!columns) return;
    const filled = columns.map((c, k) => [c, k] as const).filter(([c]) => c);
    if (filled.length < 2 || filled.length !== st.openedOnLine.length || !filled.every(([c]) => readLabelledCell(c))) return;
    st.lastRow = { line: lineNo, byColumn: new Map(filled.map(([, k], n) => [k, st.openedOnLine[n]])) };
  }

  /**
   * The rest of a row cut by a page break (土浦市: "…とともに生⇥(バックアップする人) …", a blank line, then
   * "活支援体制…⇥／相談支援包括化推進員"): unlabelled text in two or more of the same tab columns, with only blank or
   * "--" lines between, continues each column's cell, so line_start..line_end spans both parts.
   */
  function continuesRow(cells: string[], lineNo: number): boolean {
    const row = st.lastRow;
    const columns = tabColumns(lineNo);
    if (!row || !columns || cells.some(isFormLabel)) return false;
    if (!st.onlyBlankBetween(row.line, lineNo)) return false;
    const filled = columns.map((c, k) => [c, k] as const).filter(([c]) => c);
    if (filled.length < 2 || !filled.every(([, k]) => row.byColumn.has(k))) return false;
    for (const [text, k] of filled) {
      const f = row.byColumn.get(k)!;
      f.value = f.value ? `${f.value}${breakSeparator(f.value, text)}${text}` : text;
      f.line_end = lineNo;
      use(lineNo, `fields:${f.section}`);
    }
    st.lastRow = null;
    return true;
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
      const sep = f.line_end === lineNo ? ' / ' : st.afterBreak(f, lineNo) ? breakSeparator(f.value, value) : '\n';
      f.value = f.value ? `${f.value}${sep}${value}` : value;
      f.line_end = lineNo;
    });
    // A column the row leaves empty (郡山市 2060: "…⇥方部⇥" under "(人口)") is still a cell of that row.
    for (const { column, field } of table.fields) if (!field.value && column < positions.length) field.line_end = lineNo;
    use(lineNo, `fields:${code()}`);
    return true;
  }

  /**
   * A line that opens with the answer to the first column of the row above (a header row, or a row of labelled cells
   * left empty) and then labels the next row of the table (広尾町 637/639: "(個別事例の検討)⇥(既存の会議の名称)", a page
   * break, then "<p>相談支援包括化推進担当者会議(…)</p> <p>(ネットワーク構築)…"): the unlabelled paragraphs before the
   * first label are that column's value. The number of cells taken (0 when the line does not open so).
   */
  function firstColumnValue(cells: string[], columnStarts: boolean[], lineNo: number): number {
    const row = st.lastRow && st.onlyBlankBetween(st.lastRow.line, lineNo) ? st.lastRow.byColumn.get(0) : undefined;
    const first = st.columns ? st.columns.fields.find((f) => f.column === 0)?.field : row;
    if (!first || splitNote(first.value).value !== '') return 0;
    let taken = 0;
    while (taken < cells.length && !isFormLabel(cells[taken]) && (taken === 0 || !columnStarts[taken])) taken++;
    if (taken === 0 || taken === cells.length) return 0;
    first.value = `${first.value}${first.value ? ' ' : ''}${cells.slice(0, taken).join('\n')}`;
    first.line_end = lineNo;
    use(lineNo, `fields:${first.section}`);
    st.lastRow = null;
    return taken;
  }

  /**
   * The item a ①…⑨ that opens its line stands for, or null when it is text. A number repeated on a row of its own
   * with another label (鱒ヶ沢町: "② 事業名", then "② 事業実施の必要性…⇥③ 高齢化率…") is the next item by position;
   * a skipped number is kept as written (an item may be left out), with a warning.
   */
  function itemNumber(circled: { index: number; marker: string; label: string }, lineNo: number, cellsOnLine: number) {
    const expected = st.item ? st.item.index + 1 : 1;
    if (circled.index > expected) {
      warnings.push({
        line: lineNo, code: 'item_number_skipped',
        message: `項目番号が「${CIRCLED[expected - 1]}」を飛ばして「${circled.marker}」になっています: 番号どおりに読みます (skipped item number)`,
      });
    }
    if (!st.item || circled.index > st.item.index) return circled;
    if (circled.index !== st.item.index || cellsOnLine < 2 || circled.label === st.item.label || st.item.index >= CIRCLED.length) return null;
    const next = { index: st.item.index + 1, marker: CIRCLED[st.item.index], label: circled.label };
    warnings.push({
      line: lineNo, code: 'item_number_repeated',
      message: `項目番号「${circled.marker}」が前の項目と重複しています: 位置から「${next.marker}${circled.label}」として読みます (repeated item number, read by position)`,
    });
    return next;
  }

  /** What sets `cell` apart from the open field's text: see readFormCell. */
  function separatorBefore(cell: string, lineNo: number, newColumn: boolean): string {
    const f = st.open;
    if (!f) return '\n';
    if (f.line_end === lineNo) return newColumn ? ' / ' : '\n';
    return st.afterBreak(f, lineNo) ? breakSeparator(f.value, cell) : '\n';
  }

  /** The tab columns of a plain (non-HTML) line, empty ones kept so that values stay under their labels. */
  function tabColumns(lineNo: number): string[] | null {
    const raw = lines[lineNo - 1];
    return raw.includes('<') ? null : raw.split('\t').map(squash);
  }

  function readFormCell(cell: string, lineNo: number, startsLine: boolean, cellsOnLine: number, newColumn: boolean) {
    const s = st.section!;
    // The form's ①…⑨ items open their line; a ①…⑫ list inside a cell is text.
    const circled = s.program && startsLine ? readCircledItem(cell) : null;
    const item = circled && itemNumber(circled, lineNo, cellsOnLine);
    if (item) {
      close(ITEM);
      st.item = { index: item.index, marker: item.marker, label: circled!.label, renumbered: item.marker !== circled!.marker };
      st.sub = st.subsub = st.list = null;
      openField(circled!.label, '', lineNo, ITEM, true);
      st.itemLine = lineNo;
      return;
    }
    // A ①②③ list restarting inside an item, each number alone on its line, titles the labelled cells below it.
    const listStarts = circled?.index === 1 ? st.openTitle && !st.list : st.list?.index === (circled?.index ?? 0) - 1;
    if (circled && st.item && cellsOnLine === 1 && listStarts && !/[①-⑳]/.test(circled.label)) {
      close(LIST);
      st.list = { index: circled.index, marker: circled.marker };
      openField(circled.label, '', lineNo, LIST, true);
      return;
    }
    const kana = readKatakanaItem(cell);
    if (kana && s.program && (!st.sub || kana.index > st.sub.index)) {
      close(KANA);
      st.sub = { index: kana.index, letter: kana.letter };
      st.subsub = st.list = null;
      openField(...titleAndAnswer(kana.label), lineNo, KANA, true);
      return;
    }
    const paren = readParenItem(cell);
    if (paren && s.program && (!st.subsub || paren.index > st.subsub.index)) {
      close(PAREN);
      st.subsub = { index: paren.index, letter: paren.letter };
      st.list = null;
      openField(...titleAndAnswer(paren.label), lineNo, PAREN, true);
      return;
    }
    const standalone = readStandaloneLabel(cell);
    // The label again inside its own open answer (広尾町 601: "ビジョン …", then "事業の成果目標 <人の変化> …") is the
    // writer's sub-heading: the form has one such cell, and the words stay in its value.
    const repeated = standalone && st.open && st.open.label === standalone.label && st.open.section === code() && st.open.value !== '';
    if (standalone && !repeated) {
      close(PAREN);
      // These labels close the (ア)…(エ) list: they belong to the ア/イ block itself.
      if (st.subsub && /成果目標|財源|連携する他の法定事業/.test(standalone.label)) st.subsub = st.list = null;
      openField(standalone.label, standalone.value, lineNo, PAREN);
      return;
    }
    const labelled = readLabelledCell(cell);
    // "①実施主体(委託先)⇥(市全体の体制整備の中で実施)": a remark in brackets is the item's value, not a label.
    const itemValue = st.open !== null && st.openLevel === ITEM && st.itemLine === lineNo && st.open.line_start === lineNo && st.open.value === '';
    if (labelled && s.program && !(itemValue && !labelled.value)) {
      close(CELL);
      openField(labelled.label, labelled.value, lineNo);
      return;
    }
    // 鱒ヶ沢町 785 "② 事業実施の必要性、体制等⇥③ 高齢化率…": the number the item was read as drifted into its answer.
    if (itemValue && st.item?.renumbered && cell.startsWith(st.item.marker)) cell = cell.slice(st.item.marker.length).trim();
    // Another column of the same line is set off by " / "; another paragraph, or another line, by a line break; the
    // rest of a sentence the page cut, by nothing.
    if (!append(cell, lineNo, separatorBefore(cell, lineNo, newColumn))) {
      // Text before any label of the section (section 2's label/value rows start here).
      openField(cell, '', lineNo);
    }
  }
}

/**
 * A title with the writer's answer in the same cell: "(エ)その他 中間的就労の場を創出…" (the form's catch-all, then
 * the answer) or "(ア)…を市町村と構築 「未実施」" (a short answer in brackets after the title).
 */
function titleAndAnswer(title: string): [string, string] {
  const other = /^その他\s+(\S.*)$/.exec(title);
  if (other) return ['その他', other[1]];
  const bracketed = /^(.*\S)\s+「([^「」]{1,20})」$/.exec(title);
  return bracketed ? [bracketed[1], bracketed[2]] : [title, ''];
}

/** A cell the form labels or numbers: "(対象)", "①…", "ア …", "(ア)…", or one of the standalone labels. */
function isFormLabel(cell: string): boolean {
  return Boolean(readLabelledCell(cell) || readCircledItem(cell) || readKatakanaItem(cell) || readParenItem(cell) || readStandaloneLabel(cell));
}
