import type { LocalGov, PrefectureCodes } from './codeList.js';

export type NameMatch = { gov: LocalGov; how: 'exact' | 'variant' | 'near' } | { gov: null; how: 'ambiguous'; candidates: LocalGov[] } | null;

/** Spelling variants that name the same place: small ヶ/ケ/が/ガ, full-width forms, spaces. */
export function variantKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/[ヶケヵカが]/g, 'ヶ');
}

/** Levenshtein distance, for names of a few characters. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * A municipality of the prefecture by name: as written, then as a spelling variant, then — for an OCR slip such as
 * 鱒ヶ沢町 for 鰺ヶ沢町 — the one name one character away with the same ending (町, 村, 市, 区), when exactly one is and
 * the name has at least four characters (in a three-character name one slip is a third of it: 上磯町 is not 上川町).
 * Two places of one name in one prefecture (北海道's two 泊村) give no code, only the candidates.
 */
export function matchMunicipality(prefecture: PrefectureCodes, name: string): NameMatch {
  const exact = prefecture.municipalities.filter((m) => m.name === name);
  if (exact.length > 1) return { gov: null, how: 'ambiguous', candidates: exact };
  if (exact.length === 1) return { gov: exact[0], how: 'exact' };
  const key = variantKey(name);
  const variant = prefecture.municipalities.find((m) => variantKey(m.name) === key);
  if (variant) return { gov: variant, how: 'variant' };
  if (key.length < 4) return null;
  const near = prefecture.municipalities.filter((m) => m.name.length === name.length && m.name.at(-1) === name.at(-1) && editDistance(variantKey(m.name), key) === 1);
  return near.length === 1 ? { gov: near[0], how: 'near' } : null;
}
