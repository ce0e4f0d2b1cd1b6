/** Numeric targets of the 成果目標 cells: every labelled quantity that is not a baseline, a context figure or a breakdown. */
import type { ProgramName } from '../corpus/types.js';
import type { OutcomeRecord } from './types.js';
import type { Basis, Statistic } from './numbers.js';
import { readMeasures, type Measure } from './measures.js';
import { foldOutcomeText, sentenceAround } from './text.js';

/** A target with what pairing needs beside its row. */
export interface TargetStatement {
  program: ProgramName;
  section: string;
  indicator: string;
  matchText: string;
  value: number;
  /** Upper end of a range ("年2～3回"), else null. */
  valueMax: number | null;
  unit: string;
  family: string;
  per: Basis;
  qualifier: string | null;
  statistic: Statistic;
  perUnit: string | null;
  /** The fiscal year written next to the target (平成32年度 → 2020), else null. */
  targetYear: number | null;
  text: string;
  line: number;
  /** The targets this one sums, when a result counts several places the report targets one by one (栃木市). */
  covers?: TargetStatement[];
  /** A target set for a later year ("平成32年度 28団体"): still a target, paired with less confidence. */
  laterYear: boolean;
}

/** Words saying a number is where things stand, not where they should go. */
export const BASELINE_LABEL = /現状|現在|時点|実績|参考|前年|昨年|調査時|\d+\s*年度は|ベース/;
/** Sentences describing the situation ("…73件の相談があった", "192名おり", "50人程…を想定しており"). */
const CONTEXT_SENTENCE = /あった|があり|おり[、。]|ある。|いる。|経過している|想定しており/;
/** "平成30年度実績 … をベースに平成31年度の目標数としていく": this year's figures, not a target, whatever else is said. */
const BASIS_SENTENCE = /ベースに|参考値|参考として/;
/** Words after a number that make it the population of a plan, not its aim ("218件を対象とし"). */
const CONTEXT_AFTER = /^\s*(?:を対象|が対象|の方|おり|いる|ある)/;
const LATER_YEAR = /平成\s*3[1-9]\s*年度|令和/;
/** A fiscal year written as 平成n年度, 令和n年度, Hn年度 or 20xx年度. */
const FISCAL_YEAR = /(?:(平成|H)\s*(\d{1,2})|(令和|R)\s*(\d{1,2})|(20\d\d))\s*年度/g;

/** The last fiscal year written in `text`, as a western year (平成30年度 → 2018, 令和2年度 → 2020). */
export function fiscalYearIn(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(FISCAL_YEAR)) year = m[2] ? 1988 + Number(m[2]) : m[4] ? 2018 + Number(m[4]) : Number(m[5]);
  return year;
}

/** The part of a cell line that is the target text: after the label, before the next form label of an HTML row. */
export function targetText(line: string): string {
  let text = foldOutcomeText(line);
  const label = text.lastIndexOf('事業の成果目標');
  if (label >= 0) text = text.slice(label + '事業の成果目標'.length);
  const next = text.search(/\(対象地域\)|イ「住民|ウ その他|⑨地域力|⑤多機関|[45]\.\s*成果目標の達成状況/);
  return (next >= 0 ? text.slice(0, next) : text).trim();
}

export function isTargetMeasure(m: Measure, text: string): boolean {
  if (m.drop || m.marker === 'baseline') return false;
  // "30年度は年間20件の支援終結を目標に掲げ" is a target; "(29年度は10地区程度)" is not.
  if (BASELINE_LABEL.test(m.rawLabel) && !(/年度は/.test(m.rawLabel) && /を目標|目標に|目標と/.test(sentenceAround(text, m.start, m.end)))) return false;
  // "平成30年度実績(4月-1月・8か所) 相談件数 4,008件": the sentence opened as a report of this year.
  const opening = text.slice(Math.max(0, text.lastIndexOf('。', m.start - 1) + 1), m.start);
  if (/実績|時点/.test(opening)) return false;
  if (CONTEXT_AFTER.test(text.slice(m.tail, m.tail + 6))) return false;
  const sentence = sentenceAround(text, m.start, m.end);
  if (BASIS_SENTENCE.test(sentence) || BASIS_SENTENCE.test(text.slice(m.tail, text.indexOf('。', m.tail) >>> 0))) return false;
  return !(CONTEXT_SENTENCE.test(sentence) && !/目標/.test(sentence));
}

export function toTargetStatement(m: Measure, text: string, program: ProgramName, section: string, line: number): TargetStatement {
  const sentence = sentenceAround(text, m.start, m.end);
  return {
    program, section, line,
    indicator: m.label || m.matchText,
    matchText: m.matchText,
    value: m.value,
    valueMax: m.valueMax,
    unit: m.unit,
    family: m.family,
    per: m.per,
    qualifier: m.qualifier,
    statistic: m.statistic,
    perUnit: m.perUnit,
    // "平成32年度 28団体", "…28団体(平成32年度)": the year written right before or after the number.
    targetYear: fiscalYearIn(m.rawLabel.slice(-16)) ?? yearAfter(text.slice(m.tail, m.tail + 16)),
    text: sentence,
    laterYear: LATER_YEAR.test(m.rawLabel) || LATER_YEAR.test(text.slice(m.tail, m.tail + 12)),
  };
}

/** "28団体(平成32年度)", "…平成32年度まで": a year closing the target; "(平成29年度の相談件数を参考)" is not one. */
function yearAfter(text: string): number | null {
  const m = /^\s*\(?\s*((?:平成|H|令和|R)\s*\d{1,2}|20\d\d)\s*年度\s*(?:\)|まで|末)/.exec(text);
  return m ? fiscalYearIn(`${m[1]}年度`) : null;
}

export function extractCellTargets(record: OutcomeRecord): TargetStatement[] {
  const targets: TargetStatement[] = [];
  for (const cell of record.targetCells) {
    for (const line of cell.lines) {
      const text = targetText(line.text);
      if (!text) continue;
      for (const m of readMeasures(text)) {
        if (isTargetMeasure(m, text)) targets.push(toTargetStatement(m, text, cell.program, cell.section, line.line_no));
      }
    }
  }
  return dedupeTargets(targets);
}

/** The HTML and tab renderings of one cell repeat the same target: keep the first. */
function dedupeTargets(targets: TargetStatement[]): TargetStatement[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = [t.program, t.section, t.value, t.family, t.per, t.indicator.replace(/\s+/g, '')].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
