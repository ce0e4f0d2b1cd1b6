import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToRows } from '../../common/arrowAdapters';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus';
import { parseCorpusText } from '../../electron/corpus/parseCorpus';
import { loadCorpora } from '../../electron/engine/loadCorpora';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb';
import { parseNotebookText } from '../../electron/notebooks/parse';
import type { WorkbenchEngine } from '../../renderer/engine/types';
import { runAll, type CellRun } from '../../renderer/notebook/runCell';

let db: NodeDuckDb;
let engine: WorkbenchEngine;

// The bundled corpus and a stand-in for next year's: the same reports with 札幌市 and 釧路市 grown.
beforeAll(async () => {
  db = await openNodeDuckDb();
  const nextYear = readFileSync(DEFAULT_CORPUS_PATH, 'utf8').replace('1,966,735(人)', '1,970,000(人)').replace('170,364(人)', '170,000(人)');
  loadCorpora(db, [loadCorpusFile(DEFAULT_CORPUS_PATH), parseCorpusText(nextYear, 'fy2019.txt')]);
  engine = { query: async (sql) => db.query(sql) };
});
afterAll(() => db.close());

function ok(run: CellRun | null | undefined) {
  if (!run || run.status !== 'ok') throw new Error(run?.status === 'error' ? run.message : 'not run');
  return run;
}

describe('shipped example 年度の比較, over two corpora', () => {
  it('puts both years side by side and finds the two towns whose population changed, matched by lg_code', async () => {
    const nb = parseNotebookText(readFileSync('data/two-years.kynb.json', 'utf8'), 'two-years');
    const { runs, stoppedAt } = await runAll(engine, nb.cells, () => undefined);
    expect(stoppedAt).toBeNull();
    const matrix = ok(runs.get('matrix'));
    expect(matrix.kind === 'pivot' && matrix.plan.columns.map((c) => c.keys[0])).toEqual(['000_28d5abefee45edbb.txt', 'fy2019.txt']);
    const changes = ok(runs.get('changes'));
    expect(changes.kind === 'sql' && tableToRows(changes.table).map((r) => [r.entity_id, r.lg_code, r.population_earlier, r.population_later, r.change])).toEqual([
      ['北海道 札幌市', '011002', 1_966_735, 1_970_000, 3_265],
      ['北海道 釧路市', '012068', 170_364, 170_000, -364],
    ]);
  });
});
