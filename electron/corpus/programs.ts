import type { RecordOutline } from './outline.js';
import { fold, squash } from './text.js';
import type { ProgramName, ProgramRow } from './types.js';

type ProgramCells = Omit<ProgramRow, 'corpus' | 'entity_id'>;

/** One row per program the record runs, from the ①②④ cells of its section. */
export function readPrograms(outline: RecordOutline, run: ProgramName[], fallbackLine: number): ProgramCells[] {
  return run.map((program) => {
    const section = outline.sections.find((s) => s.program === program && !s.results);
    const cell = (pattern: RegExp) =>
      outline.fields.find((f) => f.program === program && section && f.section.startsWith(`${section.code}.`) && pattern.test(f.label.replace(/\s+/g, '')));
    const implementerCell = cell(/^実施主体/);
    const { implementer, contractor } = splitImplementer(implementerCell?.value ?? '');
    const planned = program === '多機関協働事業' ? cell(/配置予定人数/) : undefined;
    return {
      program,
      implementer,
      contractor,
      project_name: squash(cell(/^事業名/)?.value ?? '') || null,
      suishinin_planned: planned ? readHeadCount(planned.value) : null,
      line_start: section?.line_start ?? fallbackLine,
      line_end: section?.line_end ?? fallbackLine,
    };
  });
}

/** "札幌市(札幌市社会福祉協議会)" → 札幌市 + 札幌市社会福祉協議会; without brackets there is no contractor. */
export function splitImplementer(raw: string): { implementer: string | null; contractor: string | null } {
  const text = squash(fold(raw));
  if (!text) return { implementer: null, contractor: null };
  const m = /^(.*?)\s*\((.+)\)\s*$/.exec(text);
  if (!m || !m[1]) return { implementer: text, contractor: null };
  const contractor = m[2].replace(/^委託先\s*[:]?\s*/, '').trim();
  return { implementer: m[1].trim(), contractor: contractor || null };
}

/**
 * The planned head-count of 相談支援包括化推進員: "6人", "1名", "2人(正規職員1人、臨時職員1人)" (the count before the
 * brackets), "常勤1人、非常勤1人" (a list: summed), "配置は行わない" (0). Counts per place ("各2人") need a reader: null.
 */
export function readHeadCount(raw: string): number | null {
  const text = fold(raw);
  if (/配置(は|を)?(行わない|しない|なし)|配置予定なし/.test(text)) return 0;
  if (/各\s*\d+\s*(人|名)/.test(text)) return null;
  const outside = text.replace(/\([^)]*\)/g, ' ').replace(/※.*$/, '');
  const counts = [...outside.matchAll(/(\d+)\s*(?:人|名)/g)].map((m) => Number(m[1]));
  if (counts.length === 0) return null;
  return counts.reduce((a, b) => a + b, 0);
}
