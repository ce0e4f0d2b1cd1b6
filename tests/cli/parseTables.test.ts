import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { writeImportedTables } from '../../electron/cli/parseTables';

describe('npm run parse --table', () => {
  it('writes the analyst’s own table beside the corpus tables, in the same format', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-parse-tables-'));
    const csv = path.join(dir, 'budget.csv');
    writeFileSync(csv, '団体コード,予算\n011002,"1,234"\n012068,567\n');
    let err = '';
    expect(await writeImportedTables(['--out', dir, '--format', 'jsonl', '--table', `budget=${csv}`], (s) => (err += s))).toBe(0);
    expect(readFileSync(path.join(dir, 'budget.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { 団体コード: '011002', 予算: 1234 },
      { 団体コード: '012068', 予算: 567 },
    ]);
    expect(err).toContain('budget ← budget.csv: 2 行, 2 列');
    expect(await writeImportedTables(['--out', dir, '--table', `budget=${csv}`], () => undefined)).toBe(0);
    expect(tableFromIPC(readFileSync(path.join(dir, 'budget.arrow'))).numRows).toBe(2);
    expect(await writeImportedTables(['--out', dir, '--table', `b=${path.join(dir, 'none.csv')}`], (s) => (err += s))).toBe(2);
    expect(err).toMatch(/none\.csv: ファイルが見つかりません/);
  });
});
