/**
 * Pairing targets with results of the same record: explicit restatements first ("30名⇒26名", "目標60団体に対し67団体"),
 * then by indicator similarity within the same program and unit family. Both put on one basis before the ratio.
 */
import type { ProgramName } from '../corpus/types.js';
import type { TargetStatement } from './targets.js';
import type { ResultStatement } from './results.js';
import { indicatorSimilarity, isGenericPhrase } from './similarity.js';
import { comparableUnits } from './numbers.js';

export { indicatorSimilarity };

export type Confidence = 'high' | 'medium' | 'low';

export interface Pair {
  target: TargetStatement;
  result: ResultStatement;
  /** The result on the target's basis. */
  resultOnBasis: number;
  ratio: number;
  /** The ratio with a 9–11-month count scaled to the twelve months of a full-year target, else null. */
  ratioAnnualised: number | null;
  confidence: Confidence;
  similarity: number;
  basisNote: string | null;
  program: ProgramName;
  programInferred: boolean;
}

/** The likeness given to the only 延べ count of people on each side of a program: medium, never high, on that alone. */
const COUNTED_ALIKE = 0.4;
/** Below this an indicator match is a guess, and no pair is made. */
export const MIN_SIMILARITY = 0.3;
/** A target and a result that are each other's only candidate need less likeness. */
export const ALONE_MIN_SIMILARITY = 0.15;

interface Basis {
  value: number;
  note: string | null;
  /** The number of months had to be assumed (no period written). */
  assumed: boolean;
}

function resultValue(r: ResultStatement): number {
  return r.valueMax !== null ? (r.value + r.valueMax) / 2 : r.value;
}

/** The result on the target's basis: a monthly target against a count over N months is compared per month. */
export function putOnTargetBasis(t: TargetStatement, r: ResultStatement): Basis | null {
  const v = resultValue(r);
  const shown = r.valueMax !== null ? `${r.value}～${r.valueMax}${r.unit}の中央値${v}` : `${v}${r.unit}`;
  if (t.per === '日' || r.per === '日') return t.per === r.per ? { value: v, note: null, assumed: false } : null;
  if (t.per === '月') {
    if (r.per === '月') return { value: v, note: r.valueMax !== null ? `${shown}(月当たり)` : null, assumed: false };
    if (r.altPerMonth !== null) return { value: r.altPerMonth, note: `${shown}のうち月当たり${r.altPerMonth}${r.unit}と記載`, assumed: false };
    const months = r.months ?? 12;
    const perMonth = Math.round((v / months) * 1000) / 1000;
    const note = `${shown} ÷ ${months}か月 = ${perMonth}${r.unit}/月${r.months === null ? '(期間の記載なし: 12か月と仮定)' : ''}`;
    return { value: perMonth, note, assumed: r.months === null };
  }
  if (r.per === '月') return { value: v * 12, note: `${shown}/月 × 12か月 = ${v * 12}${r.unit}`, assumed: false };
  return { value: v, note: r.valueMax !== null ? shown : null, assumed: false };
}

const LEVELS: Confidence[] = ['low', 'medium', 'high'];

/**
 * The confidence rule, in one place. Start from the evidence that the two numbers are about the same thing: the report
 * restates the target beside the result (high), or the indicators' similarity (≥ 0.6 high, ≥ 0.4 medium, else low;
 * medium too at ≥ 0.3 when the two are each other's only candidate of that unit in the program).
 * Then one level down for each doubt: a range of results (midpoint used), a program taken from the target, an increase
 * target (増/減) compared with a level, a later-year target; and straight to low when the months had to be assumed.
 */
export function confidenceOf(input: {
  explicit: boolean; alone: boolean; similarity: number; range: boolean; programInferred: boolean; increaseTarget: boolean;
  laterYear: boolean; monthsAssumed: boolean; scopeDiffers?: boolean; statisticDiffers?: boolean; schedule?: boolean;
}): Confidence {
  let level = input.explicit || input.similarity >= 0.6 ? 2 : input.similarity >= 0.4 || (input.alone && input.similarity >= MIN_SIMILARITY) ? 1 : 0;
  if (input.range) level--;
  if (input.programInferred && !input.explicit) level--;
  if (input.increaseTarget) level--;
  if (input.laterYear) level--;
  // "各地区 50人" against a total, or an average against a count: not the same quantity, whatever the words say.
  if (input.scopeDiffers) level--;
  if (input.statisticDiffers) level--;
  if (input.monthsAssumed || input.schedule) level = 0;
  return LEVELS[Math.max(0, level)];
}

/** "年12回" against "月1回のひきこもり家族会": a schedule may answer a target that is itself a frequency of the same unit. */
function isFrequencyTarget(t: TargetStatement, r: ResultStatement): boolean {
  return t.family === r.family && t.per !== null && r.per !== null;
}

/** "交流スペース・サロン会場等相談件数 40件" against a target for 交流スペース alone: the result counts more places. */
function coversMore(t: TargetStatement, r: ResultStatement): boolean {
  return !t.covers && /[^\s・]・[^\s・]/.test(r.indicator) && !/・/.test(t.indicator);
}

/**
 * "交流スペース 12件, サロン会場 6件" against "交流スペース・サロン会場等相談件数 40件": the result counts both places, so it
 * is set against the sum of the targets it names (18件), as the report itself adds them.
 */
function withCoveredTargets(pair: Pair, targets: TargetStatement[], pairedTargets: Set<TargetStatement>): Pair {
  const t = pair.target;
  if (!coversMore(t, pair.result)) return pair;
  const parts = pair.result.indicator.split('・').filter((x) => !t.indicator.includes(x.slice(0, 4)));
  const others = targets.filter((x) => x !== t && !pairedTargets.has(x) && x.program === t.program && x.line === t.line &&
    x.family === t.family && x.per === t.per && parts.some((part) => indicatorSimilarity(part, x.indicator) >= 0.4));
  if (others.length === 0) return pair;
  const covers = [t, ...others];
  const summed: TargetStatement = {
    ...t, covers, value: covers.reduce((s, x) => s + x.value, 0), indicator: covers.map((x) => x.indicator).join(' + '),
  };
  const made = makePair(summed, pair.result, false, false);
  if (!made) return pair;
  for (const x of others) pairedTargets.add(x);
  made.basisNote = [`目標は${covers.map((x) => `${x.indicator} ${x.value}${x.unit}`).join(' + ')} = ${summed.value}${t.unit} (実績はその合計)`, made.basisNote].filter(Boolean).join('; ');
  return made;
}

/** An average that is not a monthly figure ("平均15名" per meeting): 月平均 is a monthly basis, compared as such. */
function plainAverage(s: { statistic: string | null; per: string | null }): boolean {
  return s.statistic === 'average' && s.per !== '月';
}

const FLOW_FAMILIES = new Set(['件', '回', '人', '世帯']);
const STOCK_WORDS = /会員|登録|配置|設置|団体|拠点/;

/** A count over 9–11 months set against a full-year total or yearly target: the months it covers, else null. */
function partYearOf(t: TargetStatement, r: ResultStatement): number | null {
  if (t.per === '月' || t.per === '日' || r.per !== null || t.family === '%' || r.months === null) return null;
  if (t.statistic === 'average' || r.statistic === 'average' || t.perUnit !== null) return null;
  // Only a flow grows with the months (consultations, meetings, participants); a level (members, places, groups) does not.
  if (!FLOW_FAMILIES.has(t.family) || STOCK_WORDS.test(t.indicator) || STOCK_WORDS.test(r.indicator)) return null;
  return r.months >= 9 && r.months <= 11 ? r.months : null;
}

/** Indicators compared as written, and with their surrounding words (a title line, the words after the number). */
export function statementSimilarity(t: TargetStatement, r: ResultStatement): number {
  return Math.max(indicatorSimilarity(t.indicator, r.indicator), indicatorSimilarity(t.matchText, r.matchText));
}

/**
 * What a result counts, as the words just before its number name it: the last run of kanji and katakana with the count
 * words taken off ("ワークショップを含めた勉強会" → 勉強会, "総合相談件数" → 総合相談); null when fewer than three characters
 * or only count words (参加者) are left.
 */
export function countedNoun(indicator: string): string | null {
  const run = /[\p{Script=Han}\p{Script=Katakana}ー]+$/u.exec(indicator.trim())?.[0] ?? '';
  const noun = run.replace(/(件数|回数|人数|者数|開催|実施|数)+$/u, '');
  return noun.length >= 3 && !isGenericPhrase(noun) ? noun : null;
}

function makePair(t: TargetStatement, r: ResultStatement, explicit: boolean, alone: boolean, joint = false, countedAlike = false, namedAlike = false): Pair | null {
  if (t.value === 0) return null;
  const basis = putOnTargetBasis(t, r);
  if (!basis) return null;
  const similarity = Math.max(statementSimilarity(t, r), countedAlike || namedAlike ? COUNTED_ALIKE : 0);
  // A joint target's result stands under the other program's heading: the program is borrowed, as for a result without one.
  const programInferred = r.program === null || joint;
  const ratio = Math.round((basis.value / t.value) * 1000) / 1000;
  const partYear = partYearOf(t, r);
  const ratioAnnualised = partYear === null ? null : Math.round(((basis.value * 12) / partYear / t.value) * 1000) / 1000;
  const notes = [
    basis.note,
    r.kind === 'schedule' ? '実績ではなく開催の頻度の記述: 確からしさ low' : null,
    countedAlike && similarity === COUNTED_ALIKE ? 'どちらもこの事業で唯一の延べ人数 (指標の語は異なる)' : null,
    namedAlike && !countedAlike && similarity === COUNTED_ALIKE ? `どちらもこの事業で「${countedNoun(r.indicator)}」を数える唯一の目標と実績` : null,
    coversMore(t, r) ? '実績は複数の場所・対象を合わせた数: 目標より範囲が広い' : null,
    t.valueMax !== null ? `目標は${t.value}～${t.valueMax}${t.unit}: 下限${t.value}${t.unit}に対する率` : null,
    partYear !== null ? `実績は${partYear}か月分、目標は1年分: 12か月換算の率 ${ratioAnnualised}` : null,
  ].filter((n): n is string => n !== null);
  return {
    target: t, result: r, resultOnBasis: basis.value, ratio, ratioAnnualised, similarity, basisNote: notes.length ? notes.join('; ') : null,
    program: t.program, programInferred,
    confidence: confidenceOf({
      explicit, alone, similarity, range: r.valueMax !== null, programInferred, increaseTarget: t.qualifier === '増' || t.qualifier === '減',
      laterYear: t.laterYear, monthsAssumed: basis.assumed,
      // 拠点 2地区 against 6箇所, 100件 against 102世帯: comparable counts, but not the same unit.
      scopeDiffers: t.perUnit !== r.perUnit || coversMore(t, r) || t.family !== r.family, schedule: r.kind === 'schedule', statisticDiffers: plainAverage(t) !== plainAverage(r),
    }),
  };
}

/** The same target written in a cell and restated in section 5 (same value, unit family and basis). */
export function sameTarget(a: TargetStatement, b: TargetStatement): boolean {
  return a.value === b.value && comparableUnits(a.family, b.family) && (a.per === b.per || a.per === null || b.per === null);
}

/**
 * Pairs for one record. `targets` are all its targets (cells and section 5); results that restate a target are paired
 * with it first; the rest are matched greedily by similarity, each target once, each result once per program.
 */
export function pairTargetsWithResults(targets: TargetStatement[], statements: ResultStatement[]): Pair[] {
  // Context figures are never paired; a schedule only with a frequency target, and then low (see makePair).
  const results = statements.filter((r) => r.kind === 'result' || (r.kind === 'schedule' && targets.some((t) => isFrequencyTarget(t, r))));
  const pairs: Pair[] = [];
  const pairedTargets = new Set<TargetStatement>();
  const usedResults = new Map<ResultStatement, Set<ProgramName>>();
  const use = (r: ResultStatement, p: ProgramName) => {
    const set = usedResults.get(r) ?? new Set<ProgramName>();
    set.add(p);
    usedResults.set(r, set);
  };

  for (const r of results) {
    if (!r.restated) continue;
    const restated = r.restated;
    const restating = targets.filter((t) => !pairedTargets.has(t) && sameTarget(t, restated));
    // A target of the result's own program first: another program's target of the same value is another target.
    const own = restating.filter((t) => t.program === r.program);
    const candidates = own.length > 0 ? own : restating;
    candidates.sort((a, b) => statementSimilarity(b, r) - statementSimilarity(a, r));
    // One target per program: 遠野 states the same 450件 for both of its programs.
    for (const target of candidates) {
      if (usedResults.get(r)?.has(target.program)) continue;
      if (r.program !== null && target.section !== '達成状況' && target.program !== r.program) continue;
      const pair = makePair(target, r, true, false);
      if (!pair) continue;
      pairs.push(pair);
      pairedTargets.add(target);
      use(r, target.program);
    }
  }

  // "「研修」参加者数:のべ200名以上" and "学習会…(のべ53名の参加)": the program's only 延べ count of people on each side.
  const attendance = (x: { statistic: string | null; family: string }) => x.statistic === '延べ' && x.family === '人';
  const countedAlike = (t: TargetStatement, r: ResultStatement) => attendance(t) && attendance(r) && (r.program === null || r.program === t.program) &&
    targets.filter((x) => attendance(x) && x.program === t.program).length === 1 &&
    results.filter((x) => attendance(x) && (x.program === null || x.program === t.program)).length === 1;
  const comparable = (t: TargetStatement, r: ResultStatement) => comparableUnits(t.family, r.family, false) && (r.program === null || r.program === t.program);
  // "勉強会の開催回数 年4回" and "ワークショップを含めた勉強会を7月に1回": the one target and the one result naming the same thing.
  const namedAlike = (t: TargetStatement, r: ResultStatement) => {
    const noun = countedNoun(r.indicator);
    return noun !== null && comparable(t, r) && t.indicator.includes(noun) &&
      targets.filter((x) => comparable(x, r) && x.indicator.includes(noun)).length === 1 &&
      results.filter((x) => comparable(t, x) && x.indicator.includes(noun)).length === 1;
  };
  const alone = (t: TargetStatement, r: ResultStatement) =>
    results.filter((x) => comparable(t, x)).length === 1 && targets.filter((x) => comparable(x, r)).length === 1;
  const options: { t: TargetStatement; r: ResultStatement; similarity: number }[] = [];
  for (const t of targets) {
    if (pairedTargets.has(t)) continue;
    for (const r of results) {
      if (!comparableUnits(t.family, r.family, false) || (r.program !== null && r.program !== t.program)) continue;
      if (r.restated && !sameTarget(t, r.restated)) continue;
      const similarity = Math.max(statementSimilarity(t, r), countedAlike(t, r) || namedAlike(t, r) ? COUNTED_ALIKE : 0);
      if (similarity >= MIN_SIMILARITY || (similarity >= ALONE_MIN_SIMILARITY && alone(t, r))) options.push({ t, r, similarity });
    }
  }

  // Best first; on a tie the earlier-written target and result, as a reader would go down the list.
  options.sort((a, b) => b.similarity - a.similarity || a.t.line - b.t.line || a.r.line - b.r.line);
  for (const { t, r } of options) {
    if (pairedTargets.has(t) || usedResults.get(r)?.has(t.program)) continue;
    const pair = makePair(t, r, false, alone(t, r), false, countedAlike(t, r), namedAlike(t, r));
    if (!pair) continue;
    pairs.push(pair);
    pairedTargets.add(t);
    use(r, t.program);
  }
  const covered = pairs.map((p) => withCoveredTargets(p, targets, pairedTargets));
  covered.push(...jointPairs(targets, covered, pairedTargets));
  return covered.sort((a, b) => a.target.line - b.target.line);
}

/**
 * A target written alike in two programs' cells (鳩山町's 相談件数 30件 under 地域力 and 多機関; 遠野's "2事業とも") is one
 * joint target: when section 5 answers it under one program only, the same result answers it under the other too.
 */
function jointPairs(targets: TargetStatement[], pairs: Pair[], pairedTargets: Set<TargetStatement>): Pair[] {
  const out: Pair[] = [];
  for (const t of targets) {
    if (pairedTargets.has(t)) continue;
    const twin = pairs.find((p) => p.target.program !== t.program && sameTarget(p.target, t) && p.target.per === t.per &&
      indicatorSimilarity(p.target.indicator, t.indicator) >= 0.6);
    if (!twin) continue;
    const pair = makePair(t, twin.result, false, false, true);
    if (!pair) continue;
    pair.basisNote = [`${twin.target.program}の同じ目標の実績`, pair.basisNote].filter(Boolean).join('; ');
    out.push(pair);
    pairedTargets.add(t);
  }
  return out;
}
