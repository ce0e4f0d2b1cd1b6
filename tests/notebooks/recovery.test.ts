import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileOps } from '../../electron/notebooks/fileOps';
import { RecoveryStore } from '../../electron/notebooks/recovery';
import { NotebookStore } from '../../electron/notebooks/store';
import { sampleNotebook } from './sampleNotebook';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kyosei-recovery-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const locate = (ref: string) => path.join(dir, `${ref}.kynb.json`);

describe('RecoveryStore', () => {
  it('offers an autosaved copy newer than the saved file after a crash, and drops one older than it', async () => {
    await new NotebookStore().save(locate('plan'), sampleNotebook());
    const savedAt = new Date('2026-11-27T10:00:00Z');
    utimesSync(locate('plan'), savedAt, savedAt);

    const edited = sampleNotebook();
    edited.cells.push({ id: 'c5', kind: 'markdown', source: '保存前に落ちた追記' });
    const recovery = new RecoveryStore(path.join(dir, 'recovery'), locate, nodeFileOps, () => new Date('2026-11-27T10:05:00Z'));
    await recovery.autosave('plan', 'win-1', edited);

    // The app restarts: a new store over the same folder finds the copy.
    const pending = await new RecoveryStore(path.join(dir, 'recovery'), locate).pending();
    expect(pending).toHaveLength(1);
    expect(pending[0].ref).toBe('plan');
    expect(pending[0].autosavedAt).toBe('2026-11-27T10:05:00.000Z');
    expect(pending[0].notebook.cells.at(-1)).toEqual({ id: 'c5', kind: 'markdown', source: '保存前に落ちた追記' });

    // Saved afterwards (file newer than the copy): nothing to offer, and the stale copy is removed.
    const later = new Date('2026-11-27T10:10:00Z');
    utimesSync(locate('plan'), later, later);
    expect(await recovery.pending()).toEqual([]);
    expect(readdirSync(path.join(dir, 'recovery'))).toEqual([]);
  });

  it('keeps an unsaved notebook per window session until discarded', async () => {
    const recovery = new RecoveryStore(path.join(dir, 'recovery'), locate);
    const key = await recovery.autosave(null, 'win-2', sampleNotebook());
    const pending = await recovery.pending();
    expect(pending.map((p) => [p.key, p.ref, p.notebook.metadata.title])).toEqual([[key, null, '北海道の市町村 2018']]);
    await recovery.discard(key);
    expect(await recovery.pending()).toEqual([]);
  });
});
