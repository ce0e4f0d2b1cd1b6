import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { createImportStore } from '../../electron/imports/importStore';

const bundledName = path.basename(DEFAULT_CORPUS_PATH);
/** The bundled corpus with 札幌市's population changed: a stand-in for next year's edition. */
const nextYear = () => Buffer.from(readFileSync(DEFAULT_CORPUS_PATH, 'utf8').replace('1,966,735(人)', '1,970,000(人)'));

describe('the import store', () => {
  it('takes another year’s corpus in beside the bundled one, its rows told apart by corpus', async () => {
    const store = createImportStore(mkdtempSync(path.join(tmpdir(), 'kyosei-imp-')), bundledName);
    const info = await store.add('fy2019', 'fy2019.txt', nextYear());
    expect(info).toMatchObject({ kind: 'corpus', name: 'fy2019', file: 'fy2019.txt', rows: 50 });
    const entities = tableFromIPC(await store.corpusTable('fy2019', 'entities'));
    const sapporo = entities.toArray().map((r) => r.toJSON()).find((r) => r.municipality === '札幌市');
    expect(sapporo).toMatchObject({ corpus: 'fy2019.txt', population: 1_970_000, lg_code: '011002' });
    expect((await store.list()).map((i) => [i.kind, i.name])).toEqual([['corpus', 'fy2019']]);
  });

  it('refuses a corpus under the bundled corpus’s own name, and keeps nothing of a refused file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-imp-'));
    const store = createImportStore(dir, 'fy2018.txt');
    await expect(store.add('fy2018', 'fy2018.txt', nextYear())).rejects.toThrow(/同梱のコーパスと同じ名前/);
    expect(readdirSync(path.join(dir, 'imports'))).toEqual([]);
  });

  it('never writes outside its folder: names are identifiers, file names only give the extension', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-imp-'));
    const store = createImportStore(dir, bundledName);
    await expect(store.add('../escape', 'x.csv', Buffer.from('a\n1\n'))).rejects.toThrow(/名前=ファイル|使えません/);
    const info = await store.add('ok', '../../etc/evil.csv', Buffer.from('a\n1\n'));
    expect(info).toMatchObject({ kind: 'table', name: 'ok', rows: 1 });
    expect(readdirSync(path.join(dir, 'imports'))).toEqual(['ok.csv']);
  });

  it('reads a table whose header starts with 都道府県名 as a table, Shift_JIS included, not as a corpus', async () => {
    const store = createImportStore(mkdtempSync(path.join(tmpdir(), 'kyosei-imp-')), bundledName);
    const tsv = await store.add('pop', 'pop.txt', Buffer.from('都道府県名\t市区町村名\t人口\n北海道\t札幌市\t1966735\n'));
    expect(tsv).toMatchObject({ kind: 'table', rows: 1, columns: [{ name: '都道府県名', kind: 'text' }, { name: '市区町村名', kind: 'text' }, { name: '人口', kind: 'double' }] });
    // 「都道府県名」 in Shift_JIS, then a tab and a number: what Excel's テキスト (タブ区切り) writes.
    const sjis = Buffer.from([0x93, 0x73, 0x93, 0xb9, 0x95, 0x7b, 0x8c, 0xa7, 0x96, 0xbc, 0x09, 0x6e, 0x0a, 0x61, 0x09, 0x31, 0x0a]);
    expect(await store.add('sjis', 'sjis.txt', sjis)).toMatchObject({ kind: 'table', rows: 1, columns: [{ name: '都道府県名', kind: 'text' }, { name: 'n', kind: 'double' }] });
  });

  it('names an imported corpus after its stored file, the same at import and at every later start', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-imp-'));
    const first = await createImportStore(dir, bundledName).add('令和6年度_報告書', '令和6年度 報告書.txt', nextYear());
    expect(first.file).toBe('令和6年度_報告書.txt');
    const later = await createImportStore(dir, bundledName).list();
    expect(later.map((i) => i.file)).toEqual(['令和6年度_報告書.txt']);
    const entities = tableFromIPC(await createImportStore(dir, bundledName).corpusTable('令和6年度_報告書', 'entities'));
    expect(entities.getChild('corpus')?.get(0)).toBe('令和6年度_報告書.txt');
  });
});
