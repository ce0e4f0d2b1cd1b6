import type { TableName } from '../../common/tables.js';
/** Row types of the table contract (docs: README "Tables"). Line numbers are 1-based lines of the corpus file. */

export type EntityKind = 'municipality' | 'prefecture' | 'area';

export type ProgramName = '地域力強化推進事業' | '多機関協働事業' | '都道府県事業';

export const PROGRAMS: readonly ProgramName[] = ['地域力強化推進事業', '多機関協働事業', '都道府県事業'];

/** The names the form prints for each program: its title on the form first, then the short forms the form uses. */
export const PROGRAM_FORM_NAMES: Readonly<Record<ProgramName, readonly string[]>> = {
  地域力強化推進事業: ['地域力強化推進事業'],
  多機関協働事業: ['多機関の協働による包括的支援体制構築事業', '多機関の協働', '多機関協働'],
  都道府県事業: ['都道府県事業'],
};

export interface EntityRow {
  corpus: string;
  entity_id: string;
  prefecture: string;
  municipality: string;
  entity_kind: EntityKind;
  /** 全国地方公共団体コード (6 digits, check digit included); null for an area record (see area_members). */
  lg_code: string | null;
  /** The municipality's reading (hiragana) from the code list, for 五十音 order; null when unmatched. */
  municipality_kana: string | null;
  department: string | null;
  phone: string | null;
  url: string | null;
  population: number | null;
  population_text: string | null;
  households: number | null;
  households_text: string | null;
  aging_rate: number | null;
  aging_rate_text: string | null;
  welfare_rate: number | null;
  welfare_rate_unit: string | null;
  welfare_rate_text: string | null;
  welfare_rate_permille: number | null;
  welfare_rate_flag: string | null;
  area_km2: number | null;
  area_text: string | null;
  association_rate: number | null;
  association_rate_text: string | null;
  elementary_schools: number | null;
  elementary_schools_text: string | null;
  junior_high_schools: number | null;
  junior_high_schools_text: string | null;
  houkatsu_direct: number | null;
  houkatsu_consigned: number | null;
  houkatsu_text: string | null;
  jiritsu_direct: number | null;
  jiritsu_consigned: number | null;
  jiritsu_text: string | null;
  marked_chiiki: boolean;
  marked_takikan: boolean;
  marked_prefectural: boolean;
  runs_chiiki: boolean;
  runs_takikan: boolean;
  runs_prefectural: boolean;
  line_start: number;
  line_end: number;
}

export interface ProgramRow {
  corpus: string;
  entity_id: string;
  program: ProgramName;
  implementer: string | null;
  contractor: string | null;
  project_name: string | null;
  suishinin_planned: number | null;
  line_start: number;
  line_end: number;
}

export interface FieldRow {
  corpus: string;
  entity_id: string;
  program: ProgramName | null;
  section: string;
  label: string;
  /** The writer's answer ('' for an empty cell), without the form's own instructions. */
  value: string;
  /** The form's instruction in the cell ("※会議の開催回数や参加者等を記載"), or null. */
  note: string | null;
  line_start: number;
  line_end: number;
}

export interface LineRow {
  corpus: string;
  line_no: number;
  entity_id: string | null;
  text: string;
  used_by: string | null;
}

export interface WarningRow {
  corpus: string;
  line_no: number | null;
  entity_id: string | null;
  code: string;
  message: string;
}

export interface TargetRow {
  corpus: string;
  entity_id: string;
  program: ProgramName;
  indicator: string;
  value: number;
  /** Upper end of a range target ("年2～3回"), else null. */
  value_max: number | null;
  unit: string | null;
  per: '月' | '年' | '日' | null;
  qualifier: string | null;
  /** average (平均), cumulative (累計), 延べ (のべ), else null. */
  statistic: string | null;
  /** The unit one figure counts for ("各地区 50人" → 地区), else null: the target is per district or site. */
  per_unit: string | null;
  /** The fiscal year written next to the target (平成32年度 → 2020), else null. */
  target_year: number | null;
  text: string;
  line: number;
  /** Where the target is written: the form's cell (e.g. `3.④ア`) or `達成状況` when only section 5 states it. */
  section: string;
}

export interface ResultRow {
  corpus: string;
  entity_id: string;
  program: ProgramName;
  indicator: string;
  value: number;
  value_max: number | null;
  unit: string | null;
  per: '月' | '年' | '日' | null;
  months: number | null;
  /** result (an achievement), schedule (how often a meeting or plan runs), context (a baseline or reference figure). */
  kind: 'result' | 'schedule' | 'context';
  statistic: string | null;
  per_unit: string | null;
  text: string;
  line: number;
  /** The target the same sentence restates next to the result ("30名⇒26名", "(成果目標 330件)"), else null. */
  stated_target: number | null;
  /** True when section 5 names no program for this result and the program was taken from its paired target. */
  program_inferred: boolean;
}

export interface AttainmentRow {
  corpus: string;
  entity_id: string;
  program: ProgramName;
  indicator: string;
  target: number;
  target_unit: string | null;
  result: number;
  result_unit: string | null;
  ratio: number;
  /** The ratio with the result scaled to twelve months when it covers 9–11 months of a full-year target, else null. */
  ratio_annualised: number | null;
  confidence: 'high' | 'medium' | 'low';
  target_line: number;
  result_line: number;
  method: 'extracted' | 'curated';
  /** The target's basis (月, 年, 日 or null) and how the result was put on it, e.g. "14件 ÷ 10か月 = 1.4件/月". */
  target_per: string | null;
  basis_note: string | null;
  /** Indicator similarity of the two statements (0–1), the main input of `confidence`. */
  similarity: number;
}

export interface EntityAttainmentRow {
  corpus: string;
  entity_id: string;
  ratio: number | null;
  pairs: number;
  /** Pairs of low confidence, left out of `ratio`. */
  pairs_low: number;
}

/** One municipality an area record names as a member, with its code (null when the name matches none). */
export interface AreaMemberRow {
  corpus: string;
  entity_id: string;
  municipality: string;
  lg_code: string | null;
  municipality_kana: string | null;
}

/** Everything parsed from one corpus file. */
export interface ParsedCorpus {
  corpus: string;
  entities: EntityRow[];
  programs: ProgramRow[];
  fields: FieldRow[];
  lines: LineRow[];
  parse_warnings: WarningRow[];
  targets: TargetRow[];
  results: ResultRow[];
  attainment: AttainmentRow[];
  entity_attainment: EntityAttainmentRow[];
  area_members: AreaMemberRow[];
}

export { TABLE_NAMES, type TableName } from '../../common/tables.js';

// The parser's tables and the shared list of names must be the same set: a table added on one side only fails to compile.
type ParsedTables = Exclude<keyof ParsedCorpus, 'corpus'>;
const sameTables: [ParsedTables] extends [TableName] ? ([TableName] extends [ParsedTables] ? true : never) : never = true;
void sameTables;
