import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateNotebook } from '../../electron/notebooks/validate';
import { serializeNotebook } from '../../electron/notebooks/serialize';
import { sampleNotebook } from './sampleNotebook';

function issuesOf(value: unknown): string[] {
  const r = validateNotebook(value);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('validateNotebook', () => {
  it('accepts a notebook with all four cell kinds', () => {
    expect(validateNotebook(sampleNotebook()).ok).toBe(true);
  });

  it('names the path of a bad field', () => {
    const nb = sampleNotebook() as unknown as { cells: Record<string, unknown>[] };
    nb.cells[1].source = 42;
    expect(issuesOf(nb)).toEqual(['cells[1].source: 文字列である必要があります (must be a string)']);
  });

  it('refuses unknown fields, unknown kinds and missing fields', () => {
    const nb = sampleNotebook() as unknown as { metadata: Record<string, unknown>; cells: Record<string, unknown>[] };
    nb.metadata.author = 'x';
    nb.cells[0].kind = 'python';
    delete nb.cells[2].spec;
    expect(issuesOf(nb)).toEqual([
      'metadata.author: 未知の項目です (unknown field)',
      'cells[0].kind: セルの種類は markdown / sql / pivot / chart のいずれかです (unknown cell kind)',
      'cells[2].spec: 必須の項目がありません (required field missing)',
    ]);
  });

  it('requires pivot and chart inputs to name an earlier result', () => {
    const nb = sampleNotebook();
    nb.cells = [nb.cells[3], nb.cells[1]];
    expect(issuesOf(nb)).toEqual(["cells[0].input: 「hokkaido」はこのセルより前のセルの結果名ではありません (must name an earlier cell's result)"]);
  });

  it('refuses result names that are not identifiers or shadow a corpus table', () => {
    const nb = sampleNotebook();
    nb.cells = [
      { id: 'a', kind: 'sql', name: 'entities', source: 'SELECT 1' },
      { id: 'b', kind: 'sql', name: '北海道', source: 'SELECT 1' },
      { id: 'b', kind: 'sql', name: 'x; DROP', source: 'SELECT 1' },
    ];
    expect(issuesOf(nb).map((s) => s.split(':')[0])).toEqual(['cells[0].name', 'cells[1].name', 'cells[2].id', 'cells[2].name']);
  });

  it('checks dates and cached results', () => {
    const nb = sampleNotebook() as unknown as { metadata: Record<string, unknown>; cells: Record<string, unknown>[] };
    nb.metadata.updated = '2026/11/20';
    nb.cells[1].cached = { columns: ['a', 'b'], rows: [[1, 2], [3]], rowCount: 2, ranAt: '2026-11-20T09:00:00Z' };
    expect(issuesOf(nb)).toEqual([
      'metadata.updated: ISO 8601 の日時である必要があります (must be an ISO 8601 date-time)',
      'cells[1].cached.rows[1]: 列数 2 の値の配列である必要があります (must be an array of 2 JSON values)',
    ]);
  });

  it('agrees with the published JSON Schema on the required top-level keys and cell kinds', () => {
    const schema = JSON.parse(readFileSync('docs/notebook.schema.json', 'utf8')) as {
      required: string[];
      properties: { format: { const: string }; version: { const: number } };
      $defs: Record<string, { properties?: { kind?: { const: string } } }>;
    };
    expect(schema.required).toEqual(['format', 'version', 'metadata', 'cells']);
    expect(schema.properties.format.const).toBe('kyosei-notebook');
    expect(schema.properties.version.const).toBe(1);
    const kinds = Object.values(schema.$defs).map((d) => d.properties?.kind?.const).filter(Boolean).sort();
    expect(kinds).toEqual(['chart', 'markdown', 'pivot', 'sql']);
  });
});

describe('serializeNotebook', () => {
  it('writes 2-space JSON with a fixed key order, whatever order the object was built in', () => {
    const nb = sampleNotebook();
    const shuffled = JSON.parse(JSON.stringify({ cells: nb.cells, metadata: nb.metadata, version: 1, format: 'kyosei-notebook' }));
    shuffled.cells[3] = { spec: { y: 'population', x: 'aging_rate', trendLine: true, kind: 'scatter' }, input: 'hokkaido', kind: 'chart', id: 'c4' };
    const text = serializeNotebook(shuffled);
    expect(text).toBe(serializeNotebook(nb));
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "format": "kyosei-notebook",', '  "version": 1,', '  "metadata": {']);
    expect(text).toContain('"source": "SELECT entity_id, population, aging_rate\\nFROM entities\\nWHERE prefecture = \'北海道\'"');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves cached results out unless the notebook asks for them', () => {
    const nb = sampleNotebook();
    nb.cells[1] = { ...nb.cells[1], cached: { columns: ['n'], rows: [[1]], rowCount: 1, ranAt: '2026-11-20T09:00:00.000Z' } } as typeof nb.cells[1];
    expect(serializeNotebook(nb)).not.toContain('"cached"');
    nb.metadata.cacheResults = true;
    expect(serializeNotebook(nb)).toContain('"cached"');
  });

  it('refuses to write a notebook it could not read back', () => {
    const nb = sampleNotebook();
    nb.cells.push({ id: 'c5', kind: 'chart', input: 'nowhere', spec: {} });
    expect(() => serializeNotebook(nb)).toThrow(/cells\[4\]\.input/);
  });
});

describe('docs/notebook.schema.json', () => {
  // ajv comes with electron-builder; the schema is checked by a real JSON Schema validator, not by eye.
  const schema = JSON.parse(readFileSync('docs/notebook.schema.json', 'utf8')) as object;
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const schemaValidate = ajv.compile(schema);

  it('accepts what the code accepts and refuses a newer version and an unknown cell kind', () => {
    expect(schemaValidate(JSON.parse(serializeNotebook(sampleNotebook())))).toBe(true);
    expect(schemaValidate({ ...sampleNotebook(), version: 2 })).toBe(false);
    const nb = sampleNotebook() as unknown as { cells: Record<string, unknown>[] };
    nb.cells[0].kind = 'python';
    expect(schemaValidate(nb)).toBe(false);
  });
});

describe('themes carried by a notebook (metadata.themes)', () => {
  const schema = JSON.parse(readFileSync('docs/notebook.schema.json', 'utf8')) as object;
  const schemaValidate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);
  const withThemes = (themes: unknown) => {
    const nb = sampleNotebook();
    return { ...nb, metadata: { ...nb.metadata, themes } };
  };

  it('accepts valid themes, in the code and in the published schema alike', () => {
    const nb = withThemes([{ name: 'ひきこもり', expressions: ['ひきこもり OR 8050'], excluded: [] }]);
    expect(issuesOf(nb)).toEqual([]);
    expect(schemaValidate(JSON.parse(serializeNotebook(nb as never)))).toBe(true);
  });

  it('refuses a theme without expressions or with an unknown field, naming its path', () => {
    const nb = withThemes([{ name: 'ひきこもり', expressions: [], excluded: [], sql: 'DROP TABLE entities' }]);
    expect(issuesOf(nb)).toEqual([
      'metadata.themes[0].sql: 未知の項目です (unknown field)',
      'metadata.themes[0].expressions: 検索式が一つ以上必要です',
    ]);
    expect(schemaValidate(nb)).toBe(false);
  });
});
