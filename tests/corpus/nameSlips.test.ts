import { describe, expect, it } from 'vitest';
import { nameSlipsIn, referenceNames } from '../../electron/corpus/nameSlips.js';
import { bundled, seedLines } from './seed.js';
import { recordFixture } from './fieldFixtures.js';

const slipsOf = (warnings: { code: string; line_no: number | null; message: string }[]) =>
  warnings.filter((w) => w.code === 'name_ocr_slip').map((w) => [w.line_no, /「([^」]+)」は市区町村名「([^」]+)」/.exec(w.message)?.slice(1)]);

describe('a municipality name written one character differently in a cell of its own report', () => {
  it('狛江市: 粕江市 in every cell that writes it (4887, 4895, 4913), once per line', () => {
    const { warnings } = recordFixture('東京都 狛江市');
    expect(slipsOf(warnings)).toEqual([[4887, ['粕江市', '狛江市']], [4895, ['粕江市', '狛江市']], [4913, ['粕江市', '狛江市']]]);
    // 4887 writes 粕江市 twice (実施主体 and its 社会福祉協議会): one warning.
    expect(seedLines[4887 - 1].match(/粕江市/g)).toHaveLength(2);
    expect(warnings.find((w) => w.line_no === 4895)?.message).toContain('3.④ア(ア) のセルの「粕江市」');
  });

  it('鱒ヶ沢町: the code list\'s 鰺ヶ沢町 is the reference, so 鱒ヶ沢町 (754, 774) and 鯉ヶ沢町 (783) are both its slips', () => {
    const { warnings } = recordFixture('青森県 鱒ヶ沢町');
    expect(slipsOf(warnings)).toEqual([[754, ['鱒ヶ沢町', '鰺ヶ沢町']], [774, ['鱒ヶ沢町', '鰺ヶ沢町']], [783, ['鯉ヶ沢町', '鰺ヶ沢町']]]);
    expect(warnings.find((w) => w.line_no === 783 && w.code === 'name_ocr_slip')?.message)
      .toContain('3.① のセルの「鯉ヶ沢町」は市区町村名「鰺ヶ沢町」と1字違い (見出しの「鱒ヶ沢町」はコード表の「鰺ヶ沢町」と照合)');
    // The heading line (752) is reported by the code list only; 754 is the cover's 市区町村名 cell (section 0).
    expect(warnings.filter((w) => w.line_no === 752).map((w) => w.code)).toEqual(['lg_code_by_similar_name']);
    expect(warnings.find((w) => w.line_no === 754)?.message).toMatch(/^0 のセルの「鱒ヶ沢町」/);
    expect(seedLines[774 - 1]).toContain('鱒ヶ沢町海水浴場');
  });

  it('an area record checks each member town; a prefecture record has no name to check', () => {
    expect(referenceNames('青森県', '東津軽郡(平内町、今別町、蓬田村、外ヶ浜町)', 'area')).toEqual(['平内町', '今別町', '蓬田村', '外ヶ浜町']);
    expect(referenceNames('秋田県', '地域力強化推進事業地域(上小阿仁村、小坂町)', 'area')).toEqual(['上小阿仁村', '小坂町']);
    expect(referenceNames('青森県', '鱒ヶ沢町', 'municipality')).toEqual(['鰺ヶ沢町']);
    expect(referenceNames('東京都', '狛江市', 'municipality')).toEqual(['狛江市']);
    expect(referenceNames('東京都', '', 'prefecture')).toEqual([]);
    expect(nameSlipsIn('外ヶ浜町', '外ヶ濱町の社協')).toEqual(['外ヶ濱町']);
  });

  it('compares words of the same length and ending, one kanji apart, that are no real place', () => {
    expect(nameSlipsIn('狛江市', '粕江市(社会福祉法人 粕江市社会福祉協議会)')).toEqual(['粕江市']);
    expect(nameSlipsIn('狛江市', '狛江市社会福祉協議会')).toEqual([]);
    expect(nameSlipsIn('鰺ヶ沢町', '青森県鯉ヶ沢町、鰺ケ沢町')).toEqual(['鯉ヶ沢町']);
    // A real place is no slip (墨田区 / 大田区); the form's 市区町村名 is no name (市貝町 / 市区町).
    expect(nameSlipsIn('墨田区', '大田区との連携')).toEqual([]);
    expect(nameSlipsIn('市貝町', '市区町村名\t市貝町')).toEqual([]);
    // Inside a longer word (…の新粕江市) the window does not start a word; two-character names are not compared.
    expect(nameSlipsIn('狛江市', '新粕江市')).toEqual([]);
    expect(nameSlipsIn('北区', '南区')).toEqual([]);
  });

  it('the whole corpus has these name slips and no others', () => {
    const slips = bundled().parse_warnings.filter((w) => w.code === 'name_ocr_slip').map((w) => [w.entity_id, ...slipsOf([w])[0]]);
    expect(slips).toEqual([
      ['青森県 鱒ヶ沢町', 754, ['鱒ヶ沢町', '鰺ヶ沢町']],
      ['青森県 鱒ヶ沢町', 774, ['鱒ヶ沢町', '鰺ヶ沢町']],
      ['青森県 鱒ヶ沢町', 783, ['鯉ヶ沢町', '鰺ヶ沢町']],
      ['東京都 狛江市', 4887, ['粕江市', '狛江市']],
      ['東京都 狛江市', 4895, ['粕江市', '狛江市']],
      ['東京都 狛江市', 4913, ['粕江市', '狛江市']],
    ]);
  });
});
