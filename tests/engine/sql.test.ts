import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { corpusToIpc } from '../../electron/arrow/toArrow.js';
import { TABLE_COLUMNS } from '../../electron/arrow/schema.js';
import { loadCorpora } from '../../electron/engine/loadCorpora.js';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb.js';
import { runSql } from '../../electron/cli/sqlCommand.js';
import { tableToRows } from '../../common/arrowAdapters.js';
import { bundled, seedLines } from '../corpus/seed.js';
import { parseCorpusText } from '../../electron/corpus/parseCorpus.js';

let db: NodeDuckDb;
const rows = (sql: string) => tableToRows(db.query(sql));

beforeAll(async () => {
  db = await openNodeDuckDb();
  loadCorpora(db, [bundled()]);
});
afterAll(() => db.close());

describe('the corpus in DuckDB (duckdb-wasm, loaded from Arrow IPC bytes)', () => {
  it('has every table and column of the contract, typed', () => {
    const expected: Record<string, string> = { text: 'VARCHAR', int: 'INTEGER', double: 'DOUBLE', bool: 'BOOLEAN' };
    for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
      const described = rows(`DESCRIBE ${table}`).map((r) => [r.column_name, r.column_type]);
      expect(described, table).toEqual(Object.entries(columns).map(([c, kind]) => [c, expected[kind]]));
    }
  });

  it('answers the analyst\'s first question: records running 多機関 by prefecture', () => {
    const r = rows('SELECT prefecture, count(*) AS n FROM entities WHERE runs_takikan GROUP BY 1 ORDER BY 2 DESC, 1');
    const expected = new Map<string, number>();
    for (const e of bundled().entities) if (e.runs_takikan) expected.set(e.prefecture, (expected.get(e.prefecture) ?? 0) + 1);
    expect(r).toEqual([...expected].map(([prefecture, n]) => ({ prefecture, n })).sort((a, b) => b.n - a.n || a.prefecture.localeCompare(b.prefecture)));
    expect(r[0]).toEqual({ prefecture: '東京都', n: 7 });
  });

  it('accounts for every line', () => {
    expect(rows("SELECT count(*) AS n FROM lines WHERE used_by IS NULL AND trim(text) <> ''")).toEqual([{ n: 0 }]);
    expect(rows('SELECT count(*) AS n, max(line_no) AS last FROM lines')).toEqual([{ n: 5188, last: 5188 }]);
  });

  it('keeps values typed: integers, doubles, booleans and NULLs', () => {
    expect(rows("SELECT population, aging_rate, welfare_rate_permille, runs_chiiki, association_rate FROM entities WHERE entity_id IN ('北海道 札幌市', '北海道 音威子府村') ORDER BY population DESC")).toEqual([
      { population: 1966735, aging_rate: 26.7, welfare_rate_permille: 37, runs_chiiki: true, association_rate: 70.26 },
      { population: 763, aging_rate: 29.2, welfare_rate_permille: 1, runs_chiiki: true, association_rate: null },
    ]);
  });

  it('round-trips a table through IPC bytes unchanged', () => {
    const parsed = bundled();
    const ipc = corpusToIpc(parsed).find((t) => t.name === 'entities')!.ipc;
    const table = tableFromIPC(ipc);
    expect(table.numRows).toBe(50);
    expect(table.getChild('population')!.get(0)).toBe(1966735);
  });

  it('loads two corpora side by side, told apart by the corpus column', async () => {
    const two = await openNodeDuckDb();
    try {
      loadCorpora(two, [bundled(), parseCorpusText(seedLines.slice(0, 255).join('\n'), 'other-year.txt')]);
      expect(tableToRows(two.query('SELECT corpus, count(*) AS n FROM entities GROUP BY 1 ORDER BY 1'))).toEqual([
        { corpus: '000_28d5abefee45edbb.txt', n: 50 },
        { corpus: 'other-year.txt', n: 2 },
      ]);
    } finally {
      two.close();
    }
  });
});

describe('npm run sql', () => {
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runSql(argv, (s) => (out += s), (s) => (err += s));
    return { code, out, err };
  };

  it('prints one JSON array and nothing else with --format json', async () => {
    const r = await run('SELECT count(*) AS n FROM entities', '--format', 'json');
    expect(r).toEqual({ code: 0, out: '[{"n":50}]\n', err: '' });
  });

  it('prints CSV', async () => {
    const r = await run("SELECT entity_id, population FROM entities WHERE municipality = '京極町'", '--format', 'csv');
    expect(r.out).toBe('entity_id,population\n北海道 京極町,3042\n');
  });

  it('prints DuckDB\'s message and exits non-zero on a SQL error, without a stack trace', async () => {
    const r = await run('SELEC 1');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^\n');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('names a missing corpus file', async () => {
    const r = await run('SELECT 1', '--corpus', '/nonexistent/x.txt');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\/nonexistent\/x\.txt: ファイルが見つかりません/);
  });
});
