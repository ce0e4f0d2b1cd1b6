/**
 * Labelled quantities of one folded text: each number with its indicator (the noun phrase before it) and the
 * structure around it — breakdowns in parentheses, products (30人×15地区=450名), totals (…計973件), denominators
 * (10区中7区), scopes (5区で14回), arrows (30名⇒26名) and 目標 wording.
 */
import { findQuantities, unitFamily, type Quantity } from './numbers.js';
import { cleanLabel } from './labels.js';
import type { Measure } from './measure.js';
import { inheritLabels, linkRestatedTargets, markArrows, markImplicitPairs, markTargetWording } from './measureLinks.js';

export { cleanLabel };

export type { Measure } from './measure.js';

/** A 中黒 between two words ("交流スペース・サロン会場") joins them; one after a space or a sentence end is a bullet. */
const HARD_BREAK = /[。○◆●■□◎※◇【】]|(?<=^|[\s。、:])・|\s{3,}/g;
const SOFT_BREAK = /[、,;]/g;

/** A quantity before labelling. Written out, not spread: V8 builds the spread form on a slow path (measured: 4 µs each). */
function toMeasure(q: Quantity): Measure {
  return {
    start: q.start, end: q.end, tail: q.tail, value: q.value, valueMax: q.valueMax, unit: q.unit, family: q.family,
    per: q.per, qualifier: q.qualifier, statistic: q.statistic, perUnit: q.perUnit,
    label: '', rawLabel: '', labelInherited: false, matchText: '', drop: false, marker: null, linkedTarget: null,
    altPerMonth: null,
  };
}

/** The label of the words before a number: after the last hard break, and after the last comma if a label remains there. */
function labelOf(segment: string): { raw: string; label: string; generic: string } {
  const hard = lastIndexOf(HARD_BREAK, segment);
  const afterHard = hard >= 0 ? segment.slice(hard) : segment;
  const soft = lastIndexOf(SOFT_BREAK, afterHard);
  const afterSoft = soft >= 0 ? afterHard.slice(soft) : afterHard;
  const softLabel = cleanLabel(afterSoft);
  // "…増やし、30年度は年間20件の支援終結": a period alone after the comma leaves the number to the words after it.
  if (!softLabel && /年度|年間|月/.test(afterSoft) && soft >= 0) return { raw: afterSoft, label: '', generic: '' };
  if (softLabel) {
    // "支援件数は、終結となった案件を含めて27件": the head noun stands before the comma.
    const head = cleanLabel(afterHard.slice(0, soft >= 0 ? soft : 0));
    if (head && !/数|率|者|件|回/.test(softLabel) && /数|率|件/.test(head)) return { raw: afterSoft, label: `${head} ${softLabel}`, generic: '' };
    // "住民サポーターは生活支援員や…、各関係機関含め10名": the topic before は names what is counted.
    // "地域ケア会議について、計画通り2回": a topic named with について counts the same way.
    const topic = /^[\s\-・○◆●。]*(?:\([アイウエオ]\)\s*)?([^、,。は]{2,16}?)(?:について|は)/.exec(afterHard);
    const topicLabel = topic ? cleanLabel(topic[1]) : '';
    if (topicLabel && !softLabel.includes(topicLabel) && !/数|率|者|件|回/.test(softLabel)) return { raw: afterSoft, label: `${topicLabel} ${softLabel}`, generic: '' };
    return { raw: afterSoft, label: softLabel, generic: '' };
  }
  // "49件の相談があり、その内29件が終結した": a part, named by the words after it.
  if (/^[、,\s]*(?:その内|そのうち|うち)\s*$/.test(afterSoft)) return { raw: afterSoft, label: '', generic: '' };
  // "…であり、目標の60件": the target wording has no indicator of its own; it takes its partner's.
  if (/目標|実績|結果/.test(afterSoft)) return { raw: afterSoft, label: '', generic: '' };
  const word = /(参加|出席|開催|実施|修了|新規)\s*$/.exec(afterSoft);
  if (word) return { raw: afterSoft, label: '', generic: word[1] };
  return { raw: afterHard, label: cleanLabel(afterHard), generic: '' };
}

/** The end of the last match of a global pattern in `text`, or -1 (exec, not matchAll: no iterator per call). */
function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = m.index + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return last;
}

/** The open parenthesis enclosing `at`, if any (no closing one between). */
function enclosingParen(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The few words right after a number, up to the next break or number ("630人参加" → 参加). */
function wordsAfter(text: string, from: number, limit: number): string {
  const rest = text.slice(from, Math.min(text.length, from + limit + 8)).replace(/^[\s、,]+/, '');
  const stop = rest.search(/[。・○◆●■□◎※、,()\d]/);
  return (stop === -1 ? rest : rest.slice(0, stop)).slice(0, limit).trim();
}

const PRIORITY_FAMILIES = ['人', '件', '世帯'];

/** `answers`: section-5 reading, where "20件 12月現在 53件" is a target restated and the result that answers it. */
export function readMeasures(text: string, options: { answers?: boolean } = {}): Measure[] {
  // "1拠点あたり月平均15件", "1地区10人": a per-place figure's place is not a measure.
  const qs = findQuantities(text).filter((q, i, all) => {
    if (/^\s*(?:あたり|当たり|あり|ごと|毎|につき)/.test(text.slice(q.tail, q.tail + 80))) return false;
    // "モデル3地区(綾織町…)において", "拠点(11拠点)における": where, not how much.
    if (['地区', 'か所', '区', '圏域', '市町村'].includes(q.family) && /^\s*(?:\)?\s*\([^()]*\))?\s*\)?\s*(?:において|における|にて)/.test(text.slice(q.tail, q.tail + 80))) return false;
    const next = all[i + 1];
    const place = ['地区', 'か所', '区', '圏域', '市町村'].includes(q.family);
    if (place && q.value === 1 && next && next.start - q.tail <= 1) return false;
    // "5区で合計10回": where it happened, not how much.
    const gap = next ? text.slice(q.tail, next.start) : '';
    return !(place && next && /^\s*で/.test(gap) && gap.length <= 10 && !/[。・○、]/.test(gap) && next.family !== q.family);
  });
  const ms: Measure[] = qs.map(toMeasure);

  // Labels: the text since the previous number, cut at the last hard break; a comma cuts only if a label remains.
  // A generic word alone ("、参加 200人") keeps the previous label and adds itself.
  ms.forEach((m, i) => {
    const prevEnd = i > 0 ? ms[i - 1].tail : 0;
    const open = enclosingParen(text, prevEnd, m.start);
    const from = open >= 0 ? open + 1 : prevEnd;
    const { raw, label, generic } = labelOf(text.slice(from, m.start));
    m.rawLabel = raw;
    m.label = label;
    if (!label && open >= 0) {
      // "研修会(5区で合計10回)", "ボランティア参加者数(①50名": the words before the parenthesis.
      const outer = labelOf(text.slice(prevEnd, open));
      m.label = outer.label;
    } else if (label && open >= 0 && i > 0 && ms[i - 1].tail <= open) {
      const outer = labelOf(text.slice(prevEnd, open));
      if (outer.label && text.slice(ms[i - 1].tail, open).trim() !== '') m.label = `${outer.label} ${label}`;
    }
    if (!m.label && generic && i > 0) m.label = `${ms[i - 1].label} ${generic}`.trim();
  });

  markParenAnnotations(text, ms);
  markDenominators(text, ms);
  markChains(text, ms);
  markTotals(text, ms);
  markArrows(text, ms);
  markTargetWording(text, ms);
  inheritLabels(text, ms);
  if (options.answers) markImplicitPairs(text, ms);
  linkRestatedTargets(text, ms);

  for (const m of ms) m.matchText = `${m.label} ${wordsAfter(text, m.tail, 6)}`.trim();
  return ms;
}

/** "(成果目標 330件)", "(月当たり1.4件)", "(1地区あたり150件)", "(37人)" right after a number annotate that number. */
function markParenAnnotations(text: string, ms: Measure[]): void {
  ms.forEach((m, i) => {
    const open = enclosingParen(text, 0, m.start);
    if (open < 0) return;
    let owner = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (ms[j].tail <= open) {
        owner = j;
        break;
      }
    }
    if (owner < 0 || !/^\s*(?:参加|開催|出席|実施|程度)?\s*$/.test(text.slice(ms[owner].tail, open))) return;
    const inside = text.slice(open + 1, m.start);
    if (/目標/.test(inside)) {
      m.marker = 'target';
      if (ms[owner].family === m.family) ms[owner].linkedTarget = i;
      return;
    }
    if (m.per === '月' && ms[owner].family === m.family && ms[owner].per !== '月') {
      ms[owner].altPerMonth = m.valueMax !== null ? (m.value + m.valueMax) / 2 : m.value;
      m.drop = true;
      return;
    }
    const own = cleanLabel(inside);
    // "終結案件38件(57.6%)": a rate beside a count is a measure of its own, under the count's words.
    if (m.family === '%' && ms[owner].family !== '%') {
      m.label = m.label && /率|割合/.test(m.label) ? m.label : ms[owner].label;
      return;
    }
    const indicator = /(?:数|率|割合|者)$/.test(own);
    if (!own || !indicator || /あたり|当たり|あり|平均|うち|内訳|内、|^内|各|÷|\+|×|=/.test(inside)) m.drop = true;
  });
}

/** "10区中7区": 10 is the whole; "17地区/17地区": the second is the whole. */
function markDenominators(text: string, ms: Measure[]): void {
  ms.forEach((m, i) => {
    const after = text.slice(m.tail, m.tail + 2);
    if (/^\s*中/.test(after)) m.drop = true;
    const prev = ms[i - 1];
    if (prev && prev.family === m.family && /^\s*\/\s*$/.test(text.slice(prev.tail, m.start))) m.drop = true;
  });
}

/** "30人×15地区=450名" → 450名; "1か所×30人×12回" → 360人; "120人 10人×6回×2地区" → the product repeats 120人. */
function markChains(text: string, ms: Measure[]): void {
  let i = 0;
  while (i < ms.length - 1) {
    let j = i;
    while (j < ms.length - 1 && /[×x=]/.test(text.slice(ms[j].tail, ms[j + 1].start)) && !/[。・○、]/.test(text.slice(ms[j].tail, ms[j + 1].start))) j++;
    if (j === i) {
      i++;
      continue;
    }
    const lastGap = text.slice(ms[j - 1].tail, ms[j].start);
    const members = ms.slice(i, j + 1).filter((m) => !m.drop);
    if (members.length >= 2) {
      const head = ms[i];
      if (/=/.test(lastGap) || /[^\s×x]/.test(lastGap)) {
        for (let k = i; k < j; k++) ms[k].drop = true;
        ms[j].label = head.label || ms[j].label;
      } else {
        const product = members.reduce((p, m) => p * m.value, 1);
        const unitHolder = PRIORITY_FAMILIES.map((f) => members.find((m) => m.family === f)).find(Boolean) ?? members[members.length - 1];
        head.value = product;
        head.unit = unitHolder.unit;
        head.family = unitFamily(unitHolder.unit);
        head.tail = ms[j].tail;
        head.end = ms[j].end;
        head.per = head.per ?? ms[j].per;
        head.qualifier = head.qualifier ?? ms[j].qualifier;
        // "1地区10人×3地区" = 30人 in all: the product is no longer a per-district figure.
        head.perUnit = null;
        for (let k = i + 1; k <= j; k++) ms[k].drop = true;
        const prev = ms.slice(0, i).reverse().find((m) => !m.drop);
        if (prev && prev.value === product && prev.family === head.family) head.drop = true;
      }
    }
    i = j + 1;
  }
}

/** "CSW912件+包括化推進員61件計973件", "372回、110回で計482回": the total stands, the parts are dropped. */
function markTotals(text: string, ms: Measure[]): void {
  ms.forEach((m, i) => {
    if (!/(?:^|[+、\s]|で)(?:合計|総計|計)\s*$/.test(m.rawLabel) && !/^\s*(?:で)?(?:合計|計)\s*$/.test(m.rawLabel)) return;
    const parts: Measure[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const gap = text.slice(ms[j].tail, j + 1 === i ? m.start : ms[j + 1].start).replace(/\([^()]*\)/g, '');
      if (/[。・○]/.test(gap) || ms[j].family !== m.family) break;
      parts.push(ms[j]);
    }
    if (parts.length === 0) return;
    for (const p of parts) p.drop = true;
    // "相談(…)372回、支援(…)110回で計482回" counts 相談 and 支援 together.
    if (!m.label) m.label = cleanLabel(parts.reverse().map((p) => p.label).join(' ')) || parts[0].label;
  });
}
