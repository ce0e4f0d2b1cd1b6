import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { notebookChannels } from '../../electron/notebooks/channels';
import { MAX_NOTEBOOK_CHARS, type Notebook } from '../../common/notebookFormat';
import { httpStatusOf } from '../../common/result';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kyosei-opentext-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const example = readFileSync(path.join(import.meta.dirname, '../../data/two-years.kynb.json'), 'utf8');

describe('a notebook file the user picked or dropped in the page (notebook.openText)', () => {
  it('is read with the same checks as a saved one and stored nowhere', async () => {
    const opened = await dispatch(notebookChannels({ dataDir: dir }), 'notebook.openText', { name: 'two-years.kynb.json', text: example });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { notebook } = opened.value as { notebook: Notebook };
    expect(notebook.metadata.title).toBe(JSON.parse(example).metadata.title);
    expect(notebook.cells.map((c) => c.kind)).toEqual(JSON.parse(example).cells.map((c: { kind: string }) => c.kind));
    expect(readdirSync(dir).filter((f) => f.endsWith('.kynb.json'))).toEqual([]);
  });

  it('says what is wrong with a file that is not a notebook, naming the file', async () => {
    const channels = notebookChannels({ dataDir: dir });
    const broken = await dispatch(channels, 'notebook.openText', { name: '予算.json', text: '{"format": "kyosei-notebook", ' });
    const other = await dispatch(channels, 'notebook.openText', { name: 'package.json', text: '{"name": "x"}' });
    expect(!broken.ok && broken.error.message).toContain('ノートブック「予算.json」は壊れています');
    expect(!other.ok && other.error.message).toContain('「package.json」は共生ワークベンチのノートブックではありません');
    expect(!other.ok && httpStatusOf(other.error.code)).toBe(422);
  });

  it('refuses text past the notebook size limit and a name that is not a string', async () => {
    const channels = notebookChannels({ dataDir: dir });
    const big = await dispatch(channels, 'notebook.openText', { name: 'big.json', text: 'x'.repeat(MAX_NOTEBOOK_CHARS + 1) });
    const badName = await dispatch(channels, 'notebook.openText', { name: 42, text: example });
    expect(big.ok).toBe(false);
    expect(!badName.ok && badName.error.code).toBe('invalid_args');
  });
});
