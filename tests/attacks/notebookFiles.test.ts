import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { notebookChannels } from '../../electron/notebooks/channels';
import { MAX_CELLS, MAX_NOTEBOOK_CHARS, type Notebook } from '../../common/notebookFormat';
import { checkNotebookName, MAX_NAME_BYTES } from '../../electron/notebooks/names';
import { NotebookError, parseNotebookText } from '../../electron/notebooks/parse';
import { NotebookStore } from '../../electron/notebooks/store';
import { httpStatusOf } from '../../common/result';
import { sampleNotebook } from '../notebooks/sampleNotebook';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kyosei-attack-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function titled(title: string): Notebook {
  const nb = sampleNotebook();
  return { ...nb, metadata: { ...nb.metadata, title } };
}

describe('saving one notebook twice at once', () => {
  it('queues the saves: both succeed, the file holds one of them whole, no temp file is left', async () => {
    const file = path.join(dir, 'plan.kynb.json');
    const store = new NotebookStore();
    const saves = Array.from({ length: 8 }, (_, i) => store.save(file, titled(`版 ${i}`)));
    const results = await Promise.allSettled(saves);
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('fulfilled'));
    expect((await store.open(file)).metadata.title).toBe('版 7');
    expect(readdirSync(dir)).toEqual(['plan.kynb.json']);
  });

  it('two stores (two windows) saving the same file do not delete each other’s temp files', async () => {
    const file = path.join(dir, 'plan.kynb.json');
    const a = new NotebookStore();
    const b = new NotebookStore();
    const results = await Promise.allSettled([a.save(file, titled('A')), b.save(file, titled('B')), a.save(file, titled('A2')), b.save(file, titled('B2'))]);
    expect(results.map((r) => r.status)).toEqual(Array(4).fill('fulfilled'));
    expect(['A2', 'B2']).toContain((await a.open(file)).metadata.title);
  });
});

describe('kill -9 during a save', () => {
  it('leaves the old notebook or the new one under the real name, never a broken file', async () => {
    const file = path.join(dir, 'plan.kynb.json');
    await new NotebookStore().save(file, titled('元の版'));
    const script = `
      import { NotebookStore } from ${JSON.stringify(path.resolve('electron/notebooks/store.ts'))};
      const nb = JSON.parse(process.argv[1]);
      const store = new NotebookStore();
      let i = 0;
      process.stdout.write('ready\\n');
      for (;;) await store.save(process.argv[2], { ...nb, metadata: { ...nb.metadata, title: '新しい版 ' + i++ } });
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(titled('x')), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    // Let it save many times, then kill it wherever it is.
    const before = statSync(file).mtimeMs;
    await expect.poll(() => statSync(file).mtimeMs, { timeout: 30_000 }).not.toBe(before);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const opened = await new NotebookStore().open(file);
    expect(opened.metadata.title).toMatch(/^(元の版|新しい版 \d+)$/);
    expect(opened.cells).toHaveLength(4);
  });
});

describe('names', () => {
  it('are counted in bytes: 75 kanji fit, 80 would pass a character count but not the file system', async () => {
    expect(checkNotebookName('漢'.repeat(Math.floor(MAX_NAME_BYTES / 3)))).toHaveLength(Math.floor(MAX_NAME_BYTES / 3));
    expect(() => checkNotebookName('漢'.repeat(80))).toThrow(/バイト/);
    const channels = notebookChannels({ dataDir: dir });
    const saved = await dispatch(channels, 'notebook.saveAs', { name: '漢'.repeat(Math.floor(MAX_NAME_BYTES / 3)), notebook: sampleNotebook(), overwrite: false });
    expect(saved.ok).toBe(true);
    const refused = await dispatch(channels, 'notebook.saveAs', { name: '漢'.repeat(80), notebook: sampleNotebook(), overwrite: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('lose their bidirectional controls, so a name cannot pose as another', () => {
    expect(checkNotebookName('報告\u202Enosj.bnyk')).toBe('報告nosj.bnyk');
    expect(checkNotebookName('\u2066計画\u2069')).toBe('計画');
  });
});

describe('size', () => {
  it('a notebook with more cells than the page can draw is refused on open, with a message', () => {
    const nb = { ...sampleNotebook(), cells: Array.from({ length: MAX_CELLS + 1 }, (_, i) => ({ id: `m${i}`, kind: 'markdown', source: 'x' })) };
    expect(() => parseNotebookText(JSON.stringify(nb), 'big')).toThrow(/セルが 1,001 個/);
  });

  it('a file past the size limit is refused on open before it is parsed, and a save that large is refused before writing', async () => {
    const file = path.join(dir, 'huge.kynb.json');
    writeFileSync(file, ' '.repeat(MAX_NOTEBOOK_CHARS + 1));
    const store = new NotebookStore();
    await expect(store.open(file)).rejects.toMatchObject({ code: 'too-large' });
    const nb = { ...sampleNotebook(), cells: [{ id: 'm', kind: 'markdown' as const, source: 'あ'.repeat(MAX_NOTEBOOK_CHARS) }] };
    const target = path.join(dir, 'new.kynb.json');
    await expect(store.save(target, nb)).rejects.toBeInstanceOf(NotebookError);
    expect(readdirSync(dir)).toEqual(['huge.kynb.json']);
  });
});

describe('the data folder belongs to the user alone', () => {
  it('notebooks are written 0600 in folders made 0700', async () => {
    const channels = notebookChannels({ dataDir: path.join(dir, 'data') });
    await dispatch(channels, 'notebook.saveAs', { name: '計画', notebook: sampleNotebook(), overwrite: false });
    expect(statSync(path.join(dir, 'data', 'notebooks')).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, 'data', 'notebooks', '計画.kynb.json')).mode & 0o777).toBe(0o600);
  });
});

describe('user errors are 4xx, not server faults', () => {
  it('a missing notebook is 404 and a bad name 422', async () => {
    const channels = notebookChannels({ dataDir: dir });
    const missing = await dispatch(channels, 'notebook.open', { ref: 'ない' });
    const badName = await dispatch(channels, 'notebook.saveAs', { name: '漢'.repeat(80), notebook: sampleNotebook(), overwrite: false });
    expect(!missing.ok && httpStatusOf(missing.error.code)).toBe(404);
    expect(!badName.ok && httpStatusOf(badName.error.code)).toBe(422);
  });
});
