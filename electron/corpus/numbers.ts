import { fold } from './text.js';

/** A number read from a cell, with the unit written beside it and anything that made the reading doubtful. */
export interface ReadNumber {
  value: number | null;
  unit: string | null;
  /** Why the value is doubtful or was not read; null when it is clean. */
  note: string | null;
}

const EMPTY_MARKS = /^(?:[-‐－―—–]+|なし|不明|未集計|未把握|該当なし|\s*)$/;

/**
 * Reads the first number of a statistics cell such as "1,966,735(人)", "1,121.26(k m ²)", "98.95%", "約70(%)".
 * Commas must group digits in threes; a cell that writes nothing (—, 不明, "(%)") reads as null.
 */
export function readStatNumber(raw: string): ReadNumber {
  // "(1)(校)": a number written inside brackets is still the number.
  const text = fold(raw).replace(/<\/?[a-zA-Z][^>]*>/g, ' ').replace(/^\((\d[\d,.]*)\)/, '$1').trim();
  const unit = readUnit(text);
  const body = text.replace(/\([^)]*\)\s*$/, '').replace(/[※*]/g, '').trim();
  if (EMPTY_MARKS.test(body) || EMPTY_MARKS.test(text.replace(/\([^)]*\)/g, '').trim())) {
    return { value: null, unit, note: body ? `記入なし (${body})` : null };
  }
  const m = /(\d[\d,\s]*(?:\.\d+)?)/.exec(text);
  if (!m) return { value: null, unit, note: `数値なし (${text})` };
  const digits = m[1].replace(/\s+/g, '');
  const notes: string[] = [];
  if (digits.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) notes.push(`桁区切りが不正 (${digits})`);
  if (/約|概ね|程度/.test(text)) notes.push('概数');
  const value = Number(digits.replace(/,/g, ''));
  return { value: Number.isFinite(value) ? value : null, unit, note: notes.length ? notes.join('; ') : null };
}

/** The unit written in the cell: the last parenthesised unit, or a bare % / ‰. Spaces inside "k m ²" are dropped. */
export function readUnit(text: string): string | null {
  const folded = fold(text);
  const paren = [...folded.matchAll(/\(([^()]*?)\)/g)].map((m) => m[1].replace(/\s+/g, '')).filter(Boolean);
  const candidates = [...paren, ...(folded.match(/[%‰]|km2|km²/g) ?? [])];
  for (const c of candidates) {
    const u = normaliseUnit(c);
    if (u) return u;
  }
  return null;
}

function normaliseUnit(unit: string): string | null {
  const u = unit.replace(/\s+/g, '');
  if (u === '%') return '%';
  if (u === '‰') return '‰';
  if (/^k?m[²2]$|^km$|^㎢$|^k㎡$/.test(u) || u === 'km²' || u === 'km2') return 'km²';
  if (/^(人|世帯|校|か所|箇所|カ所|ヶ所)$/.test(u)) return u;
  return null;
}

/** Japan's 生活保護受給率 lies in about 0.1–6 % (1–60 ‰) by municipality: a "%" figure above this is per-mille in practice. */
export const WELFARE_PERCENT_PLAUSIBLE_MAX = 6;

export interface WelfareRate {
  permille: number | null;
  flag: string | null;
}

/** Puts a 生活保護受給率 on one basis (‰), deciding by plausibility when the printed unit cannot be right. */
export function welfareRatePermille(value: number | null, unit: string | null): WelfareRate {
  if (value === null) return { permille: null, flag: null };
  if (unit === '‰') return { permille: value, flag: null };
  if (unit === '%' || unit === null) {
    if (value > WELFARE_PERCENT_PLAUSIBLE_MAX) {
      return {
        permille: value,
        flag: `「${value}${unit ?? ''}」は受給率として大きすぎるため‰と解釈 (printed as ${unit ?? 'no unit'}, above ${WELFARE_PERCENT_PLAUSIBLE_MAX}%: read as per-mille)`,
      };
    }
    return { permille: round(value * 10), flag: unit === null ? '単位の記載なし: % と解釈 (no unit written: read as %)' : null };
  }
  return { permille: null, flag: `単位「${unit}」を解釈できません (unknown unit)` };
}

export interface CenterCounts {
  direct: number | null;
  consigned: number | null;
  note: string | null;
}

/**
 * Splits a count cell such as "直営:1か所, 委託:2か所(社協)" into 直営 and 委託.
 * When only one kind is written, the other is 0 ("委託のみ 10か所" has no 直営). Counts written twice
 * (one per part of an area) are not added up: both stay null and the note says why.
 */
export function readCenterCounts(raw: string): CenterCounts {
  const text = fold(raw);
  if (/^\s*(?:なし|[-—]|無し)\s*$/.test(text) || /直営・委託なし|直営・委託共になし/.test(text)) return { direct: 0, consigned: 0, note: null };
  const direct = countsOf(text, '直営');
  const consigned = countsOf(text, '委託');
  if (direct.length > 1 || consigned.length > 1) {
    return { direct: null, consigned: null, note: `同じ区分の数が複数あります (${text.trim()})` };
  }
  if (direct.length === 0 && consigned.length === 0) {
    return { direct: null, consigned: null, note: text.trim() ? `直営・委託の数が読めません (${text.trim()})` : null };
  }
  return { direct: direct[0] ?? 0, consigned: consigned[0] ?? 0, note: null };
}

/** Numbers written after a kind word: "直営:1か所", "直営 1 か所", "直営(基幹型):1か所", "直営:なし". */
function countsOf(text: string, kind: '直営' | '委託'): number[] {
  // A kind word with no number after it ("県がアスポートに委託") names who runs it, not how many: not matched.
  const re = new RegExp(`${kind}(?:のみ)?(?:\\([^)]*\\))?\\s*:?\\s*(なし|\\d+)`, 'g');
  return [...text.matchAll(re)].map((m) => (m[1] === 'なし' ? 0 : Number(m[1])));
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
