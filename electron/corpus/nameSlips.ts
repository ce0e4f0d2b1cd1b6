import { areaMemberNames } from '../codes/assignCodes.js';
import { localGovCodes } from '../codes/codeList.js';
import { matchMunicipality, variantKey } from '../codes/matchNames.js';
import type { EntityKind } from './types.js';

/** A municipality's name written one character differently in a cell of its own report (狛江市 / 粕江市). */
export interface NameSlip {
  line: number;
  /** The name as written, and the name it is taken for. */
  written: string;
  reference: string;
  /** The cell's section (`3.①`; `0` for the cover's items). */
  cell: string;
}

/** The names a record is about, as the code list spells them: a heading matched only by a similar name (鱒ヶ沢町, an
 * OCR slip) gives way to the list's name (鰺ヶ沢町); an area record's members each count; a prefecture has none. */
export function referenceNames(prefecture: string, municipality: string, kind: EntityKind): string[] {
  if (kind === 'prefecture' || !municipality) return [];
  const pref = localGovCodes().find((p) => p.name === prefecture);
  const names = kind === 'area' ? areaMemberNames(municipality) : [municipality];
  return names.map((name) => {
    const match = pref ? matchMunicipality(pref, name) : null;
    return match?.gov && match.how === 'near' ? match.gov.name : name;
  });
}

let realPlaces: Set<string> | null = null;
/** Every municipality of the country (variant keys): a real place's name written in a report is no slip (墨田区 / 大田区). */
function isRealPlace(name: string): boolean {
  realPlaces ??= new Set(localGovCodes().flatMap((p) => p.municipalities.map((m) => variantKey(m.name))));
  return realPlaces.has(variantKey(name));
}

const HAN = /\p{Script=Han}/u;
/** The small ヶ of a name and the ways it is written (鰺ヶ沢町, 鰺ケ沢町), as variantKey folds them. */
const SMALL_KE = /[ヶケヵカが]/;
const sameLetter = (a: string, b: string) => a === b || (SMALL_KE.test(a) && SMALL_KE.test(b));
/** A differing 区 or 村 makes a word of the administration, not a name: 市区町(村) beside 市貝町. */
const ADMINISTRATIVE = /[市区町村郡都道府県]/;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const sameScript = (a: string, b: string) => (HAN.test(a) && HAN.test(b)) || (KANA.test(a) && KANA.test(b));
/** A name starts a word: after anything but a kanji, or right after a prefecture's name (青森県鯉ヶ沢町). */
const startsWord = (text: string, at: number) => at === 0 || !HAN.test(text[at - 1]) || /[都道府県]/.test(text[at - 1]);

/**
 * One reference name's slips in a text: a word of the same length and ending (市, 町, 村, 区) one character away from
 * it, the differing character of the same script (an OCR slip of a kanji is a kanji), and not itself a real place.
 */
export function nameSlipsIn(reference: string, text: string): string[] {
  const kind = reference.at(-1)!;
  // In a name of two characters one slip is half of it (北区 / 南区): only names of three or more are compared.
  if (!/[市町村区]/.test(kind) || reference.length < 3) return [];
  const out: string[] = [];
  for (let end = text.indexOf(kind, reference.length - 1); end >= 0; end = text.indexOf(kind, end + 1)) {
    const start = end - reference.length + 1;
    if (!startsWord(text, start)) continue;
    let diff = -1;
    for (let k = 0; k < reference.length - 1 && diff !== -2; k++) {
      if (!sameLetter(text[start + k], reference[k])) diff = diff === -1 ? k : -2;
    }
    if (diff < 0 || !sameScript(text[start + diff], reference[diff]) || ADMINISTRATIVE.test(text[start + diff])) continue;
    const candidate = text.slice(start, end + 1);
    if (!out.includes(candidate) && !isRealPlace(candidate)) out.push(candidate);
  }
  return out;
}

/**
 * Every cell line of a record (header items, fields, headings; not the heading line, which the code list reports)
 * holding one of the record's names one character away: one slip per line and name.
 */
export function recordNameSlips(lines: readonly string[], usage: ReadonlyMap<number, string>, references: readonly string[]): NameSlip[] {
  if (references.length === 0) return [];
  // Each name cut in two: one substituted character leaves one half intact, so a line holding no half holds no slip.
  const halves = references.filter((r) => r.length >= 3).flatMap((r) => [r.slice(0, r.length >> 1), r.slice(r.length >> 1)]);
  if (halves.length === 0) return [];
  const slips: NameSlip[] = [];
  for (const [line, tags] of usage) {
    if (!halves.some((h) => lines[line - 1].includes(h))) continue;
    const cell = tags.split(',').find((t) => t.startsWith('fields:') || t.startsWith('heading:') || t.startsWith('header:'));
    if (!cell) continue;
    // A header item (header:municipality) is a cell of the cover, section 0 as in the fields table.
    const section = cell.startsWith('header:') ? '0' : cell.slice(cell.indexOf(':') + 1);
    // The line as written: a tag (<p>) stands beside a name, never inside one, and is no kanji before it.
    for (const reference of references) {
      for (const written of nameSlipsIn(reference, lines[line - 1])) slips.push({ line, written, reference, cell: section });
    }
  }
  return slips.sort((a, b) => a.line - b.line);
}

/** The warning text of a name slip; `heading` is the name as the record's heading writes it, when that differs. */
export function nameSlipMessage(slip: NameSlip, heading: string): string {
  const listed = heading && !heading.includes(slip.reference) ? ` (見出しの「${heading}」はコード表の「${slip.reference}」と照合)` : '';
  return `${slip.cell} のセルの「${slip.written}」は市区町村名「${slip.reference}」と1字違い${listed}: 読み取りの誤りの可能性 (possible OCR slip; the value is kept as written)`;
}
