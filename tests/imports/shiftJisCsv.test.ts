import { describe, expect, it } from 'vitest';
import { toCsv } from '../../common/csv';
import { toShiftJisCsv } from '../../common/shiftJisCsv';

describe('CSV in Shift_JIS for old Excel', () => {
  it('writes what a Shift_JIS reader reads back, without the UTF-8 BOM', () => {
    const csv = toCsv(['団体コード', '名前', '人口'], [{ 団体コード: '011002', 名前: '札幌市', 人口: 1966735 }, { 団体コード: '023213', 名前: '鰺ヶ沢町', 人口: 9811 }]);
    const { bytes, lost } = toShiftJisCsv(csv);
    expect(lost).toBe(0);
    expect(bytes[0]).not.toBe(0xef);
    expect(new TextDecoder('shift_jis').decode(bytes)).toBe('団体コード,名前,人口\r\n011002,札幌市,1966735\r\n023213,鰺ヶ沢町,9811\r\n');
  });

  it('counts the characters Shift_JIS cannot hold', () => {
    expect(toShiftJisCsv('札幌市🙂,𠮷野家\r\n').lost).toBe(2);
  });
});
