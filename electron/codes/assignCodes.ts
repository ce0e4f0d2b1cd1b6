import type { AreaMemberRow, EntityRow, WarningRow } from '../corpus/types.js';
import { localGovCodes, type PrefectureCodes } from './codeList.js';
import { matchMunicipality, type NameMatch } from './matchNames.js';

/** The member names an area record lists in brackets: 東津軽郡(平内町、今別町、蓬田村、外ヶ浜町). */
export function areaMemberNames(municipality: string): string[] {
  const inner = /[(（]([^()（）]+)[)）]/.exec(municipality)?.[1];
  return inner ? inner.split(/[、,，・]/).map((s) => s.trim()).filter(Boolean) : [];
}

/**
 * Gives every entity its 全国地方公共団体コード and reading: a prefecture record its prefecture's code, a
 * municipality its own, an area record none but one area_members row per member it names. A name matched only as a
 * variant or an OCR slip is reported with the name it was read as; a name that matches nothing is reported too.
 */
export function assignCodes(entities: EntityRow[]): { members: AreaMemberRow[]; warnings: WarningRow[] } {
  const prefectures = new Map(localGovCodes().map((p) => [p.name, p]));
  const members: AreaMemberRow[] = [];
  const warnings: WarningRow[] = [];
  const warn = (e: EntityRow, code: string, message: string) => warnings.push({ corpus: e.corpus, line_no: e.line_start, entity_id: e.entity_id, code, message });
  const report = (e: EntityRow, name: string, match: NameMatch, pref: PrefectureCodes) => {
    if (!match) warn(e, 'lg_code_unmatched', `「${pref.name} ${name}」に当たる全国地方公共団体コードが見つかりません (no code for this name)`);
    else if (match.gov === null) warn(e, 'lg_code_ambiguous', `「${pref.name} ${name}」は ${match.candidates.map((c) => c.code).join('・')} のどれか決められません (two places of this name)`);
    else if (match.how !== 'exact') warn(e, 'lg_code_by_similar_name', `「${name}」は「${match.gov.name}」(${match.gov.code}) として照合しました (matched by a similar name)`);
  };
  for (const e of entities) {
    e.lg_code = null;
    e.municipality_kana = null;
    const pref = prefectures.get(e.prefecture);
    if (!pref) {
      if (e.prefecture) warn(e, 'lg_code_unmatched', `「${e.prefecture}」は都道府県名として見つかりません (unknown prefecture)`);
      continue;
    }
    if (e.entity_kind === 'prefecture') {
      e.lg_code = pref.code;
      continue;
    }
    if (e.entity_kind === 'area') {
      for (const name of areaMemberNames(e.municipality)) {
        const match = matchMunicipality(pref, name);
        report(e, name, match, pref);
        members.push({ corpus: e.corpus, entity_id: e.entity_id, municipality: name, lg_code: match?.gov?.code ?? null, municipality_kana: match?.gov?.kana ?? null });
      }
      continue;
    }
    const match = matchMunicipality(pref, e.municipality);
    report(e, e.municipality, match, pref);
    e.lg_code = match?.gov?.code ?? null;
    e.municipality_kana = match?.gov?.kana ?? null;
  }
  return { members, warnings };
}
