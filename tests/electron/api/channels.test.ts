import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiChannels } from '../../../electron/api/channels';
import { dispatch } from '../../../electron/api/dispatch';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import { TABLE_NAMES } from '../../../electron/corpus/types';
import { decodeCorpusBundle } from '../../../common/corpusBundle';

describe('API channels over the real corpus', () => {
  let dataDir: string;
  const load = vi.fn(loadCorpusFile);
  let api: ReturnType<typeof createApiChannels>;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-api-'));
    api = createApiChannels({ corpusPath: DEFAULT_CORPUS_PATH, dataDir, loadCorpus: load });
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('corpus.info names the file and counts its lines and records', async () => {
    const r = await dispatch(api, 'corpus.info', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const info = r.value as Awaited<ReturnType<(typeof api)['corpus.info']['run']>>;
    expect(info.file).toBe('000_28d5abefee45edbb.txt');
    expect(info.lines).toBe(readFileSync(DEFAULT_CORPUS_PATH, 'utf8').split(/\r\n|\r|\n/).filter((_, i, a) => i < a.length - 1 || a[i] !== '').length);
    expect(info.entities).toBe(50);
    expect(info.tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
  });

  it('corpus.table sends Arrow bytes that decode to the real rows', async () => {
    const r = await dispatch(api, 'corpus.table', { name: 'entities' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toBeInstanceOf(Uint8Array);
    const table = tableFromIPC(r.value as Uint8Array);
    expect(table.numRows).toBe(50);
    const ids = table.getChild('entity_id')!.toArray() as string[];
    const i = ids.indexOf('北海道 京極町');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(table.getChild('population')!.get(i)).toBe(3042);
  });

  it('corpus.bundle sends the summary and every table in one Arrow stream, each table as corpus.table sends it', async () => {
    const r = await dispatch(api, 'corpus.bundle', {});
    if (!r.ok) throw new Error(r.error.message);
    const bundle = decodeCorpusBundle(r.value as Uint8Array);
    expect(bundle.info.file).toBe('000_28d5abefee45edbb.txt');
    expect(bundle.info.entities).toBe(50);
    expect(bundle.tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    const entities = tableFromIPC(bundle.tables.find((t) => t.name === 'entities')!.ipc);
    const ids = entities.getChild('entity_id')!.toArray() as string[];
    expect(entities.getChild('population')!.get(ids.indexOf('北海道 札幌市'))).toBe(1_966_735);
    for (const t of bundle.tables) {
      const alone = await dispatch(api, 'corpus.table', { name: t.name });
      expect(alone.ok && Buffer.from(t.ipc).equals(alone.value as Uint8Array)).toBe(true);
    }
    expect(await dispatch(api, 'corpus.bundle', { name: 'entities' })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('parses the corpus once for all calls', async () => {
    await dispatch(api, 'corpus.tables', {});
    await dispatch(api, 'corpus.table', { name: 'lines' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('returns invalid arguments and unknown channels as values', async () => {
    expect(await dispatch(api, 'corpus.table', { name: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await dispatch(api, 'corpus.info', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_args', message: 'args.extra: 不明な引数です' } });
    expect(await dispatch(api, 'history.add', { sql: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    expect(await dispatch(api, 'toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatch(api, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('keeps SQL history in the data dir', async () => {
    await dispatch(api, 'history.add', { sql: 'SELECT 1' });
    const r = await dispatch(api, 'history.list', {});
    expect(r).toMatchObject({ ok: true, value: [{ sql: 'SELECT 1' }] });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'sql-history.json'), 'utf8'))[0].sql).toBe('SELECT 1');
  });

  it('reports a corpus that cannot be read as an error value, and retries next time', async () => {
    const broken = createApiChannels({ corpusPath: path.join(dataDir, 'missing.txt'), dataDir, loadCorpus: loadCorpusFile });
    const r = await dispatch(broken, 'corpus.info', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'failed' } });
    if (!r.ok) expect(r.error.message).toContain('ファイルが見つかりません');
  });

  it('the preload lists exactly the registry’s channels', () => {
    const preload = readFileSync(path.resolve('electron/preload/preload.cts'), 'utf8');
    const listed = [...preload.matchAll(/^\s+'([\w.]+)',$/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(api).sort());
  });
});
