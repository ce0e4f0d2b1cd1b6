import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSql } from '../../electron/cli/sqlCommand';
import { decodeText } from '../../electron/imports/decodeText';
import { parseCsv } from '../../electron/imports/parseCsv';
import { readTableFile } from '../../electron/imports/readTableFile';

const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-import-'));

/** Shift_JIS bytes of a text, written by hand for the few characters these fixtures use (no encoder in Node). */
const SJIS: Record<string, number[]> = {
  団: [0x92, 0x63], 体: [0x91, 0xcc], コ: [0x83, 0x52], ー: [0x81, 0x5b], ド: [0x83, 0x68], 予: [0x97, 0x5c], 算: [0x8e, 0x5a],
  札: [0x8e, 0x44], 幌: [0x96, 0x79], 市: [0x8e, 0x73], 名: [0x96, 0xbc], 釧: [0x8b, 0xfa], 路: [0x98, 0x48],
};
function shiftJis(text: string): Uint8Array {
  const bytes = Uint8Array.from([...text].flatMap((ch) => SJIS[ch] ?? [ch.charCodeAt(0)]));
  // The table above is checked against the decoder, so a wrong pair fails here and not as a puzzling join.
  expect(new TextDecoder('shift_jis').decode(bytes)).toBe(text);
  return bytes;
}

async function sql(query: string, ...tables: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSql([query, '--format', 'json', ...tables.flatMap((t) => ['--table', t])], (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('bringing the analyst’s own table', () => {
  it('joins a Shift_JIS CSV on 団体コード: quoted 1,234 is a number, 011002 keeps its zero', async () => {
    const file = path.join(dir, 'budget.csv');
    writeFileSync(file, shiftJis('団体コード,名,予算\r\n011002,札幌市,"1,234"\r\n012068,釧路市,567\r\n'));
    const imported = await readTableFile(file);
    expect(imported.columns).toEqual([
      { name: '団体コード', kind: 'text' },
      { name: '名', kind: 'text' },
      { name: '予算', kind: 'double' },
    ]);
    const r = await sql('SELECT e.municipality, e.population, m."名", m."予算" FROM entities e JOIN mine m ON e.lg_code = m."団体コード" ORDER BY 1', `mine=${file}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      { municipality: '札幌市', population: 1_966_735, 名: '札幌市', 予算: 1234 },
      { municipality: '釧路市', population: 170_364, 名: '釧路市', 予算: 567 },
    ]);
    expect(r.err).toContain('mine ← budget.csv: 2 行, 3 列');
  });

  it('joins an XLSX sheet with a Japanese name', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('表紙').addRow(['説明']);
    const sheet = book.addWorksheet('予算表');
    sheet.addRow(['団体コード', '予算額']);
    sheet.addRow(['011002', 1234.5]);
    const file = path.join(dir, 'budget.xlsx');
    await book.xlsx.writeFile(file);
    const r = await sql('SELECT e.municipality, m."予算額" FROM entities e JOIN x m ON e.lg_code = m."団体コード"', `x=${file}#予算表`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([{ municipality: '札幌市', 予算額: 1234.5 }]);
    const missing = await sql('SELECT 1', `x=${file}#無い`);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('シート「無い」がありません。あるのは 表紙、予算表 です');
  });

  it('round-trips Parquet: a result written as Parquet reads back identically and joins', async () => {
    const file = path.join(dir, 'sapporo.parquet');
    let err = '';
    const code = await runSql(["SELECT lg_code, municipality, population, aging_rate FROM entities WHERE prefecture = '北海道' ORDER BY lg_code", '--format', 'parquet', '--out', file], () => undefined, (s) => (err += s));
    expect(code).toBe(0);
    expect(err).toContain('7 行を Parquet で書きました');
    const back = await sql('SELECT * FROM p ORDER BY lg_code', `p=${file}`);
    const direct = await sql("SELECT lg_code, municipality, population, aging_rate FROM entities WHERE prefecture = '北海道' ORDER BY lg_code");
    expect(JSON.parse(back.out)).toEqual(JSON.parse(direct.out));
    expect(JSON.parse(back.out)[0]).toEqual({ lg_code: '011002', municipality: '札幌市', population: 1_966_735, aging_rate: 26.7 });
  });

  it('refuses what it cannot read, naming the file: missing, neither encoding, an open quote, a corpus table’s name', async () => {
    expect((await sql('SELECT 1', `m=${path.join(dir, 'none.csv')}`)).err).toMatch(/none\.csv: ファイルが見つかりません/);
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, Uint8Array.from([0x61, 0x0a, 0xff, 0xfe, 0xfd]));
    expect((await sql('SELECT 1', `m=${bad}`)).err).toMatch(/bad\.csv: UTF-8 でも Shift_JIS でも読めません/);
    const open = path.join(dir, 'open.csv');
    writeFileSync(open, 'a,b\n1,"x\n2,y\n');
    expect((await sql('SELECT 1', `m=${open}`)).err).toMatch(/open\.csv:2: 引用符/);
    expect((await sql('SELECT 1', `entities=${open}`)).err).toMatch(/コーパスの表の名前なので使えません/);
  });

  it('reads UTF-8 with a BOM, quoted line breaks and doubled quotes as written', () => {
    const bytes = new TextEncoder().encode('\uFEFF名前,メモ\r\n"札幌市","一行目\n二行目 ""引用"""\r\n');
    const { text, encoding } = decodeText(bytes, 'memo.csv');
    expect(encoding).toBe('utf-8');
    expect(parseCsv(text, 'memo.csv')).toEqual([
      ['名前', 'メモ'],
      ['札幌市', '一行目\n二行目 "引用"'],
    ]);
  });
});
