import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToRows } from '../../../common/arrowAdapters';
import { loadCorpora } from '../../../electron/engine/loadCorpora';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { trackActivity } from '../../../renderer/engine/activity';
import { bundled } from '../../corpus/seed';

describe('engine activity (the header’s 実行中)', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
    loadCorpora(db, [bundled()]);
  });
  afterAll(() => db?.close());

  it('counts queries in flight from every room and is idle again after results and errors', async () => {
    // Each query waits for the test to release it, so both are in flight together.
    const gates: (() => void)[] = [];
    const activity = trackActivity({ query: (sql) => new Promise((resolve) => gates.push(() => resolve(undefined))).then(() => db.query(sql)) });
    const seen: number[] = [];
    activity.subscribe((n) => seen.push(n));
    const first = activity.engine.query('SELECT count(*) AS n FROM entities');
    const second = activity.engine.query('SELECT no_such_column FROM entities');
    expect(activity.running()).toBe(2);
    gates.forEach((release) => release());
    expect(tableToRows(await first)).toEqual([{ n: 50 }]);
    await expect(second).rejects.toThrow(/no_such_column/);
    expect(activity.running()).toBe(0);
    expect(seen).toEqual([1, 2, 1, 0]);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const activity = trackActivity({ query: async (sql) => db.query(sql) });
    const seen: number[] = [];
    const unsubscribe = activity.subscribe((n) => seen.push(n));
    await activity.engine.query('SELECT 1');
    unsubscribe();
    await activity.engine.query('SELECT 1');
    expect(seen).toEqual([1, 0]);
  });
});
