import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { notebookChannels } from '../../electron/notebooks/channels';
import { NOTEBOOK_EXAMPLES_DIR } from '../../electron/notebooks/channels';
import { createNotebookService } from '../../electron/notebooks/service';
import { sampleNotebook } from './sampleNotebook';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-svc-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('notebook service (browser mode: notebooks by name in the data folder)', () => {
  it('saves as a Japanese name, lists it, reopens it from Recent', async () => {
    const svc = createNotebookService({ dataDir, examplesDir: NOTEBOOK_EXAMPLES_DIR });
    const saved = await svc.saveAs(sampleNotebook(), '北海道 来年度用', false);
    expect(saved?.ref).toBe('北海道 来年度用');
    expect(readdirSync(path.join(dataDir, 'notebooks'))).toEqual(['北海道 来年度用.kynb.json']);
    expect((await svc.recent()).map((e) => [e.ref, e.title])).toEqual([['北海道 来年度用', '北海道の市町村 2018']]);
    const again = await svc.open('北海道 来年度用');
    expect(again.notebook.cells.map((c) => c.kind)).toEqual(['markdown', 'sql', 'pivot', 'chart']);
    await expect(svc.saveAs(sampleNotebook(), '北海道 来年度用', false)).rejects.toThrow('すでにあります');
  });

  it('never lets the client name a path', async () => {
    const svc = createNotebookService({ dataDir, examplesDir: NOTEBOOK_EXAMPLES_DIR });
    for (const bad of ['../escape', '/etc/passwd', '..', '.hidden', 'a\\b', 'C:x', 'con']) {
      await expect(svc.saveAs(sampleNotebook(), bad, true)).rejects.toThrow(/名前に使えません/);
      await expect(svc.open(bad)).rejects.toThrow(/名前に使えません|選ばれていません/);
    }
    expect(existsSync(path.join(dataDir, '..', 'escape.kynb.json'))).toBe(false);
  });

  it('reports first start once, and offers an autosave of an unsaved notebook after a restart', async () => {
    const svc = createNotebookService({ dataDir, examplesDir: NOTEBOOK_EXAMPLES_DIR });
    expect((await svc.startup()).firstStart).toBe(true);
    await svc.autosave(null, 'tab-1', sampleNotebook());
    const restarted = createNotebookService({ dataDir, examplesDir: NOTEBOOK_EXAMPLES_DIR });
    const s = await restarted.startup();
    expect(s.firstStart).toBe(false);
    expect(s.recovery.map((r) => r.notebook.metadata.title)).toEqual(['北海道の市町村 2018']);
  });

  it('loads the five shipped examples, the first being attainment vs aging rate', async () => {
    const svc = createNotebookService({ dataDir, examplesDir: NOTEBOOK_EXAMPLES_DIR });
    const examples = await svc.examples();
    expect(examples.map((e) => e.title)).toEqual(['達成率と高齢化率', '都道府県別の実施事業', '生活保護受給率の単位の異常', '年度の比較', 'テーマ別の記述（都道府県別）']);
  });
});

describe('notebook channels', () => {
  it('validate arguments and return errors as values naming the bad field', async () => {
    const channels = notebookChannels({ dataDir });
    const bad = { ...sampleNotebook(), cells: [{ id: 'x', kind: 'sql', name: 'n', source: 1 }] };
    const r = await dispatch(channels, 'notebook.saveAs', { name: 'x', notebook: bad });
    expect(r).toEqual({ ok: false, error: { code: 'invalid_args', message: 'args.notebook: ノートブックの内容が不正です\nargs.notebook.cells[0].source: 文字列である必要があります (must be a string)' } });
    const ok = await dispatch(channels, 'notebook.saveAs', { name: '練習', notebook: sampleNotebook() });
    expect(ok.ok).toBe(true);
    const opened = await dispatch(channels, 'notebook.open', { ref: '練習' });
    expect(opened.ok && (opened.value as { notebook: { metadata: { title: string } } }).notebook.metadata.title).toBe('北海道の市町村 2018');
    const missing = await dispatch(channels, 'notebook.open', { ref: 'ない' });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: 'ノートブック「ない.kynb.json」が見つかりません。移動または削除された可能性があります。' } });
  });
});
