import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusToIpc } from '../../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { tableToRows } from '../../../common/arrowAdapters';
import { EXAMPLE_QUERIES } from '../../../renderer/sql/exampleQueries';

describe('example queries on the bundled corpus', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
    for (const t of corpusToIpc(loadCorpusFile(DEFAULT_CORPUS_PATH))) db.insertIpc(t.name, t.ipc);
  });
  afterAll(() => db?.close());

  it.each(EXAMPLE_QUERIES.map((q) => [q.label.ja, q.sql]))('%s answers with rows', (_label, sql) => {
    expect(db.query(sql).numRows).toBeGreaterThan(0);
  });

  it('the per-mille example finds 京極町 with its flag and source lines', () => {
    const rows = tableToRows(db.query(EXAMPLE_QUERIES[2].sql));
    const kyogoku = rows.find((r) => r.entity_id === '北海道 京極町');
    expect(kyogoku).toMatchObject({ welfare_rate: 14.4, welfare_rate_unit: '%' });
    expect(kyogoku!.welfare_rate_flag).toBeTruthy();
    expect(kyogoku!.line_start).toBeTypeOf('number');
  });
});
