import { Table, tableFromIPC, tableToIPC, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { corpusToIpc } from '../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus';
import { decodeCorpusBundle, encodeCorpusBundle } from '../../common/corpusBundle';
import { TABLE_NAMES } from '../../common/tables';

const info = { file: '000_28d5abefee45edbb.txt', lines: 0, entities: 50, warnings: 0, tables: [] };

describe('the corpus in one Arrow stream', () => {
  it('carries every table’s bytes unchanged, so 札幌市 keeps its population of 1,966,735', () => {
    const tables = corpusToIpc(loadCorpusFile(DEFAULT_CORPUS_PATH));
    const back = decodeCorpusBundle(encodeCorpusBundle({ info, tables }));
    expect(back.info).toEqual(info);
    expect(back.tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    back.tables.forEach((t, i) => expect(Buffer.from(t.ipc).equals(Buffer.from(tables[i].ipc))).toBe(true));
    const entities = tableFromIPC(back.tables[0].ipc);
    const ids = entities.getChild('entity_id')!.toArray() as string[];
    expect(entities.getChild('population')!.get(ids.indexOf('北海道 札幌市'))).toBe(1_966_735);
  });

  it('refuses a stream without the summary, with an unknown table or with a table missing', () => {
    const tables = TABLE_NAMES.map((name) => ({ name, ipc: new Uint8Array([1]) }));
    const bare = tableToIPC(new Table({ name: vectorFromArray(['entities']), ipc: vectorFromArray([new Uint8Array([1])]) }), 'stream');
    expect(() => decodeCorpusBundle(bare)).toThrow(/概要/);
    expect(() => decodeCorpusBundle(encodeCorpusBundle({ info, tables: [...tables, { name: 'users' as never, ipc: new Uint8Array([1]) }] }))).toThrow(/不明な表 users/);
    expect(() => decodeCorpusBundle(encodeCorpusBundle({ info, tables: tables.slice(1) }))).toThrow(/entities/);
  });
});
