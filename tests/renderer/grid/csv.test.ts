import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../common/csv';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and uses CRLF, as Excel expects', () => {
    const csv = toCsv(['entity_id', 'population'], [{ entity_id: '北海道 札幌市', population: 1966735 }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFentity_id,population\r\n北海道 札幌市,1966735\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks, and leaves NULL empty', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: '1,2', b: 'say "hi"', c: null }, { a: 'x\ny', b: ' pad', c: 0 }]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual(['"1,2","say ""hi""",', '"x\ny"," pad",0']);
  });
});
