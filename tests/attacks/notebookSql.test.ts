import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDuckDb } from '../../electron/engine/nodeDuckdb';
import { tableToRows } from '../../common/arrowAdapters';
import type { WorkbenchEngine } from '../../renderer/engine/types';
import { runCell } from '../../renderer/notebook/runCell';
import { NOT_ONE_QUERY_MESSAGE } from '../../renderer/notebook/sqlStatement';
import { openAppEngine } from '../support/appEngine';

let db: NodeDuckDb;
let engine: WorkbenchEngine;

beforeAll(async () => {
  ({ db, engine } = await openAppEngine());
});
afterAll(() => db.close());

function sapporoPopulation(): number {
  return Number(tableToRows(db.query("SELECT population FROM entities WHERE municipality = '札幌市'"))[0].population);
}

const SMUGGLED = [
  ['an E-string hiding the semicolon', "SELECT E'\\'' AS a; CREATE OR REPLACE TABLE entities AS SELECT * REPLACE (population*10 AS population) FROM entities; SELECT '1'"],
  ['a dollar-quoted string', "SELECT $$'$$ AS a; CREATE OR REPLACE TABLE entities AS SELECT * REPLACE (population*10 AS population) FROM entities; SELECT $$'$$"],
  ['a tagged dollar-quoted string', "SELECT $x$ ' $x$ AS a; DROP TABLE entities; SELECT 1"],
  ['a block comment closed early', "SELECT 1 /* */ ; DROP TABLE entities; /* */"],
  ['a line comment ending in a carriage return', "SELECT 1 -- note\r; DROP TABLE entities"],
  ['two plain statements', 'SELECT 1; UPDATE entities SET population = 0'],
  ['a statement that is not a query', 'CREATE OR REPLACE TABLE entities AS SELECT 1 AS population'],
  ['a settings change', 'SET enable_external_access = true'],
  ['query() smuggling a statement', "SELECT * FROM query('DROP TABLE entities')"],
  ['a suffix only CREATE … AS accepts', 'SELECT 1 AS one WITH NO DATA; CREATE OR REPLACE TABLE entities AS SELECT * REPLACE (population*10 AS population) FROM entities; SELECT 1'],
  ['an unterminated string that a wrapper could close', "SELECT ' AS a; DROP TABLE entities; --"],
] as const;

describe('a notebook SQL cell cannot change the corpus (DuckDB decides what one statement is)', () => {
  it.each(SMUGGLED)('refuses %s and leaves 札幌市 at 1,966,735', async (_label, source) => {
    const run = await runCell(engine, { id: 'x', kind: 'sql', name: 'x', source });
    expect(run?.status).toBe('error');
    expect(run?.status === 'error' && run.message).toMatch(/1つだけ|Parser Error|syntax error|unterminated/);
    expect(sapporoPopulation()).toBe(1_966_735);
    expect(Number(tableToRows(db.query('SELECT count(*)::INT AS n FROM entities'))[0].n)).toBe(50);
  });

  it('still runs one query written with the same tricks', async () => {
    const run = await runCell(engine, {
      id: 'x',
      kind: 'sql',
      name: 'tricky',
      source: "-- 説明; これはコメント\nSELECT E'\\'' AS quote, $$a;b$$ AS dollar, ';' AS semi, population /* ; */ FROM entities WHERE municipality = '札幌市'; -- 最後;",
    });
    expect(run?.status).toBe('ok');
    if (run?.status !== 'ok' || run.kind !== 'sql') return;
    expect(tableToRows(run.table)).toEqual([{ quote: "'", dollar: 'a;b', semi: ';', population: 1_966_735 }]);
  });

  it('reads nested block comments as DuckDB does: one query, and the DROP inside stays a comment', async () => {
    const run = await runCell(engine, { id: 'x', kind: 'sql', name: 'nested', source: 'SELECT 1 AS one /* /* */ ; DROP TABLE entities; /* */ */' });
    expect(run?.status === 'ok' && run.kind === 'sql' && tableToRows(run.table)).toEqual([{ one: 1 }]);
    expect(sapporoPopulation()).toBe(1_966_735);
  });

  it('explains a PIVOT without listed values, which DuckDB runs as several statements', async () => {
    const run = await runCell(engine, { id: 'x', kind: 'sql', name: 'p', source: 'PIVOT entities ON entity_kind USING count(*)' });
    expect(run).toMatchObject({ status: 'error' });
    expect(run?.status === 'error' && run.message).toContain(NOT_ONE_QUERY_MESSAGE);
    expect(run?.status === 'error' && run.message).toContain('ON 列 IN');
    const listed = await runCell(engine, { id: 'x', kind: 'sql', name: 'p', source: "PIVOT (SELECT entity_kind FROM entities) ON entity_kind IN ('municipality', 'prefecture', 'area') USING count(*)" });
    expect(listed?.status === 'ok' && listed.kind === 'sql' && tableToRows(listed.table)).toEqual([{ municipality: 45, prefecture: 3, area: 2 }]);
  });

  it('reports a misspelt column with DuckDB’s own message about the user’s text', async () => {
    const run = await runCell(engine, { id: 'x', kind: 'sql', name: 'x', source: 'SELECT populaton FROM entities' });
    expect(run?.status === 'error' && run.message).toMatch(/populaton/);
    expect(run?.status === 'error' && run.message).not.toMatch(/DESCRIBE|query\(/);
  });
});

describe('a notebook that reads a table this workbench does not have', () => {
  it('says which table is missing and how to bring it in', async () => {
    const run = await runCell(engine, { id: 'x', kind: 'sql', name: 'joined', source: 'SELECT * FROM entities JOIN budget_2019 USING (lg_code)' });
    expect(run?.status === 'error' && run.message).toContain('表「budget_2019」がありません。');
    expect(run?.status === 'error' && run.message).toContain('ファイルを取り込む…');
  });
});

describe('a notebook’s results never replace the analyst’s own tables', () => {
  it('refuses a result name that an imported (or hand-made) table already has, and re-runs its own results freely', async () => {
    db.query("CREATE TABLE census AS SELECT '011002' AS code, 1966735 AS people");
    const clash = await runCell(engine, { id: 'x', kind: 'sql', name: 'census', source: 'SELECT 1 AS people' });
    expect(clash).toMatchObject({ status: 'error' });
    expect(clash?.status === 'error' && clash.message).toContain('すでにあります');
    expect(tableToRows(db.query('SELECT * FROM census'))).toEqual([{ code: '011002', people: 1_966_735 }]);
    for (let i = 0; i < 2; i++) {
      const own = await runCell(engine, { id: 'y', kind: 'sql', name: 'mine_result', source: `SELECT ${i} AS run` });
      expect(own?.status === 'ok' && own.kind === 'sql' && tableToRows(own.table)).toEqual([{ run: i }]);
    }
  });
});

describe('the engine is locked down after setup', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-lock-'));
  it.each([
    ['reading a file', "SELECT * FROM read_csv('/etc/passwd')"],
    ['writing a file', `COPY entities TO '${path.join(dir, 'leak.csv')}'`],
    ['attaching a database', `ATTACH '${path.join(dir, 'x.duckdb')}'`],
    ['turning extension autoload back on', 'SET autoload_known_extensions = true'],
    ['turning external access back on', 'SET enable_external_access = true'],
    ['unlocking the configuration', 'SET lock_configuration = false'],
  ])('refuses %s, even typed by hand in the SQL room', (_label, sql) => {
    expect(() => db.query(sql)).toThrow(/disabled by configuration|locked/);
    expect(existsSync(path.join(dir, 'leak.csv'))).toBe(false);
  });
});
