/** Curations through the API as the workbench makes them: stored beside the notebooks, applied on every load, checked. */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurationListing, CurationRequest } from '../../common/curations';
import { createApiChannels } from '../../electron/api/channels';
import { dispatch } from '../../electron/api/dispatch';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus';

const CORPUS = '000_28d5abefee45edbb.txt';
const parsed = loadCorpusFile(DEFAULT_CORPUS_PATH);
/** 天童市's 相談支援回数: 855回 (91世帯 × 9.4回) ↔ 482回 in nine months, which the rules rate low. */
const tendo: CurationRequest = {
  action: 'correct', entity_id: '山形県 天童市', target_line: 2011, result_line: 2019, extracted: { target: 855, result: 482 },
  pair: { program: '多機関協働事業', indicator: '相談支援回数 (12か月換算)', target: 855, target_unit: '回', result: 643, result_unit: '回' },
  note: '9か月分を12か月に換算: 482 ÷ 9 × 12', who: '評価者A',
};

let dataDir: string;
const load = vi.fn(loadCorpusFile);
const apiOn = (dir: string) => createApiChannels({ corpusPath: DEFAULT_CORPUS_PATH, dataDir: dir, loadCorpus: load });
async function call<T>(api: ReturnType<typeof apiOn>, name: string, args: unknown): Promise<T> {
  const r = await dispatch(api, name, args);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
async function attainment(api: ReturnType<typeof apiOn>) {
  const table = tableFromIPC(await call<Uint8Array>(api, 'corpus.table', { name: 'attainment' }));
  return table.toArray().map((r) => r.toJSON() as Record<string, unknown>);
}
const tendoRows = (rows: Record<string, unknown>[]) => rows.filter((r) => r.entity_id === '山形県 天童市' && r.target_line === 2011 && r.result_line === 2019);

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-curations-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('curations in the workbench', () => {
  it('a correction of 天童市 855回 ↔ 482回 is stored 0600 in a 0700 folder, applied at once, and survives a restart and a re-parse', async () => {
    const api = apiOn(dataDir);
    expect(tendoRows(await attainment(api))).toMatchObject([{ ratio: 0.564, confidence: 'low', method: 'extracted' }]);
    const listing = await call<CurationListing>(api, 'curations.add', { corpus: CORPUS, curation: tendo });
    expect(listing.curations).toMatchObject([{ action: 'correct', status: 'applied', reason: null, who: '評価者A', target: { line: 2011 }, result: { line: 2019 } }]);
    expect(listing.curations[0].result.text).toContain('計482回');
    expect(tendoRows(await attainment(api))).toMatchObject([{ target: 855, result: 643, ratio: 0.752, confidence: 'high', method: 'curated' }]);

    const file = path.join(dataDir, 'curations', `${CORPUS}.curations.json`);
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    }
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toMatchObject({ version: 1, corpus: CORPUS, corpus_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // A restart: a new API on the same data folder parses the corpus again and applies the file.
    const calls = load.mock.calls.length;
    const restarted = apiOn(dataDir);
    const rows = tendoRows(await attainment(restarted));
    expect(load.mock.calls.length).toBe(calls + 1);
    expect(rows).toMatchObject([{ result: 643, ratio: 0.752, method: 'curated', basis_note: expect.stringContaining('評価者A') }]);
    const ea = tableFromIPC(await call<Uint8Array>(restarted, 'corpus.table', { name: 'entity_attainment' })).toArray().map((r) => r.toJSON());
    expect(ea.find((r) => r.entity_id === '山形県 天童市')).toMatchObject({ pairs: 1, pairs_low: 0, ratio: 0.752 });
  });

  it('reports a curation whose line changed as stale, in the list and in parse_warnings, and leaves the pair as the rules made it', async () => {
    const api = apiOn(dataDir);
    await call(api, 'curations.add', { corpus: CORPUS, curation: tendo });
    const file = path.join(dataDir, 'curations', `${CORPUS}.curations.json`);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    // As if the corpus had read 計490回 when she curated: the line she judged is not the line there now.
    stored.curations[0].result.text = stored.curations[0].result.text.replace('計482回', '計490回');
    writeFileSync(file, JSON.stringify(stored));
    const restarted = apiOn(dataDir);
    const listing = await call<CurationListing>(restarted, 'curations.list', { corpus: CORPUS });
    expect(listing.curations).toMatchObject([{ status: 'stale', reason: '2019行の本文が変わりました' }]);
    expect(tendoRows(await attainment(restarted))).toMatchObject([{ result: 482, method: 'extracted', confidence: 'low' }]);
    const warnings = tableFromIPC(await call<Uint8Array>(restarted, 'corpus.table', { name: 'parse_warnings' })).toArray().map((r) => r.toJSON());
    expect(warnings.filter((w) => String(w.code).startsWith('curation')).map((w) => [w.code, w.entity_id])).toEqual([['curation_stale', '山形県 天童市']]);
  });

  it('accepts, then rejects the same pair (the second replaces the first), updates a note and removes', async () => {
    const api = apiOn(dataDir);
    const accept: CurationRequest = { action: 'accept', entity_id: '岩手県 矢巾町', target_line: 1092, result_line: 1142, note: '研修と学習会は同じ事業', who: '評価者A' };
    const first = await call<CurationListing>(api, 'curations.add', { corpus: CORPUS, curation: accept });
    const second = await call<CurationListing>(api, 'curations.add', { corpus: CORPUS, curation: { ...accept, action: 'reject', note: '対象が違う' } });
    expect(second.curations.map((c) => [c.action, c.note])).toEqual([['reject', '対象が違う']]);
    expect((await attainment(api)).some((r) => r.entity_id === '岩手県 矢巾町' && r.target === 200)).toBe(false);
    const id = second.curations[0].id;
    const updated = await call<CurationListing>(api, 'curations.update', { corpus: CORPUS, id, curation: { ...accept, note: '読み直した: 同じ研修' } });
    expect(updated.curations).toMatchObject([{ id, action: 'accept', note: '読み直した: 同じ研修' }]);
    expect(first.curations[0].id).not.toBe(id);
    expect((await call<CurationListing>(api, 'curations.remove', { corpus: CORPUS, id })).curations).toEqual([]);
    expect((await attainment(api)).find((r) => r.entity_id === '岩手県 矢巾町' && r.target === 200)).toMatchObject({ method: 'extracted', confidence: 'medium' });
  });

  it('takes received curations without overwriting her own, and counts what it left out', async () => {
    const api = apiOn(dataDir);
    const mine = await call<CurationListing>(api, 'curations.add', { corpus: CORPUS, curation: tendo });
    const theirs = { ...mine.curations[0], id: 'c-theirs', note: '別の読み', who: '同僚B' };
    const { status: _s, reason: _r, ...received } = theirs;
    const missed = { action: 'add', entity_id: '茨城県 東海村', target: { line: 2462, text: parsed.lines[2461].text }, result: { line: 2468, text: parsed.lines[2467].text }, pair: { program: '多機関協働事業', indicator: '相談支援 新規件数', target: 100, target_unit: '件', result: 164, result_unit: '件' }, note: '総合相談が多機関の相談支援', who: '同僚B', when: '2026-11-30T10:00:00Z' };
    const r = await call<{ listing: CurationListing; added: number; skipped: number }>(api, 'curations.import', { corpus: CORPUS, curations: [received, missed] });
    expect([r.added, r.skipped]).toEqual([1, 1]);
    expect(r.listing.curations.map((c) => [c.who, c.note, c.status])).toEqual([['評価者A', tendo.note, 'applied'], ['同僚B', '総合相談が多機関の相談支援', 'applied']]);
    expect((await attainment(api)).find((a) => a.entity_id === '茨城県 東海村' && a.target_line === 2462 && a.result_line === 2468)).toMatchObject({ ratio: 1.64, method: 'curated' });
  });

  it('two quick curations, sent at once, are both kept (changes to the file are queued)', async () => {
    const api = apiOn(dataDir);
    const yahaba: CurationRequest = { action: 'accept', entity_id: '岩手県 矢巾町', target_line: 1092, result_line: 1142, note: '', who: '評価者A' };
    await Promise.all([call(api, 'curations.add', { corpus: CORPUS, curation: tendo }), call(api, 'curations.add', { corpus: CORPUS, curation: yahaba })]);
    const listing = await call<CurationListing>(api, 'curations.list', { corpus: CORPUS });
    expect(listing.curations.map((c) => c.entity_id).sort()).toEqual(['山形県 天童市', '岩手県 矢巾町']);
    expect(tendoRows(await attainment(api))).toMatchObject([{ method: 'curated', ratio: 0.752 }]);
  });

  it('refuses bad arguments as values, naming the field', async () => {
    const api = apiOn(dataDir);
    const bad = async (args: unknown, name = 'curations.add') => {
      const r = await dispatch(api, name, args);
      expect(r.ok).toBe(false);
      return r.ok ? null : r.error;
    };
    expect(await bad({ corpus: CORPUS, curation: { ...tendo, note: 'x'.repeat(2001) } })).toMatchObject({ code: 'invalid_args', message: 'args.curation.note: 2000 文字以内にしてください' });
    expect((await bad({ corpus: CORPUS, curation: { ...tendo, target_line: 0 } }))?.message).toContain('args.curation.target_line');
    expect((await bad({ corpus: CORPUS, curation: { ...tendo, pair: { ...tendo.pair!, program: 'x' } } }))?.message).toContain('args.curation.pair.program');
    expect((await bad({ corpus: CORPUS, curation: { ...tendo, pair: { ...tendo.pair!, target: 0 } } }))?.message).toContain('args.curation.pair.target');
    expect((await bad({ corpus: CORPUS, curation: { ...tendo, extra: 1 } }))?.message).toContain('args.curation.extra: 不明な項目です');
    expect((await bad({ corpus: CORPUS, curation: { ...tendo, who: ' ' } }))?.message).toContain('args.curation.who: 空にできません');
    expect((await bad({ corpus: CORPUS, curation: { ...tendo, action: 'accept' } }))?.message).toContain('accept には pair を付けません');
    expect(await bad({ corpus: CORPUS, id: '../x' }, 'curations.remove')).toMatchObject({ code: 'invalid_args' });
    expect(await bad({ corpus: 'other.txt', curation: tendo })).toMatchObject({ code: 'not_found' });
    // Lines outside the record, and a pair the rules never made, are refused by what the corpus says.
    expect(await bad({ corpus: CORPUS, curation: { ...tendo, result_line: 10 } })).toMatchObject({ code: 'refused', message: '10行は「山形県 天童市」の行ではありません' });
    expect((await bad({ corpus: CORPUS, curation: { ...tendo, result_line: 2018 } }))?.message).toContain('規則は 2011行 ↔ 2018行の組を作っていません');
    expect((await bad({ corpus: CORPUS, curations: [{ action: 'add' }] }, 'curations.import'))?.message).toContain('args.curations[0].entity_id');
  });

  it('never writes over a curation file it cannot read, and says so in parse_warnings', async () => {
    const file = path.join(dataDir, 'curations', `${CORPUS}.curations.json`);
    await call(apiOn(dataDir), 'curations.add', { corpus: CORPUS, curation: tendo });
    writeFileSync(file, '{ broken');
    if (process.platform !== 'win32') chmodSync(file, 0o600);
    const api = apiOn(dataDir);
    const r = await dispatch(api, 'curations.add', { corpus: CORPUS, curation: tendo });
    expect(r).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('上書きしません') } });
    expect(readFileSync(file, 'utf8')).toBe('{ broken');
    const warnings = tableFromIPC(await call<Uint8Array>(api, 'corpus.table', { name: 'parse_warnings' })).toArray().map((w) => w.toJSON());
    expect(warnings.filter((w) => w.code === 'curation_file_unreadable')).toHaveLength(1);
  });
});
