/**
 * How the numbers of one text answer each other: arrows (30名⇒26名), target wording (目標の60件), labels borrowed from a
 * neighbour, restated targets linked to the number that answers them, and implicit pairs (20件 12月現在 53件).
 */
import { comparableUnits } from './numbers.js';
import { cleanLabel } from './labels.js';
import type { Measure } from './measure.js';

const ARROW = /[⇒→]/;

/** "60団体に対し、イベント等の取組への働きかけを行う" → イベント等の取組への働きかけ: the object named after the number. */
function nounAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 48).replace(/^\s*(?:に対し|に|を|の|で|が)?[、,\s]*/, '');
  const clause = rest.split(/[。、・○\d(]/)[0];
  return cleanLabel(clause.split(/[をにがは]/)[0]);
}

const BASELINE_WORDS = /時点|現在|現状|平成\s*\d+\s*年\s*\d+\s*月|前年|昨年/;

/** "30名⇒26名": the left side is the target restated (or a baseline when it carries a date), the right side answers it. */
export function markArrows(text: string, ms: Measure[]): void {
  for (let i = 0; i < ms.length - 1; i++) {
    const a = ms[i];
    if (a.drop) continue;
    // "評価結果 3.0点以上 →12地区を支援": what stands right before an arrow is what was aimed at.
    if (/^\s*[⇒→]/.test(text.slice(a.tail, a.tail + 3)) && !BASELINE_WORDS.test(a.rawLabel)) a.marker = 'target';
    let k = i + 1;
    while (k < ms.length && ms[k].drop) k++;
    const b = ms[k];
    if (!b || b.family !== a.family) continue;
    const gap = text.slice(a.tail, b.start);
    if (!ARROW.test(gap) || /[・○◆●■□◎※]/.test(gap.slice(0, gap.search(ARROW)))) continue;
    const leftWords = a.rawLabel + gap.slice(0, gap.search(ARROW));
    // "22箇所 ⇒ 24箇所に": a change from where things stood, not a target and its result.
    const change = /^\s*(?:に|へ)(?:増|なっ|拡|$|\s)/.test(text.slice(b.tail, b.tail + 3));
    a.marker = BASELINE_WORDS.test(leftWords) || change ? 'baseline' : 'target';
    if (a.marker === 'target') b.linkedTarget = i;
    const own = cleanLabel(gap.slice(gap.search(ARROW) + 1).replace(/達成|\([^)]*$/g, ''));
    if (!own || own.length < 3) b.label = a.label || b.label;
  }
}

/** "目標の60件", "目標60団体に対し", "年度末相談件数(目標) 60件", "…450件…を目標とした". */
export function markTargetWording(text: string, ms: Measure[]): void {
  ms.forEach((m) => {
    if (m.marker || m.drop) return;
    if (/(?:成果)?目標(?:値|数)?\s*(?:の|は|:|\)|を)?\s*$/.test(m.rawLabel) || /目標\)?\s*:\s*\S{0,8}\s*$/.test(m.rawLabel) && !/実績|結果|超え|上回|達成/.test(m.rawLabel)) {
      m.marker = 'target';
      return;
    }
    // "全12回の予定だったが…全10回で実施", "相談件数10件については、…": the plan or the topic is the target restated.
    if (/^\s*(?:の)?予定|^\s*(?:以上)?\s*については/.test(text.slice(m.tail, m.tail + 8))) {
      m.marker = 'target';
      return;
    }
    const sentenceEnd = text.indexOf('。', m.tail);
    const rest = text.slice(m.tail, sentenceEnd === -1 ? text.length : sentenceEnd);
    if (/を目標|目標と(?:する|した|して)|目標に(?:する|掲げ)/.test(rest) && !/実績|結果/.test(rest)) m.marker = 'target';
  });
}

/** "20件 12月現在 53件", "目標 1,000件 実績 1,042件": a number without a label of its own takes the one before it. */
export function inheritLabels(text: string, ms: Measure[]): void {
  ms.forEach((m, i) => {
    // "年間20件の支援終結を目標に", "その内29件が終結した": the words after the number name it.
    if ((!m.label || /(?:その内|そのうち|うち)\s*$/.test(m.rawLabel)) && /^\s*(?:の|が)/.test(text.slice(m.tail, m.tail + 2))) {
      const after = nounAfter(text, m.tail);
      if (after && !/^予定/.test(after)) {
        m.label = after;
        return;
      }
    }
    if (m.label) return;
    for (let j = i - 1; j >= 0; j--) {
      const gap = text.slice(ms[j].tail, m.start);
      if (/[。・○◆●■□◎]/.test(gap)) break;
      if (ms[j].label && !ms[j].drop) {
        m.label = ms[j].label;
        m.labelInherited = true;
        return;
      }
    }
    // "…相談を行う。 19件(町内12件…)": the label is the sentence before, inside the same bullet.
    let from = m.start;
    while (from > 0 && !/[・○◆●■□◎]/.test(text[from - 1]) && m.start - from < 80) from--;
    const sentence = text.slice(from, m.start).replace(/。\s*$/, '');
    const label = cleanLabel(sentence);
    if (label) m.label = label;
    // "平成30年度に2回、相談支援包括化推進会議を行う": the noun comes after the number.
    if (!m.label) m.label = nounAfter(text, m.tail);
  });
}

/** Each restated target answers the nearest plain number of its unit in the same text. */
export function linkRestatedTargets(text: string, ms: Measure[]): void {
  const taken = new Set<number>();
  ms.forEach((m) => {
    if (m.linkedTarget !== null) taken.add(m.linkedTarget);
  });
  ms.forEach((t, ti) => {
    if (t.marker !== 'target' || taken.has(ti)) return;
    let best = -1;
    let bestDistance = Infinity;
    ms.forEach((r, ri) => {
      if (ri === ti || r.drop || r.marker || !comparableUnits(r.family, t.family) || r.linkedTarget !== null) return;
      // "…目標を達成。なお、2月末までに202件": a figure to a later date is the one that answers.
      const later = ri > ti && /まで|累計/.test(r.rawLabel) ? 0.2 : 1;
      const distance = (ri > ti ? r.start - t.tail : t.start - r.tail) * later;
      const between = ri > ti ? text.slice(t.tail, r.start) : text.slice(r.tail, t.start);
      // Two statements apart is another indicator's number, unless it is "…。 目標…に対し" style prose.
      if ((between.match(/[。・○◆●■□◎]/g) ?? []).length > 1) return;
      if (distance < bestDistance) {
        best = ri;
        bestDistance = distance;
      }
    });
    if (best >= 0) {
      ms[best].linkedTarget = ti;
      taken.add(ti);
      if (!t.label || t.labelInherited) t.label = ms[best].label;
      if (!ms[best].label || ms[best].labelInherited) ms[best].label = t.label || ms[best].label;
    }
  });
}

/** "相談件数(人):20件 12月現在 53件": two numbers of one unit, the second with no label of its own — target, then result. */
export function markImplicitPairs(text: string, ms: Measure[]): void {
  for (let i = 1; i < ms.length; i++) {
    const b = ms[i];
    const a = ms[i - 1];
    // "(75件:月平均6~7件)": the monthly figure restates the count, it is not another result.
    if (b.labelInherited && b.per === '月' && a.per !== '月' && a.family === b.family && !a.drop && /^\s*:?\s*$/.test(text.slice(a.tail, b.start).replace(/月平均|月当たり|約/g, ''))) {
      a.altPerMonth = b.valueMax !== null ? (b.value + b.valueMax) / 2 : b.value;
      b.drop = true;
      continue;
    }
    if (/平均|うち|内訳/.test(b.rawLabel)) continue;
    // "月1回 12月現在 定例で月1回開催": a date of reporting between the two says the second answers the first.
    const asOf = /^\s*:?\s*\d{1,2}\s*月\s*(?:末\s*)?(?:現在|時点)\s*\S{0,4}\s*$/.test(text.slice(a.tail, b.start));
    if ((!b.labelInherited && !asOf) || a.drop || b.drop || a.marker || b.marker || a.family !== b.family) continue;
    if (a.linkedTarget !== null || b.linkedTarget !== null || a.per !== b.per || /[。、,]/.test(text.slice(a.tail, b.start))) continue;
    a.marker = 'target';
    b.linkedTarget = i - 1;
  }
}
