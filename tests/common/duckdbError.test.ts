import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readableDuckDbError } from '../../common/duckdbError';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb';
import { sqlErrorPosition, sqlErrorSummary } from '../../renderer/sql/sqlError';

/** What duckdb-wasm's browser worker threw for this SQL (captured from the SQL room). */
const BROWSER_SQL = 'SELECT entity_id\nFROM entities WHERE';
const BROWSER_MESSAGE = '{"exception_type":"Parser","exception_message":"syntax error at end of input","error_subtype":"SYNTAX_ERROR","position":"36"}';

describe('readableDuckDbError', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
  });
  afterAll(() => db?.close());
  const nodeMessageOf = (sql: string) => {
    try {
      db.query(sql);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error(`expected an error from ${sql}`);
  };

  it('turns the browser worker’s JSON parser error into DuckDB’s text, with the place marked', () => {
    const text = readableDuckDbError(BROWSER_MESSAGE, BROWSER_SQL);
    expect(text).toBe('Parser Error: syntax error at end of input\n\nLINE 2: FROM entities WHERE\n                           ^');
    expect(sqlErrorSummary(text)).toBe('Parser Error: syntax error at end of input');
    expect(sqlErrorPosition(text, BROWSER_SQL)).toEqual({ offset: 36, line: 2, column: 20 });
  });

  it('points into a long line cut with "..." so the editor still finds the place', () => {
    const sql = `SELECT ${Array.from({ length: 30 }, (_, i) => `a${i}`).join(', ')} FORM entities WHERE`;
    const offset = sql.indexOf('entities');
    const json = JSON.stringify({ exception_type: 'Parser', exception_message: 'syntax error at or near "entities"', position: String(offset) });
    const text = readableDuckDbError(json, sql);
    expect(text).toMatch(/\nLINE 1: \.\.\./);
    expect(sqlErrorPosition(text, sql)?.offset).toBe(offset);
  });

  it('keeps a JSON error without a position as one sentence', () => {
    expect(readableDuckDbError('{"exception_type":"Catalog","exception_message":"Table with name x does not exist!"}', 'SELECT * FROM x')).toBe(
      'Catalog Error: Table with name x does not exist!',
    );
  });

  it('prints the LINE block once when DuckDB repeats it', () => {
    const message = nodeMessageOf('SELEC 1');
    expect(message.split('LINE 1: SELEC 1').length - 1).toBe(2);
    expect(readableDuckDbError(message, 'SELEC 1')).toBe('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^');
  });

  it('leaves a good binder error as it is', () => {
    const message = nodeMessageOf('SELECT no_such_column FROM range(1)');
    expect(readableDuckDbError(message, 'SELECT no_such_column FROM range(1)')).toBe(message);
  });

  it('leaves text that is not DuckDB JSON as it is', () => {
    expect(readableDuckDbError('{not json', 'x')).toBe('{not json');
  });
});
