import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it, vi } from 'vitest';
import { runParse } from '../../electron/cli/parseCommand.js';
import { TABLE_NAMES } from '../../electron/corpus/types.js';

const quietly = <T>(f: () => T): T => {
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return f();
  } finally {
    spy.mockRestore();
  }
};

describe('npm run parse', () => {
  it('writes every table as an Arrow file', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kyosei-parse-'));
    expect(quietly(() => runParse(['--out', out]))).toBe(0);
    expect(readdirSync(out).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.arrow`).sort());
    const entities = tableFromIPC(readFileSync(path.join(out, 'entities.arrow')));
    expect(entities.numRows).toBe(50);
    expect(entities.getChild('entity_id')!.get(0)).toBe('北海道 札幌市');
    expect(entities.getChild('population')!.get(0)).toBe(1966735);
  });

  it('writes CSV with quoting and JSON lines', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kyosei-parse-'));
    expect(quietly(() => runParse(['--out', out, '--format', 'csv']))).toBe(0);
    const csv = readFileSync(path.join(out, 'entities.csv'), 'utf8').split('\n');
    expect(csv[0].split(',').slice(0, 3)).toEqual(['corpus', 'entity_id', 'prefecture']);
    expect(csv[1]).toContain('000_28d5abefee45edbb.txt,北海道 札幌市,北海道,札幌市,municipality');
    expect(quietly(() => runParse(['--out', out, '--format', 'jsonl']))).toBe(0);
    const lines = readFileSync(path.join(out, 'lines.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(5188);
    expect(JSON.parse(lines[2])).toMatchObject({ line_no: 3, text: '北海道 札幌市', used_by: 'record_heading' });
  });

  it('refuses an unknown format and a missing --out with a usage message', () => {
    expect(quietly(() => runParse(['--out', '/tmp/x', '--format', 'parquet']))).toBe(2);
    expect(quietly(() => runParse([]))).toBe(2);
  });
});
