import { describe, expect, it } from 'vitest';
import { columnNames, typeColumn } from '../../electron/imports/columnTypes';

describe('typing an imported column', () => {
  it('reads e-Stat’s not-given marks as NULL in a number column, and says so', () => {
    const problems: string[] = [];
    expect(typeColumn('人口', ['1,234', '-', 'x', '***', '567'], problems)).toEqual({ name: '人口', kind: 'double', values: [1234, null, null, null, 567] });
    expect(problems).toEqual(['列「人口」: 数値の列の 3 個の記号 (- x ***) は値なし (NULL) として読みました']);
  });

  it('keeps codes with a leading zero as text, and says why a mostly-numeric column became text', () => {
    const problems: string[] = [];
    expect(typeColumn('団体コード', ['011002', '12345', '130001'], problems).kind).toBe('text');
    expect(problems[0]).toMatch(/^列「団体コード」: 「011002」などがあるため文字の列として読みました$/);
  });

  it('keeps every column when headers repeat, whatever their case', () => {
    expect(columnNames(['a', 'a', 'a_2'])).toEqual(['a', 'a_3', 'a_2']);
    expect(columnNames(['Name', 'name', ''])).toEqual(['Name', 'name_2', '列3']);
  });
});
