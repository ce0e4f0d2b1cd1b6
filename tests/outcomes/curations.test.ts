/** The analyst's curations of attainment pairs, applied to the real corpus; stale ones reported, not applied. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runParse } from '../../electron/cli/parseCommand.js';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus.js';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus.js';
import { applyCurations, corpusHash, readCurationFile, type Curation, type CurationFile } from '../../electron/outcomes/curations.js';

const parsed = loadCorpusFile(DEFAULT_CORPUS_PATH);
const lineText = (n: number) => parsed.lines.find((l) => l.line_no === n)!.text;
const at = (n: number) => ({ line: n, text: lineText(n) });
const base = { note: '', who: '評価者A', when: '2026-11-30T16:50:00Z' };
const fileOf = (curations: Curation[], hash = corpusHash(parsed)): CurationFile => ({ version: 1, corpus_hash: hash, curations });

describe('curations of attainment pairs', () => {
  it('accepts 矢巾町 のべ200名 ↔ のべ53名 (medium) as curated and high, with who, when and why in the note', () => {
    expect(parsed.attainment.find((a) => a.entity_id === '岩手県 矢巾町' && a.target === 200)?.confidence).toBe('medium');
    const curated = applyCurations(parsed, fileOf([{ ...base, action: 'accept', entity_id: '岩手県 矢巾町', target: at(1092), result: at(1142), note: '研修と学習会は同じ事業' }]));
    const row = curated.attainment.find((a) => a.entity_id === '岩手県 矢巾町' && a.target === 200);
    expect(row).toMatchObject({ result: 53, ratio: 0.265, method: 'curated', confidence: 'high' });
    expect(row?.basis_note).toContain('評価者A 2026-11-30T16:50:00Z: 研修と学習会は同じ事業');
  });

  it('rejects 土浦市 1,000件 ↔ 10,270件 and corrects 栃木市 解決数 12件 ↔ 11件 to both places, 18件 ↔ 11件', () => {
    // Lines 2595 and 2643 carry two pairs (12件 ↔ 11件 and 18件 ↔ 40件): the extracted values pick one.
    const curated = applyCurations(parsed, fileOf([
      { ...base, action: 'reject', entity_id: '茨城県 土浦市', target: at(2219), result: at(2251), note: '相談の範囲が違う' },
      { ...base, action: 'correct', entity_id: '栃木県 栃木市', target: at(2595), result: at(2643), extracted: { target: 12, result: 11 }, note: '11件は2か所の合計', pair: { program: '地域力強化推進事業', indicator: '解決数またはつないだ件数 (2か所)', target: 18, target_unit: '件', result: 11, result_unit: '件' } },
    ]));
    expect(curated.attainment.some((a) => a.entity_id === '茨城県 土浦市' && a.target === 1000)).toBe(false);
    const rows = curated.attainment.filter((a) => a.entity_id === '栃木県 栃木市' && a.target_line === 2595 && a.result_line === 2643);
    expect(rows.map((a) => [a.target, a.result, a.ratio, a.method]).sort()).toEqual([[18, 11, 0.611, 'curated'], [18, 40, 2.222, 'extracted']]);
    expect(curated.parse_warnings.filter((w) => w.code.startsWith('curation'))).toEqual([]);
  });

  it('adds a pair the rules missed: 東海村 多機関 相談支援 新規100件(年間) ↔ 総合相談件数 164件 → 1.64', () => {
    const curated = applyCurations(parsed, fileOf([{ ...base, action: 'add', entity_id: '茨城県 東海村', target: at(2462), result: at(2468), note: '総合相談が多機関の相談支援', pair: { program: '多機関協働事業', indicator: '相談支援 新規件数', target: 100, target_unit: '件', result: 164, result_unit: '件' } }]));
    const added = curated.attainment.find((a) => a.entity_id === '茨城県 東海村' && a.target_line === 2462 && a.result_line === 2468);
    expect(added).toMatchObject({ ratio: 1.64, method: 'curated', confidence: 'high' });
    const before = parsed.entity_attainment.find((e) => e.entity_id === '茨城県 東海村')!;
    expect(curated.entity_attainment.find((e) => e.entity_id === '茨城県 東海村')?.pairs).toBe(before.pairs + 1);
  });

  it('reports a curation as stale, and leaves the pair alone, when its line no longer reads as written', () => {
    const edited = { ...at(2643), text: at(2643).text.replace('40件', '41件') };
    const curated = applyCurations(parsed, fileOf([{ ...base, action: 'reject', entity_id: '栃木県 栃木市', target: at(2595), result: edited }], 'another-version'));
    expect(curated.attainment.filter((a) => a.entity_id === '栃木県 栃木市' && a.result_line === 2643).map((a) => a.result).sort()).toEqual([11, 40]);
    expect(curated.parse_warnings.filter((w) => w.code.startsWith('curation')).map((w) => w.code)).toEqual(['curation_corpus_changed', 'curation_stale']);
    expect(curated.parse_warnings.find((w) => w.code === 'curation_stale')?.message).toContain('2643行の本文が変わりました');
  });

  it('refuses a malformed file with its name and the curation at fault', () => {
    expect(() => readCurationFile('{"version":1,"corpus_hash":"x","curations":[{"action":"add","entity_id":"x","target":{"line":1,"text":""},"result":{"line":2,"text":""}}]}', 'c.json'))
      .toThrow('c.json: curations[0]: add には pair');
    expect(() => readCurationFile('{', 'c.json')).toThrow('c.json: JSON として読めません');
  });

  it('npm run parse --curations writes the curated attainment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-curations-'));
    const file = path.join(dir, 'curations.json');
    writeFileSync(file, JSON.stringify(fileOf([{ ...base, action: 'reject', entity_id: '茨城県 土浦市', target: at(2219), result: at(2251), note: '' }])));
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(runParse(['--out', dir, '--format', 'jsonl', '--curations', file])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const rows = readFileSync(path.join(dir, 'attainment.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(parsed.attainment.length - 1);
    expect(rows.some((r) => r.entity_id === '茨城県 土浦市' && r.target === 1000)).toBe(false);
  });
});
