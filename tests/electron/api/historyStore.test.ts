import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, HistoryStore } from '../../../electron/api/historyStore';

describe('SQL history store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kyosei-history-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps queries across restarts, newest first, without duplicates', async () => {
    const file = path.join(dir, 'sub', 'sql-history.json');
    const first = new HistoryStore(file);
    await first.add('SELECT 1', new Date('2026-01-01T00:00:00Z'));
    await first.add('SELECT count(*) FROM entities', new Date('2026-01-02T00:00:00Z'));
    await first.add('  SELECT 1  ', new Date('2026-01-03T00:00:00Z'));
    const reopened = new HistoryStore(file);
    expect(reopened.list()).toEqual([
      { sql: 'SELECT 1', ranAt: '2026-01-03T00:00:00.000Z' },
      { sql: 'SELECT count(*) FROM entities', ranAt: '2026-01-02T00:00:00.000Z' },
    ]);
  });

  it('ignores blank queries and keeps at most the limit', async () => {
    const store = new HistoryStore(path.join(dir, 'h.json'));
    expect(await store.add('   ')).toEqual([]);
    // Added without waiting, as quick runs do: none may be lost to another's read-modify-write.
    await Promise.all(Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => store.add(`SELECT ${i}`)));
    const list = store.list();
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0].sql).toBe(`SELECT ${HISTORY_LIMIT + 4}`);
  });

  it('reads a damaged file as empty and writes a good one over it', async () => {
    const file = path.join(dir, 'h.json');
    writeFileSync(file, '{"not": "a list"');
    const store = new HistoryStore(file);
    expect(store.list()).toEqual([]);
    await store.add('SELECT 2');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(1);
    expect(await store.clear()).toEqual([]);
    expect(store.list()).toEqual([]);
  });
});
