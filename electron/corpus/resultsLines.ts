import { ATTACHMENT_LABEL, opensAttachment, programByTitle } from './attachments.js';
import { paragraphContinues } from './pageCuts.js';
import { leadingResultsHeading, readResultsHeading } from './sections.js';
import { squash } from './text.js';
import type { FieldWalk } from './fieldWalk.js';

/**
 * One field per line of the results section; a program heading may open the line or stand inside it. `before(k)` is
 * what sets cell k apart from the one before it in a value: " / " for another column of a table row, else a line break.
 */
export function readResultsLine(st: FieldWalk, cells: string[], lineNo: number, before: (k: number) => string): void {
  const section = st.section!;
  if (opensAttachment(cells) && st.fields.some((f) => f.section === section.code)) {
    if (!st.inAttachment) st.headingProgram = st.resultsProgram;
    st.inAttachment = true;
    st.resultsProgram = st.headingProgram;
    st.resultsLabel = ATTACHMENT_LABEL;
  }
  if (st.inAttachment) st.resultsProgram = programByTitle(cells.join(' '), st.titles) ?? st.resultsProgram;
  // The row being read: cells are never empty, so '' means nothing read since the last row.
  let value = '';
  let headed = false;
  const emit = () => {
    if (!value) return;
    if (!headed && continuePrevious(st, value, lineNo)) {
      value = '';
      return;
    }
    st.fields.push({
      program: st.resultsProgram,
      section: section.code,
      label: st.resultsLabel ?? section.title,
      value,
      line_start: lineNo,
      line_end: lineNo,
    });
    st.use(lineNo, `fields:${section.code}`);
    value = '';
  };
  const add = (part: string, k: number) => {
    value = value ? `${value}${before(k)}${part}` : part;
  };
  cells.forEach((cell, k) => {
    const whole = readResultsHeading(cell);
    const heading = whole ? { program: whole, title: cell, rest: '' } : leadingResultsHeading(cell);
    if (heading) {
      emit();
      headed = true;
      st.resultsProgram = heading.program;
      st.resultsLabel = squash(heading.title);
      st.use(lineNo, `heading:${section.code}`);
      if (heading.rest) add(heading.rest, k);
    } else {
      add(cell, k);
    }
  });
  emit();
}

/**
 * A paragraph the page cut (盛岡市: "…追加するだけでな", a blank line, "く、市が主催する…"): the line goes on with the
 * last row of the section, under the same heading, with only blank or "--" lines between; its line_end moves on.
 */
function continuePrevious(st: FieldWalk, value: string, lineNo: number): boolean {
  const last = st.fields.at(-1);
  const section = st.section!;
  if (!last || last.section !== section.code || last.program !== st.resultsProgram || last.label !== (st.resultsLabel ?? section.title)) return false;
  if (!st.afterBreak(last, lineNo) || !paragraphContinues(last.value, value)) return false;
  last.value = `${last.value}${value}`;
  last.line_end = lineNo;
  st.use(lineNo, `fields:${section.code}`);
  return true;
}
