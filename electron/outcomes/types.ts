import type { AttainmentRow, EntityAttainmentRow, EntityKind, ProgramName, ResultRow, TargetRow } from '../corpus/types.js';

/** One corpus line as the outcome rules see it: its number and its text with HTML tags already stripped. */
export interface SourceLine {
  line_no: number;
  text: string;
  /** The program the form's reader found for the line where headings do not tell it (an attachment's item). */
  program?: ProgramName;
}

/** What the parser hands to the outcome rules for one record. */
export interface OutcomeRecord {
  corpus: string;
  entity_id: string;
  entity_kind: EntityKind;
  /** The programs this record really runs. */
  programs: ProgramName[];
  /** Each 成果目標 cell of the program sections: 事業の成果目標 (地域力, under ア and under イ), ⑧ (多機関), ⑤ (都道府県). */
  targetCells: { program: ProgramName; section: string; lines: SourceLine[] }[];
  /** Every line of section 5 (or 4) 成果目標の達成状況, its heading excluded. */
  resultLines: SourceLine[];
}

export interface OutcomeTables {
  targets: TargetRow[];
  results: ResultRow[];
  attainment: AttainmentRow[];
  entity_attainment: EntityAttainmentRow[];
}
