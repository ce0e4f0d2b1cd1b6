import { paragraphContinues } from './pageCuts.js';
import { leadingResultsHeading, readResultsHeading } from './sections.js';
import { squash } from './text.js';
import type { FieldWalk } from './fieldWalk.js';

/** One field per line of the results section; a program heading may open the line or stand inside it. */
export function readResultsLine(st: FieldWalk, cells: string[], lineNo: number): void {
  const section = st.section!;
  let text: string[] = [];
  let headed = false;
  const emit = () => {
    if (text.length === 0) return;
    if (!headed && continuePrevious(st, text, lineNo)) {
      text = [];
      return;
    }
    st.fields.push({
      program: st.resultsProgram,
      section: section.code,
      label: st.resultsLabel ?? section.title,
      value: text.join('\n'),
      line_start: lineNo,
      line_end: lineNo,
    });
    st.use(lineNo, `fields:${section.code}`);
    text = [];
  };
  for (const cell of cells) {
    const whole = readResultsHeading(cell);
    const heading = whole ? { program: whole, title: cell, rest: '' } : leadingResultsHeading(cell);
    if (heading) {
      emit();
      headed = true;
      st.resultsProgram = heading.program;
      st.resultsLabel = squash(heading.title);
      st.use(lineNo, `heading:${section.code}`);
      if (heading.rest) text.push(heading.rest);
    } else {
      text.push(cell);
    }
  }
  emit();
}

/**
 * A paragraph the page cut (盛岡市: "…追加するだけでな", a blank line, "く、市が主催する…"): the line goes on with the
 * last row of the section, under the same heading, with only blank or "--" lines between; its line_end moves on.
 */
function continuePrevious(st: FieldWalk, text: string[], lineNo: number): boolean {
  const last = st.fields.at(-1);
  const section = st.section!;
  if (!last || last.section !== section.code || last.program !== st.resultsProgram || last.label !== (st.resultsLabel ?? section.title)) return false;
  if (last.line_end >= lineNo - 1 || !st.onlyBlankBetween(last.line_end, lineNo) || !paragraphContinues(last.value, text[0])) return false;
  last.value = `${last.value}${text.join('\n')}`;
  last.line_end = lineNo;
  st.use(lineNo, `fields:${section.code}`);
  return true;
}
