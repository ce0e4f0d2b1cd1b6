/** Reading Japanese quantities in folded outcome text: number, multiplier, unit, basis, qualifier, range. */

export type Basis = '月' | '年' | '日' | null;

/** How a figure was counted: an average (平均), a running total (累計), attendances counted each time (延べ, のべ). */
export type Statistic = 'average' | 'cumulative' | '延べ' | null;

export interface Quantity {
  /** Offsets in the folded text: the number's first digit to the end of the unit (qualifier excluded). */
  start: number;
  end: number;
  /** End of the quantity including a trailing qualifier or basis ("以上", "/年"). */
  tail: number;
  value: number;
  /** Upper end of a range ("38人～91人"), else null. */
  valueMax: number | null;
  unit: string;
  family: string;
  per: Basis;
  qualifier: string | null;
  statistic: Statistic;
  /** The unit one figure is counted for (`各地区 50人`, `1拠点あたり月平均15件` → 地区, か所), else null. */
  perUnit: string | null;
}

/** Longest forms first so "か所" wins over "所" and "区市町村" over "区". */
const UNITS = [
  '区市町村', '市町村', '市町', 'か所', 'ヶ所', 'ケ所', 'カ所', 'ヵ所', '箇所', 'ケース', '地区', '団体', '世帯',
  '拠点', '圏域', 'サロン', '点', 'グループ', '法人', '事業所', '時間', 'トン', '校', '社', '件', '人', '名', '回', '区', '%',
  '日', '戸',
];

/** Which units count the same thing, for pairing. */
const FAMILY: Record<string, string> = {
  名: '人', 人: '人', ヶ所: 'か所', ケ所: 'か所', カ所: 'か所', ヵ所: 'か所', 箇所: 'か所', 'か所': 'か所', 拠点: 'か所',
  区市町村: '市町村', 市町村: '市町村', 市町: '市町村', ケース: '件',
};

export function unitFamily(unit: string): string {
  return FAMILY[unit] ?? unit;
}

/** Families that count the same cases: a case (件) is a household (世帯); a place (か所) is a district (地区) when 拠点 are set up by district. */
const COMPARABLE = [['件', '世帯'], ['か所', '地区']];

/** `linked`: the text itself ties the two numbers ("拠点の整備数2地区以上については…6箇所"), so looser units pass. */
export function comparableUnits(a: string, b: string, linked = true): boolean {
  const pairs = linked ? COMPARABLE : COMPARABLE.slice(0, 1);
  return a === b || pairs.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const UNIT_ALT = UNITS.map((u) => u.replace('%', '%')).join('|');
/** A number, an optional 千/万, an optional range end, and a unit that is not the start of a longer word (人口, 回答, 区域). */
const QUANTITY = new RegExp(
  String.raw`${NUMBER}\s*(千|万)?\s*(?:～\s*${NUMBER}\s*(千|万)?\s*)?(${UNIT_ALT})(?![口材答域協会本称時前数間])`,
  'g',
);

const QUALIFIER_AFTER = /^\s*(以上|程度|ほど|前後|以内|未満|超|増設|増員|増|減)/;

function toNumber(digits: string, multiplier: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  if (multiplier === '千') return base * 1000;
  if (multiplier === '万') return base * 10000;
  return base;
}

/** Every quantity with a unit in `text`, in order. Dates, ordinals (第1回) and address or version numbers are skipped. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const rangeEnds = new Set<number>();
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 3), start);
    // The far end of "38人～91人" (a unit before ～) is kept only to be merged into its range below.
    const afterTilde = /～\s*$/.test(before);
    const rangeEnd = afterTilde && !/[\d.]\s*～\s*$/.test(text.slice(Math.max(0, start - 4), start));
    // "第1回" is an ordinal; "H31.4" a date.
    if ((/[\d.,/～\-]\s*$/.test(before) && !rangeEnd) || /第\s*$|(?:^|[^A-Za-z])[HR]\s*$/.test(before)) continue;
    const unit = m[5];
    // "6月13日", "平成31年3月5日": a date, not a count of days.
    if (unit === '日' && /[年月]\s*$/.test(before)) continue;
    const value = toNumber(m[1], m[2]);
    const valueMax = m[3] ? toNumber(m[3], m[4]) : null;
    const end = start + m[0].length;
    const after = text.slice(end, end + 12);
    const q = QUALIFIER_AFTER.exec(after);
    let tail = end + (q ? q[0].length : 0);
    let per = basisBefore(text.slice(Math.max(0, start - 14), start));
    const slash = /^\s*\/\s*(月|年|日)/.exec(text.slice(tail, tail + 12));
    if (slash) {
      per = slash[1] as Basis;
      tail += slash[0].length;
    } else if (!per) {
      const paren = /^\s*\((年間|年|月)[、)]/.exec(text.slice(tail, tail + 12));
      if (paren) per = paren[1] === '月' ? '月' : '年';
    }
    if (rangeEnd) rangeEnds.add(start);
    const near = text.slice(Math.max(0, start - 16), start);
    found.push({
      start, end, tail, value, valueMax, unit, family: unitFamily(unit), per,
      qualifier: qualifierOf(text.slice(Math.max(0, start - 6), start), q ? q[1] : null),
      statistic: statisticBefore(near), perUnit: perUnitBefore(near),
    });
  }
  return mergeRanges(text, found, rangeEnds);
}

/** "38人～91人": two quantities of one unit joined by ～ are one range. */
function mergeRanges(text: string, qs: Quantity[], rangeEnds: Set<number>): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    const prev = out[out.length - 1];
    if (prev && prev.valueMax === null && prev.family === q.family && /^\s*～\s*$/.test(text.slice(prev.end, q.start))) {
      out[out.length - 1] = { ...prev, valueMax: q.value, end: q.end, tail: q.tail, qualifier: prev.qualifier ?? q.qualifier };
    } else if (!rangeEnds.has(q.start)) {
      out.push(q);
    }
  }
  return out;
}

/** "平均15名", "月平均10件" → average; "累計" → cumulative; "のべ200名", "延べ男性100人" → 延べ. */
export function statisticBefore(before: string): Statistic {
  const m = /(平均|累計|延べ|のべ|述べ)[^\d、。,・()]{0,4}$/.exec(before.replace(/\s+/g, ''));
  if (!m) return null;
  return m[1] === '平均' ? 'average' : m[1] === '累計' ? 'cumulative' : '延べ';
}

/** "各地区 50人", "1地区10人", "1拠点あたり月平均15件": the figure counts one district or site, not all of them. */
export function perUnitBefore(before: string): string | null {
  const b = before.replace(/\s+/g, '');
  const m = /(?:各|(?<![\d.])1)(地区|か所|ヶ所|カ所|箇所|拠点|区|圏域|事業所|校|回|人|名|世帯)(?:あたり|当たり|につき|ごと|毎)[^\d、。,()]{0,8}$/.exec(b)
    ?? /各(地区|か所|ヶ所|カ所|箇所|拠点|区|圏域|事業所|校)[^\d、。,()]{0,8}$/.exec(b)
    ?? /(?<![\d.])1(地区|か所|ヶ所|カ所|箇所|拠点)$/.exec(b);
  return m ? unitFamily(m[1]) : null;
}

function qualifierOf(before: string, after: string | null): string | null {
  if (after) return after.startsWith('増') ? '増' : after.startsWith('減') ? '減' : after;
  if (/(約|およそ|概ね)\s*$/.test(before)) return '約';
  return null;
}

/**
 * The basis written just before a number: "1月当たり5件", "月平均10件", "毎月", "月4回" → 月; "年間450件", "年4回" → 年.
 * A month or year preceded by a digit is a date ("12月 53件", "平成30年"), not a basis.
 */
export function basisBefore(before: string): Basis {
  const b = before.replace(/\s+/g, '');
  if (/(?:(?:1|一|ひと)(?:か|ヶ|カ|ヵ)?月(?:当たり|あたり|平均)|毎月|月平均|月当たり|月あたり)(?:で|に)?(?:平均)?(?:約)?$/.test(b)) return '月';
  // "隔月1回" is once in two months: not a monthly figure (the result's kind says it is a schedule).
  if (/隔月(?:に)?$/.test(b)) return null;
  if (/(?:^|[^\d])(?:か|ヶ)?月(?:に|間)?(?:平均)?(?:約)?$/.test(b)) return '月';
  if (/(?:^|[^\d])(?:年間|毎年|年)(?:で|に|当たり|あたり)?(?:平均|合計|約|延べ|のべ)?$/.test(b)) return '年';
  return null;
}

/** Month names read in a fiscal year that starts in April: April is month 1 of the year, March month 12. */
function fiscalIndex(month: number): number {
  return ((month - 4 + 12) % 12) + 1;
}

/**
 * How many months a result covers, read from the period written near it: "4月～1月" → 10, "平成30年4月から1月まで" → 10,
 * "12月末時点" / "12月現在" → 9, "2月28日時点" → 11, "10月より実施 … 1月末時点" → 4. Null when no period is written.
 */
export function readMonths(text: string): number | null {
  // Every period below names a month with 月 or writes one as "12." : without either there is none.
  if (!text.includes('月') && !text.includes('.')) return null;
  const t = text.replace(/\s+/g, '');
  const range = /(?:平成\d+年|H\d+\.?)?(\d{1,2})月?(?:\d{1,2}日)?(?:～|-|から|より)(?:平成\d+年|H\d+\.?)?(\d{1,2})月(?:\d{1,2}日)?(?:末|まで|分|の)?/.exec(t);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from >= 1 && from <= 12 && to >= 1 && to <= 12) return fiscalIndex(to) - fiscalIndex(from) + 1;
  }
  const point = /(?:平成\d+年|H\d+\.)?(\d{1,2})(?:月|\.)(?:\d{1,2}日?|末日?)?(?:末日?|まで)?(?:時点|現在|末|まで)/.exec(t);
  if (point) {
    const to = Number(point[1]);
    if (to >= 1 && to <= 12) {
      const since = /(\d{1,2})月(?:から|より)(?:実施|開始|開設|稼働)/.exec(t);
      const from = since ? Number(since[1]) : 4;
      return fiscalIndex(to) - fiscalIndex(from) + 1;
    }
  }
  return null;
}
