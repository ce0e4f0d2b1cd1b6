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
    const store = createImportStore(dir, bundledName);
    await expect(store.add('same', bundledName.replace(/\.txt$/, '') + '.txt', nextYear())).rejects.toThrow(/同梱のコーパスと同じ名前/);
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
});
