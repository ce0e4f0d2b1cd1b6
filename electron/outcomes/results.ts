/**
 * Section 5 (or 4) 成果目標の達成状況: split into program blocks by their headings, then read each number as a result,
 * a target restated beside it, or a target defined there (盛岡's "成果目標: … 結果: …", 調布's 別紙 "量的目標").
 */
import type { ProgramName } from '../corpus/types.js';
import type { OutcomeRecord, SourceLine } from './types.js';
import { readMonths, type Basis, type Statistic } from './numbers.js';
import { kindOf, type ResultKind } from './resultKind.js';
import { cleanLabel, readMeasures, type Measure } from './measures.js';
import { foldOutcomeText, sentenceAround } from './text.js';
import { indicatorSimilarity } from './similarity.js';
import { isTargetMeasure, toTargetStatement, type TargetStatement } from './targets.js';
import { splitProgramSegments } from './programHeadings.js';
import { datedCounts } from './datedCounts.js';

export interface ResultStatement {
  program: ProgramName | null;
  indicator: string;
  matchText: string;
  value: number;
  valueMax: number | null;
  unit: string;
  family: string;
  per: Basis;
  statistic: Statistic;
  perUnit: string | null;
  /** An achievement, a meeting's or plan's frequency, or a figure of the situation: only results are paired. */
  kind: ResultKind;
  months: number | null;
  altPerMonth: number | null;
  text: string;
  line: number;
  /** A target restated next to this result, as read in the same sentence. */
  restated: TargetStatement | null;
}

export interface SectionReading {
  results: ResultStatement[];
  /** Targets written only in section 5 (target wording or 別紙 lists), to merge with the cells' targets. */
  definedTargets: TargetStatement[];
}

const TARGET_MARK = /\(成果目標\)|成果目標\s*[①-⑳]|成果目標\s*:|^\s*[-・]?\s*(?:\(\d+\)\s*)?事業の成果目標|^\s*[-・]?\s*(?:ア\s*)?量的目標|(?:^|\s)目標\s*:/g;
const RESULT_MARK = /結果\s*:|実績\s*:|\(達成状況\)|【達成状況】|^\s*[⇒→]|質的目標/g;
const STARTS_RESULTS = new RegExp(RESULT_MARK.source);
/** A line that opens a new item of a list and so ends a carried target list. */
const NEW_ITEM = /^\s*-?\s*(?:\(\d+\)|[アイウエオ]\s|[アイウエオ]ー|\d+\s|[①-⑳]|【|<)/;

/** Character ranges of `text` that define targets: from a target marker to a result marker, a sentence end or the end. */
interface TargetSpan {
  from: number;
  to: number;
  /** Runs to the end of the text (a list may go on below). */
  open: boolean;
  /** Ends at "結果:"/"実績:": the numbers after it answer this span's targets in order. */
  answered: boolean;
}

function targetSpans(text: string): TargetSpan[] {
  const spans: TargetSpan[] = [];
  for (const m of text.matchAll(TARGET_MARK)) {
    const from = m.index + m[0].length;
    let to = text.length;
    let answered = false;
    for (const r of text.slice(from).matchAll(RESULT_MARK)) {
      to = from + r.index;
      answered = true;
      break;
    }
    if (/^\(成果目標\)|目標\s*:$/.test(m[0].trim())) {
      const stop = text.indexOf('。', from);
      if (stop >= 0 && stop < to) {
        to = stop;
        answered = false;
      }
    }
    spans.push({ from, to, open: to === text.length, answered });
  }
  return spans;
}

const TITLE_MAX = 40;
/** How far into a "⇒ …" line a number may stand and still answer the line above. */
const ANSWER_REACH = 60;
/** Lines of a 別紙's own frame, which title nothing. */
const FORM_WORDS = /事業内容|期待される効果|事業の成果目標|量的目標|質的目標/;

export function readResultSection(record: OutcomeRecord): SectionReading {
  const segments = splitProgramSegments(record.resultLines, record.programs);
  const results: ResultStatement[] = [];
  const definedTargets: TargetStatement[] = [];
  const sectionPeriod = firstPeriod(record.resultLines);
  let blockPeriod: number | null = null;
  let carryTargets = false;
  let title = '';
  let lastProgram: ProgramName | null | undefined;
  let pendingTargets: TargetStatement[] = [];

  segments.forEach((seg, index) => {
    if (seg.program !== lastProgram) {
      blockPeriod = readMonths(seg.text);
      title = '';
      carryTargets = false;
      lastProgram = seg.program;
    }
    const spans = targetSpans(seg.text);
    if (carryTargets && (NEW_ITEM.test(seg.text) || STARTS_RESULTS.test(seg.text))) carryTargets = false;
    const measures = [...readMeasures(seg.text, { answers: true }), ...datedCounts(seg.text)];
    const lineMonths = readMonths(seg.text);
    if (lineMonths !== null && measures.length === 0) blockPeriod = lineMonths;
    const program = seg.program ?? (record.programs.length === 1 ? record.programs[0] : null);
    const targetProgram: ProgramName = program ?? record.programs[0] ?? '地域力強化推進事業';

    // "ア 新規相談件数 1拠点あたり月平均15件" followed by a line "⇒実績 …約4件": the line before an arrow line states targets.
    const next = segments[index + 1];
    const answeredBelow = !!next && next.program === seg.program && /^\s*[⇒→]/.test(next.text) && !/[⇒→]/.test(seg.text);
    const inSpan = (m: Measure) => answeredBelow || carryTargets || spans.some((s) => m.start >= s.from && m.start < s.to);
    const answersAbove = /^\s*[⇒→]/.test(seg.text) ? pendingTargets : [];
    const restatedAt = new Map<number, TargetStatement>();
    const defined: TargetStatement[] = [];
    const answeredInLine: { at: number; target: TargetStatement }[] = [];
    measures.forEach((m, i) => {
      if (m.drop) return;
      if (inSpan(m)) {
        if (isTargetMeasure(m, seg.text)) {
          const target = withTitle(toTargetStatement(m, seg.text, targetProgram, '達成状況', seg.line), title);
          definedTargets.push(target);
          defined.push(target);
          const span = spans.find((x) => m.start >= x.from && m.start < x.to);
          if (span?.answered) answeredInLine.push({ at: span.to, target });
        }
        return;
      }
      if (m.marker === 'target') restatedAt.set(i, withTitle(toTargetStatement(m, seg.text, targetProgram, '達成状況', seg.line), title));
    });
    measures.forEach((m) => {
      if (m.drop || m.marker === 'target' || inSpan(m)) return;
      const sentence = sentenceAround(seg.text, m.start, m.end);
      const kind = kindOf(m, seg.text);
      const restated = m.linkedTarget !== null ? restatedAt.get(m.linkedTarget) ?? null : null;
      const own = m.label.length <= 30 ? m.label || title : title || m.label;
      const label = restated && (own.length > 30 || indicatorSimilarity(own, restated.indicator) < 0.3) ? restated.indicator : own;
      results.push({
        program,
        indicator: label || m.matchText,
        matchText: `${title} ${m.matchText}`.trim(),
        value: m.value,
        valueMax: m.valueMax,
        unit: m.unit,
        family: m.family,
        per: m.per,
        statistic: m.statistic,
        perUnit: m.perUnit,
        kind,
        months: m.per === '月' ? null : readMonths(sentence) ?? lineMonths ?? blockPeriod ?? sectionPeriod,
        altPerMonth: m.altPerMonth,
        text: sentence,
        line: seg.line,
        restated: kind !== 'result' ? null : m.linkedTarget !== null
          ? restatedAt.get(m.linkedTarget) ?? null
          : takeAnsweredInLine(answeredInLine, m) ?? (m.start <= ANSWER_REACH ? takeAnswered(answersAbove, m.family) : null),
      });
    });
    pendingTargets = defined;

    // A short line without numbers titles the lines below it ("地域福祉サポーター養成講座:").
    if (measures.length === 0 && seg.text.length <= TITLE_MAX && !FORM_WORDS.test(seg.text)) {
      const cleaned = cleanLabel(seg.text);
      if (cleaned) title = cleaned;
    }
    const lastSpan = spans[spans.length - 1];
    if (lastSpan && lastSpan.open && !measures.some((m) => m.start >= lastSpan.from)) carryTargets = true;
  });
  return { results: withoutRepeats(results), definedTargets };
}

/** The months of the first line of the section that names a period, or null. */
function firstPeriod(lines: SourceLine[]): number | null {
  for (const l of lines) {
    const months = readMonths(foldOutcomeText(l.text));
    if (months !== null) return months;
  }
  return null;
}

/** The HTML and tab renderings of one table repeat its figures: keep the first of each. */
function withoutRepeats(results: ResultStatement[]): ResultStatement[] {
  const seen = new Set<string>();
  return results.filter((r) => {
    const key = [r.program, r.kind, r.indicator.replace(/\s+/g, ''), r.value, r.valueMax, r.unit, r.per].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first target of the line above, of the same unit family, that no result has answered yet. */
function takeAnswered(pending: TargetStatement[], family: string): TargetStatement | null {
  const i = pending.findIndex((t) => t.family === family);
  if (i < 0) return null;
  return pending.splice(i, 1)[0];
}

/** "成果目標: A 500件, B 50% 結果: A 973件 … B 30%": the first target of that unit before the 結果 marker nearest behind `m`. */
function takeAnsweredInLine(open: { at: number; target: TargetStatement }[], m: Measure): TargetStatement | null {
  const before = open.filter((o) => o.at <= m.start);
  if (before.length === 0) return null;
  const at = Math.max(...before.map((o) => o.at));
  const i = open.findIndex((o) => o.at === at && o.target.family === m.family);
  return i < 0 ? null : open.splice(i, 1)[0].target;
}

function withTitle(t: TargetStatement, title: string): TargetStatement {
  if (!title) return t;
  return { ...t, indicator: t.indicator.trim() ? t.indicator : title, matchText: `${title} ${t.matchText}` };
}
