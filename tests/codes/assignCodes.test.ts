import { describe, expect, it } from 'vitest';
import { areaMemberNames } from '../../electron/codes/assignCodes';
import { checkDigit, hasValidCheckDigit, localGovCodes } from '../../electron/codes/codeList';
import { matchMunicipality } from '../../electron/codes/matchNames';
import { parseCorpusText } from '../../electron/corpus/parseCorpus';
import { bundled, cut } from '../corpus/seed';

describe('全国地方公共団体コード on every entity', () => {
  const p = bundled();
  const byId = new Map(p.entities.map((e) => [e.entity_id, e]));

  it('gives every municipality record its code, with a valid check digit', () => {
    const municipalities = p.entities.filter((e) => e.entity_kind === 'municipality');
    expect(municipalities).toHaveLength(45);
    expect(municipalities.filter((e) => e.lg_code === null).map((e) => e.entity_id)).toEqual([]);
    expect(municipalities.every((e) => hasValidCheckDigit(e.lg_code!))).toBe(true);
    expect(new Set(municipalities.map((e) => e.lg_code)).size).toBe(45);
  });

  it('reads real codes and readings: 札幌市 011002, 墨田区 131075, 小田原市 142069', () => {
    expect(byId.get('北海道 札幌市')).toMatchObject({ lg_code: '011002', municipality_kana: 'さっぽろし' });
    expect(byId.get('東京都 墨田区')).toMatchObject({ lg_code: '131075', municipality_kana: 'すみだく' });
    expect(byId.get('神奈川県 小田原市')).toMatchObject({ lg_code: '142069', municipality_kana: 'おだわらし' });
  });

  it('gives a prefecture record its prefecture’s code: 栃木県 090000, 埼玉県 110001, 東京都 130001', () => {
    expect(p.entities.filter((e) => e.entity_kind === 'prefecture').map((e) => [e.entity_id, e.lg_code])).toEqual([
      ['栃木県', '090000'],
      ['埼玉県', '110001'],
      ['東京都', '130001'],
    ]);
  });

  it('matches the OCR-slipped 鱒ヶ沢町 to 鰺ヶ沢町 (023213) and says so on its line', () => {
    expect(byId.get('青森県 鱒ヶ沢町')).toMatchObject({ lg_code: '023213', municipality_kana: 'あじがさわまち' });
    expect(p.parse_warnings.filter((w) => w.code.startsWith('lg_code'))).toEqual([
      expect.objectContaining({ line_no: 752, entity_id: '青森県 鱒ヶ沢町', code: 'lg_code_by_similar_name' }),
    ]);
  });

  it('leaves area records without a code and lists their members with theirs', () => {
    const areas = p.entities.filter((e) => e.entity_kind === 'area');
    expect(areas.map((e) => e.lg_code)).toEqual([null, null]);
    expect(p.area_members.map((m) => [m.municipality, m.lg_code])).toEqual([
      ['平内町', '023019'],
      ['今別町', '023035'],
      ['蓬田村', '023043'],
      ['外ヶ浜町', '023078'],
      ['上小阿仁村', '053279'],
      ['小坂町', '053031'],
    ]);
  });
});

describe('the rules behind the codes', () => {
  it('compute the check digit as JIS does, and every code in the list passes it', () => {
    expect(checkDigit('01100')).toBe(2);
    expect(checkDigit('13107')).toBe(5);
    const all = localGovCodes().flatMap((p) => [p, ...p.municipalities]);
    expect(all.length).toBeGreaterThan(1700);
    expect(all.filter((g) => !hasValidCheckDigit(g.code))).toEqual([]);
  });

  it('match spelling variants and one-character slips only when one name fits', () => {
    const aomori = localGovCodes().find((p) => p.name === '青森県')!;
    expect(matchMunicipality(aomori, '鰺ケ沢町')).toMatchObject({ how: 'variant', gov: { code: '023213' } });
    expect(matchMunicipality(aomori, '鱒ヶ沢町')).toMatchObject({ how: 'near', gov: { code: '023213' } });
    expect(matchMunicipality(aomori, '架空町')).toBeNull();
    const hokkaido = localGovCodes().find((p) => p.name === '北海道')!;
    // Pre-merger names a careful analyst would not see matched to another town.
    expect(matchMunicipality(hokkaido, '上磯町')).toBeNull();
    expect(matchMunicipality(hokkaido, '阿寒町')).toBeNull();
    expect(matchMunicipality(hokkaido, '泊村')).toMatchObject({ how: 'ambiguous', candidates: [{ code: '014036' }, { code: '016969' }] });
  });

  it('read the member names an area lists in brackets', () => {
    expect(areaMemberNames('東津軽郡(平内町、今別町、蓬田村、外ヶ浜町)')).toEqual(['平内町', '今別町', '蓬田村', '外ヶ浜町']);
    expect(areaMemberNames('地域力強化推進事業地域（上小阿仁村，小坂町）')).toEqual(['上小阿仁村', '小坂町']);
  });

  it('follow the text: a record renamed to a town that exists gets that town’s code; an unknown name is reported', () => {
    const sapporo = cut(3, 136).join('\n');
    const renamed = parseCorpusText(sapporo.replaceAll('札幌市', '釧路市'), 'renamed.txt');
    expect(renamed.entities[0]).toMatchObject({ municipality: '釧路市', lg_code: '012068' });
    const unknown = parseCorpusText(sapporo.replaceAll('札幌市', '架空市'), 'unknown.txt');
    expect(unknown.entities[0].lg_code).toBeNull();
    expect(unknown.parse_warnings.find((w) => w.code === 'lg_code_unmatched')).toMatchObject({ line_no: 1, entity_id: '北海道 架空市' });
  });
});
