import { mkdtempSync, rmSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileOps } from '../../electron/notebooks/fileOps';
import { RecentList, RECENT_LIMIT } from '../../electron/notebooks/recent';

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kyosei-recent-'));
  clock = Date.parse('2026-11-27T10:00:00Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeList(): RecentList {
  return new RecentList(path.join(dir, 'recent-notebooks.json'), (ref) => path.join(dir, `${ref}.kynb.json`), nodeFileOps, () => new Date((clock += 1000)));
}
function makeFile(ref: string): void {
  writeFileSync(path.join(dir, `${ref}.kynb.json`), '{}');
}

describe('RecentList', () => {
  it('keeps the most recent first, without duplicates, at most 10', async () => {
    const list = makeList();
    for (let i = 1; i <= 12; i++) {
      makeFile(`nb${i}`);
      await list.touch(`nb${i}`, `ノート${i}`);
    }
    await list.touch('nb5', 'ノート5');
    const items = await list.list();
    expect(RECENT_LIMIT).toBe(10);
    expect(items.map((e) => e.ref)).toEqual(['nb5', 'nb12', 'nb11', 'nb10', 'nb9', 'nb8', 'nb7', 'nb6', 'nb4', 'nb3']);
    expect(items[0]).toEqual({ ref: 'nb5', title: 'ノート5', openedAt: '2026-11-27T10:00:13.000Z' });
  });

  it('prunes notebooks whose file is gone, and writes the pruned list back', async () => {
    const list = makeList();
    for (const ref of ['a', 'b', 'c']) {
      makeFile(ref);
      await list.touch(ref, ref);
    }
    unlinkSync(path.join(dir, 'b.kynb.json'));
    expect((await list.list()).map((e) => e.ref)).toEqual(['c', 'a']);
    const stored = JSON.parse(readFileSync(path.join(dir, 'recent-notebooks.json'), 'utf8')) as { items: { ref: string }[] };
    expect(stored.items.map((e) => e.ref)).toEqual(['c', 'a']);
  });

  it('a damaged list starts empty instead of blocking the app', async () => {
    writeFileSync(path.join(dir, 'recent-notebooks.json'), '{not json');
    const list = makeList();
    expect(await list.list()).toEqual([]);
    makeFile('x');
    expect((await list.touch('x', 'X')).map((e) => e.ref)).toEqual(['x']);
  });
});
