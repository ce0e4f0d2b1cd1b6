import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusToIpc } from '../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb';
import type { NotebookCell } from '../../common/notebookFormat';
import { parseNotebookText } from '../../electron/notebooks/parse';
import { tableToRows } from '../../common/arrowAdapters';
import type { WorkbenchEngine } from '../../renderer/engine/types';
import { resultColumnsOf, runAll, runCell, type CellRun } from '../../renderer/notebook/runCell';
import { NOT_ONE_QUERY_MESSAGE } from '../../renderer/notebook/sqlStatement';

let db: NodeDuckDb;
let engine: WorkbenchEngine;

beforeAll(async () => {
  db = await openNodeDuckDb();
  for (const t of corpusToIpc(loadCorpusFile(DEFAULT_CORPUS_PATH))) db.insertIpc(t.name, t.ipc);
  engine = { query: async (sql) => db.query(sql) };
});
afterAll(() => db.close());

function example(id: string) {
  return parseNotebookText(readFileSync(`data/${id}.kynb.json`, 'utf8'), id);
}

function okRun<K extends 'sql' | 'pivot' | 'chart'>(run: CellRun | null | undefined, kind: K): Extract<CellRun, { status: 'ok'; kind: K }> {
  if (!run || run.status !== 'ok' || run.kind !== kind) throw new Error(`expected a ${kind} result, got ${JSON.stringify(run && run.status === 'error' ? run.message : run?.status)}`);
  return run as Extract<CellRun, { status: 'ok'; kind: K }>;
}

describe('running notebook cells on the real corpus', () => {
  it('生活保護受給率の単位の異常: finds the % figures read as ‰, 京極町 14.4 among them', async () => {
    const nb = example('welfare-rate-units');
    const { runs, stoppedAt } = await runAll(engine, nb.cells, () => undefined);
    expect(stoppedAt).toBeNull();
    const flagged = okRun(runs.get('flagged'), 'sql');
    const rows = tableToRows(flagged.table);
    expect(flagged.rowCount).toBe(23);
    expect(rows[0]).toMatchObject({ entity_id: '東京都 墨田区', written_value: 29.6, written_unit: '%', welfare_rate_permille: 29.6 });
    expect(rows.find((r) => r.entity_id === '北海道 京極町')).toMatchObject({ written_value: 14.4, welfare_rate_permille: 14.4, line_start: expect.any(Number) });
    const pivot = okRun(runs.get('by_reading'), 'pivot');
    expect(pivot.grid.rows.map((r) => [r.r0, r.v0, r.v1, r.v2])).toEqual([
      ['‰ と読み替え', 23, 0, 23],
      ['書かれたとおり', 25, 2, 27],
      ['総計', 48, 2, 50],
    ]);
    expect(okRun(runs.get('box'), 'chart').figure.plotted).toBe(50);
  });

  it('都道府県別の実施事業: pivots the programs by prefecture from the SQL cell result', async () => {
    const nb = example('programs-by-prefecture');
    const { runs } = await runAll(engine, nb.cells, () => undefined);
    const pivot = okRun(runs.get('table'), 'pivot');
    const hokkaido = pivot.grid.rows.find((r) => r.r0 === '北海道');
    expect([hokkaido?.v0, hokkaido?.v1, hokkaido?.v3]).toEqual([5, 5, 10]);
    const total = pivot.grid.rows.find((r) => r.pivotKind === 'total');
    // Every program a report runs, counted by the engine itself (81 on the bundled corpus).
    const programs = tableToRows(db.query('SELECT count(*) AS n FROM programs'))[0].n;
    expect(programs).toBe(81);
    expect(total?.v3).toBe(programs);
    expect(okRun(runs.get('bars'), 'chart').figure.plotted).toBe(31);
  });

  it('a chart reading a pivot cell is offered the pivot table’s columns, and charts them', async () => {
    const nb = example('programs-by-prefecture');
    const cells = nb.cells.map((c) => (c.kind === 'chart' ? { ...c, input: 'program_matrix', spec: { ...c.spec, kind: 'bar', x: 'prefecture', y: null as unknown as string, color: null } } : c));
    const { runs } = await runAll(engine, cells.slice(0, 3), () => undefined);
    const pivotRun = runs.get('table') ?? null;
    const described = tableToRows(db.query('DESCRIBE program_matrix')).map((r) => r.column_name);
    expect(resultColumnsOf(pivotRun)).toEqual(described);
    expect(resultColumnsOf(pivotRun)).toContain('prefecture');
    expect(resultColumnsOf(pivotRun).length).toBeGreaterThan(3);
    expect(resultColumnsOf(undefined)).toEqual([]);
    expect(resultColumnsOf('running')).toEqual([]);
    const measure = resultColumnsOf(pivotRun).find((c) => c !== 'prefecture' && !c.startsWith('pivot_'))!;
    const chart = cells[3].kind === 'chart' ? { ...cells[3], spec: { ...cells[3].spec, y: measure } } : cells[3];
    const run = okRun(await runCell(engine, chart), 'chart');
    expect(run.figure.plotted).toBeGreaterThan(0);
  });

  it('a later SQL cell reads an earlier result by its name', async () => {
    const cells: NotebookCell[] = [
      { id: 'a', kind: 'sql', name: 'hokkaido', source: "SELECT entity_id, population FROM entities WHERE prefecture = '北海道';" },
      { id: 'b', kind: 'sql', name: 'biggest', source: 'SELECT entity_id, population FROM hokkaido ORDER BY population DESC LIMIT 1 -- 最大' },
    ];
    const { runs } = await runAll(engine, cells, () => undefined);
    expect(tableToRows(okRun(runs.get('b'), 'sql').table)).toEqual([{ entity_id: '北海道 札幌市', population: 1966735 }]);
  });

  it('a failing cell shows its error and stops run-all there', async () => {
    const cells: NotebookCell[] = [
      { id: 'a', kind: 'sql', name: 'ok1', source: 'SELECT 1 AS n' },
      { id: 'b', kind: 'sql', name: 'bad', source: 'SELECT no_such_column FROM entities' },
      { id: 'c', kind: 'sql', name: 'never', source: 'SELECT 2 AS n' },
    ];
    const seen: string[] = [];
    const { runs, stoppedAt } = await runAll(engine, cells, (p) => seen.push(p.cell.id));
    expect(stoppedAt).toBe(1);
    expect(seen).toEqual(['a', 'b']);
    const bad = runs.get('b');
    expect(bad?.status === 'error' && bad.message).toMatch(/no_such_column/);
    expect(runs.has('c')).toBe(false);
  });

  it('refuses anything but one query, so a shared notebook cannot change the engine', async () => {
    const run = await runCell(engine, { id: 'x', kind: 'sql', name: 'x', source: "SELECT 1; SET enable_external_access = true" });
    expect(run).toMatchObject({ status: 'error', message: NOT_ONE_QUERY_MESSAGE });
    const copy = await runCell(engine, { id: 'x', kind: 'sql', name: 'x', source: "COPY entities TO 'out.csv'" });
    expect(copy).toMatchObject({ status: 'error', message: NOT_ONE_QUERY_MESSAGE });
    const commented = await runCell(engine, { id: 'x', kind: 'sql', name: 'x', source: '-- 説明\nWITH t AS (SELECT 1 AS n) SELECT * FROM t; -- 最後' });
    expect(commented).toMatchObject({ status: 'ok', kind: 'sql', rowCount: 1 });
  });
});

describe('result names', () => {
  it('never let a cell replace a corpus table, even typed in the room after validation', async () => {
    const run = await runCell(engine, { id: 'x', kind: 'sql', name: 'Entities', source: 'SELECT 1 AS n' });
    expect(run).toMatchObject({ status: 'error', message: '結果名「Entities」はコーパスの表の名前なので使えません。' });
    expect(Number(db.query('SELECT count(*)::DOUBLE AS n FROM entities').getChild('n')?.get(0))).toBe(50);
  });
});

describe('shipped example 達成率と高齢化率', () => {
  it('runs end to end: 東津軽郡 is the lowest attainment (0.28), one point per municipality with a trend line', async () => {
    const nb = example('attainment-vs-aging');
    const { runs, stoppedAt } = await runAll(engine, nb.cells, () => undefined);
    expect(stoppedAt).toBeNull();
    const query = okRun(runs.get('query'), 'sql');
    const first = tableToRows(query.table)[0];
    expect(first.entity_id).toMatch(/^青森県 東津軽郡/);
    expect(first.attainment_ratio).toBeCloseTo(0.28, 2);
    const chart = okRun(runs.get('scatter'), 'chart');
    expect(chart.figure.plotted).toBe(query.rowCount);
    expect(chart.figure.trends).toHaveLength(1);
    const pivot = okRun(runs.get('by_program'), 'pivot');
    expect(pivot.grid.rows.at(-1)).toMatchObject({ r0: '総計', v0: query.rowCount });
  });
});

describe('cached results (off by default)', () => {
  it('are written into the file only when the author turns them on, and read back intact', async () => {
    const { withCachedResults } = await import('../../renderer/notebook/cachedResults');
    const { serializeNotebook } = await import('../../electron/notebooks/serialize');
    const nb = example('welfare-rate-units');
    const { runs } = await runAll(engine, nb.cells, () => undefined);
    const ranAt = new Date('2026-11-27T04:00:00Z');
    expect(withCachedResults(nb, runs, ranAt)).toBe(nb);
    const on = withCachedResults({ ...nb, metadata: { ...nb.metadata, cacheResults: true } }, runs, ranAt);
    const reopened = parseNotebookText(serializeNotebook(on), 'cached');
    const flagged = reopened.cells.find((c) => c.id === 'flagged');
    expect(flagged?.kind === 'sql' && flagged.cached).toMatchObject({ rowCount: 23, ranAt: '2026-11-27T04:00:00.000Z' });
    expect(flagged?.kind === 'sql' && flagged.cached?.rows[0].slice(0, 4)).toEqual(['東京都 墨田区', 29.6, '%', 29.6]);
    const pivot = reopened.cells.find((c) => c.id === 'by_reading');
    expect(pivot?.kind === 'pivot' && pivot.cached?.rows.at(-1)).toEqual(['総計', '48件', '2件', '50件']);
  });
});
