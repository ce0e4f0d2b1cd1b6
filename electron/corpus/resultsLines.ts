import { leadingResultsHeading, readResultsHeading } from './sections.js';
import { squash } from './text.js';
import type { FieldWalk } from './fieldWalk.js';

/** One field per line of the results section; a program heading may open the line or stand inside it. */
export function readResultsLine(st: FieldWalk, cells: string[], lineNo: number): void {
  const section = st.section!;
  let text: string[] = [];
  const emit = () => {
    if (text.length === 0) return;
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
