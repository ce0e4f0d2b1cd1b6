import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { sqlErrorPosition, sqlErrorSummary } from '../../../renderer/sql/sqlError';

/** Real DuckDB messages, from the same engine build the app runs. */
describe('DuckDB error positions', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
    db.query('CREATE TABLE entities (entity_id VARCHAR, aging_rate DOUBLE)');
  });
  afterAll(() => db?.close());

  const messageOf = (sql: string) => {
    try {
      db.query(sql);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error(`expected an error from ${sql}`);
  };

  it('points at an unknown column', () => {
    const sql = 'SELECT entity_id, no_such_column FROM entities';
    const message = messageOf(sql);
    expect(sqlErrorPosition(message, sql)).toEqual({ offset: 18, line: 1, column: 19 });
    expect(sqlErrorSummary(message)).toMatch(/^Binder Error: Referenced column "no_such_column" not found/);
  });

  it('points at a syntax error on a later line', () => {
    // DuckDB reads FORM as an alias, so the error is at the word after it.
    const sql = 'SELECT entity_id\nFORM entities';
    const position = sqlErrorPosition(messageOf(sql), sql);
    expect(position).toEqual({ offset: 22, line: 2, column: 6 });
    expect(sql.slice(position!.offset, position!.offset + 8)).toBe('entities');
  });

  it('maps the caret back when DuckDB cuts a long line with "..."', () => {
    const sql = `SELECT ${Array.from({ length: 40 }, (_, i) => `aging_rate AS a${i}`).join(', ')}, missing_col FROM entities`;
    const position = sqlErrorPosition(messageOf(sql), sql);
    expect(position).not.toBeNull();
    expect(sql.slice(position!.offset, position!.offset + 11)).toBe('missing_col');
  });

  it('returns null when the message has no position', () => {
    expect(sqlErrorPosition('Catalog Error: Table with name x does not exist!', 'SELECT * FROM x')).toBeNull();
  });
});
