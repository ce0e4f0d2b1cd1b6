import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileOps, STALE_TEMP_MS, type FileOps } from '../../electron/notebooks/fileOps';
import { NotebookError } from '../../electron/notebooks/parse';
import { NotebookStore } from '../../electron/notebooks/store';
import { sampleNotebook } from './sampleNotebook';

const FIXED_NOW = new Date('2026-11-27T10:00:00.000Z');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kyosei-nb-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function openError(store: NotebookStore, file: string): Promise<NotebookError> {
  try {
    await store.open(file);
  } catch (e) {
    if (e instanceof NotebookError) return e;
    throw e;
  }
  throw new Error('open succeeded');
}

describe('NotebookStore', () => {
  it('round-trips: save then open gives the same notebook, updated time set at save', async () => {
    const store = new NotebookStore(nodeFileOps, () => FIXED_NOW);
    const file = path.join(dir, '北海道.kynb.json');
    const saved = await store.save(file, sampleNotebook());
    expect(saved.metadata.updated).toBe('2026-11-27T10:00:00.000Z');
    const opened = await store.open(file);
    expect(opened).toEqual({ ...sampleNotebook(), metadata: { ...sampleNotebook().metadata, updated: '2026-11-27T10:00:00.000Z' } });
    // Saving what was opened writes the same bytes: files diff only where the author changed something.
    const before = readFileSync(file, 'utf8');
    await store.save(file, opened);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['北海道.kynb.json']);
  });

  it('a crash between write and rename leaves the original intact and no half-written notebook under the real name', async () => {
    const file = path.join(dir, 'plan.kynb.json');
    await new NotebookStore().save(file, sampleNotebook());
    const original = readFileSync(file, 'utf8');

    let tempWritten = '';
    const crashing: FileOps = {
      ...nodeFileOps,
      async writeNewSynced(tmp, text) {
        await nodeFileOps.writeNewSynced(tmp, text);
        tempWritten = tmp;
      },
      async rename() {
        throw Object.assign(new Error('simulated power loss'), { code: 'EIO' });
      },
    };
    const changed = sampleNotebook();
    changed.cells.push({ id: 'c5', kind: 'markdown', source: '追記' });
    const error = await new NotebookStore(crashing).save(file, changed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotebookError);
    expect((error as NotebookError).message).toBe('ノートブック「plan.kynb.json」を保存できませんでした (EIO)。元のファイルはそのままです。');
    expect(path.dirname(tempWritten)).toBe(dir);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['plan.kynb.json']);
  });

  it('a process killed after writing the temp file: the real name still holds the old notebook; a later save clears the leftover once it is stale', async () => {
    const file = path.join(dir, 'plan.kynb.json');
    const store = new NotebookStore();
    await store.save(file, sampleNotebook());
    // What a kill -9 between fsync and rename leaves behind: a complete temp file next to the old one.
    const killed: FileOps = {
      ...nodeFileOps,
      rename: () => new Promise<never>(() => undefined),
    };
    void new NotebookStore(killed).save(file, { ...sampleNotebook(), cells: [] });
    await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    expect((await store.open(file)).cells).toHaveLength(4);

    // A fresh temp file may be another save's, still being written: it stays.
    await store.save(file, sampleNotebook());
    const leftover = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    expect(leftover).toHaveLength(1);
    const stale = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    utimesSync(path.join(dir, leftover[0]), stale, stale);
    await store.save(file, sampleNotebook());
    expect(readdirSync(dir)).toEqual(['plan.kynb.json']);
  });

  it('a corrupt file gives a clear Japanese error and is never overwritten', async () => {
    const file = path.join(dir, 'broken.kynb.json');
    const text = '{"format": "kyosei-notebook", "version": 1, "cells": [';
    writeFileSync(file, text);
    const store = new NotebookStore();
    const e = await openError(store, file);
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^ノートブック「broken\.kynb\.json」は壊れています（JSON として読めません）。ファイルは変更していません。/);
    await expect(store.save(file, sampleNotebook())).rejects.toThrow('「broken.kynb.json」は開けないファイルのため上書きしません（壊れているか別の形式）。別の名前で保存してください。');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a file from a newer version is refused with the version message and never overwritten', async () => {
    const file = path.join(dir, 'future.kynb.json');
    const text = JSON.stringify({ ...sampleNotebook(), version: 2, cells: [{ id: 'x', kind: 'python', source: 'print(1)' }] }, null, 2);
    writeFileSync(file, text);
    const store = new NotebookStore();
    const e = await openError(store, file);
    expect(e.code).toBe('newer-version');
    expect(e.message).toBe('新しいバージョンのワークベンチで作成されたノートブックです（ファイルの形式 2、このワークベンチは 1 まで）。ワークベンチを更新してから開いてください。ファイルは変更していません。');
    await expect(store.save(file, sampleNotebook())).rejects.toThrow(/新しいバージョンの形式/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('an invalid notebook names the bad field; a missing file says so', async () => {
    const file = path.join(dir, 'bad.kynb.json');
    const nb = sampleNotebook() as unknown as { cells: Record<string, unknown>[] };
    nb.cells[3].input = 'later';
    writeFileSync(file, JSON.stringify(nb));
    const store = new NotebookStore();
    const e = await openError(store, file);
    expect(e.code).toBe('invalid');
    expect(e.issues.map((i) => i.path)).toEqual(['cells[3].input']);
    expect((await openError(store, path.join(dir, 'gone.kynb.json'))).message).toBe(
      'ノートブック「gone.kynb.json」が見つかりません。移動または削除された可能性があります。',
    );
  });
});
