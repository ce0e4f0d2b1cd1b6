import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RecordBatch, tableFromIPC, type Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToRows } from '../../common/arrowAdapters.js';
import { ColumnSink } from '../../electron/arrow/columnSink.js';
import { corpusToArrowFiles } from '../../electron/arrow/corpusFiles.js';
import { arrowFileWriters, ipcStreams } from '../../electron/arrow/ipcWriters.js';
import { corpusTextToIpc } from '../../electron/arrow/toArrow.js';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus.js';
import { parseCorpusInto } from '../../electron/corpus/parseCorpus.js';
import { TABLE_NAMES, type ParsedCorpus, type TableName } from '../../electron/corpus/types.js';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb.js';
import { bundled } from '../corpus/seed.js';

const seedText = readFileSync(DEFAULT_CORPUS_PATH, 'utf8');
const CORPUS = path.basename(DEFAULT_CORPUS_PATH);

/** Every value of every column, in row order, as plain JavaScript values. */
function columns(table: Table): Record<string, unknown[]> {
  return Object.fromEntries(table.schema.fields.map((f) => [f.name, [...table.getChild(f.name)!]]));
}

/** The same columns from the parsed rows, in the table's column order. */
function rowColumns(parsed: ParsedCorpus, name: TableName, names: string[]): Record<string, unknown[]> {
  const rows = parsed[name] as unknown as Record<string, unknown>[];
  return Object.fromEntries(names.map((c) => [c, rows.map((r) => r[c] ?? null)]));
}

describe('the parser streams record by record', () => {
  it('hands over each record\'s lines before the next record\'s entity, in line order', () => {
    const seen: string[] = [];
    let lastLine = 0;
    parseCorpusInto(seedText, CORPUS, [], {
      add: (table, row) => {
        if (table === 'entities') seen.push(`entity ${(row as { entity_id: string }).entity_id}`);
        if (table === 'lines') {
          const r = row as { line_no: number; entity_id: string | null };
          expect(r.line_no).toBe(lastLine + 1);
          lastLine = r.line_no;
          if (seen.at(-1) !== `lines of ${r.entity_id}` && r.entity_id) seen.push(`lines of ${r.entity_id}`);
        }
      },
    });
    expect(lastLine).toBe(5188);
    expect(seen.slice(0, 2)).toEqual(['entity 北海道 札幌市', 'lines of 北海道 札幌市']);
    expect(seen).toEqual(bundled().entities.flatMap((e) => [`entity ${e.entity_id}`, `lines of ${e.entity_id}`]));
  });
});

describe('columns built record by record, in small batches', () => {
  const tables = new Map<TableName, Table>();
  let db: NodeDuckDb;
  beforeAll(async () => {
    // 1,000-row batches: the lines table crosses six batches and each dictionary grows by deltas between them.
    const streams = ipcStreams();
    const sink = new ColumnSink(streams.onBatch, { batchRows: 1000 });
    parseCorpusInto(seedText, CORPUS, [], sink);
    sink.finish();
    db = await openNodeDuckDb();
    for (const { name, ipc } of streams.close()) {
      tables.set(name, tableFromIPC(ipc));
      db.insertIpc(name, ipc);
    }
  });
  afterAll(() => db.close());

  it('holds the same values as the parsed rows, every table and column', () => {
    for (const name of TABLE_NAMES) {
      const table = tables.get(name)!;
      expect(table.numRows, name).toBe(bundled()[name].length);
      expect(columns(table), name).toEqual(rowColumns(bundled(), name, table.schema.fields.map((f) => f.name)));
    }
    expect(tables.get('lines')!.batches).toHaveLength(6);
  });

  it('dictionary-encodes the repeated text columns, which DuckDB reads as VARCHAR', () => {
    expect(String(tables.get('fields')!.schema.fields.find((f) => f.name === 'entity_id')!.type)).toBe('Dictionary<Int32, Utf8>');
    const described = tableToRows(db.query('DESCRIBE fields')).map((r) => [r.column_name, r.column_type]);
    expect(described.filter(([c]) => ['corpus', 'entity_id', 'program', 'section'].includes(c as string))).toEqual([
      ['corpus', 'VARCHAR'], ['entity_id', 'VARCHAR'], ['program', 'VARCHAR'], ['section', 'VARCHAR'],
    ]);
    const sapporoLines = bundled().lines.filter((l) => l.entity_id === '北海道 札幌市').length;
    expect(tableToRows(db.query("SELECT count(*) AS n FROM lines WHERE entity_id = '北海道 札幌市'"))).toEqual([{ n: sapporoLines }]);
    expect(tableToRows(db.query("SELECT population FROM entities WHERE entity_id = '北海道 札幌市'"))).toEqual([{ population: 1966735 }]);
    const byProgram = new Map<string, number>();
    for (const p of bundled().programs) byProgram.set(p.program, (byProgram.get(p.program) ?? 0) + 1);
    expect(tableToRows(db.query('SELECT program, count(*) AS n FROM programs GROUP BY 1 ORDER BY 1'))).toEqual(
      [...byProgram].sort(([a], [b]) => (a < b ? -1 : 1)).map(([program, n]) => ({ program, n })));
  });
});

describe('Arrow IPC files written batch by batch', () => {
  it('reads back with every batch and dictionary delta, the same values as the in-memory stream', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-columnar-'));
    const writers = arrowFileWriters(dir);
    const sink = new ColumnSink(writers.onBatch, { batchRows: 700 });
    parseCorpusInto(seedText, CORPUS, [], sink);
    sink.finish();
    expect(writers.close().map((f) => path.basename(f)).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.arrow`).sort());
    const fields = tableFromIPC(readFileSync(path.join(dir, 'fields.arrow')));
    expect(fields.batches.length).toBe(Math.ceil(bundled().fields.length / 700));
    expect(columns(fields)).toEqual(rowColumns(bundled(), 'fields', fields.schema.fields.map((f) => f.name)));
  });

  it('gives a table with no rows one empty batch', () => {
    const written: RecordBatch[] = [];
    const sink = new ColumnSink((name, batch) => name === 'area_members' && written.push(batch));
    parseCorpusInto('hello\nworld', 'empty.txt', [], sink);
    sink.finish();
    expect(written.map((b) => b.numRows)).toEqual([0]);
  });

  it('writes the command line\'s files from builders whose buffers serve batch after batch, every value intact', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-columnar-'));
    const rows = corpusToArrowFiles(DEFAULT_CORPUS_PATH, dir);
    expect(rows).toMatchObject({ entities: 50, lines: 5188, fields: bundled().fields.length });
    for (const name of TABLE_NAMES) {
      const table = tableFromIPC(readFileSync(path.join(dir, `${name}.arrow`)));
      expect(columns(table), name).toEqual(rowColumns(bundled(), name, table.schema.fields.map((f) => f.name)));
    }
    // Plain Utf8 in the files, as before: no dictionary deltas for readers of the file format older than Arrow 7.
    const fields = tableFromIPC(readFileSync(path.join(dir, 'fields.arrow')));
    expect(fields.schema.fields.map((f) => String(f.type))).toEqual(['Utf8', 'Utf8', 'Utf8', 'Utf8', 'Utf8', 'Utf8', 'Utf8', 'Int32', 'Int32']);
    expect(tableFromIPC(readFileSync(path.join(dir, 'entities.arrow'))).getChild('population')!.get(0)).toBe(1966735);
  });

  it('reuses its buffers only for a handler that has written each batch when it returns', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-columnar-'));
    const writers = arrowFileWriters(dir);
    const sink = new ColumnSink(writers.onBatch, { batchRows: 500, buffers: 'reuse', dictionaries: false });
    parseCorpusInto(seedText, CORPUS, [], sink);
    sink.finish();
    writers.close();
    const lines = tableFromIPC(readFileSync(path.join(dir, 'lines.arrow')));
    expect(lines.batches).toHaveLength(11);
    expect(columns(lines)).toEqual(rowColumns(bundled(), 'lines', lines.schema.fields.map((f) => f.name)));
  });

  it('gives the text path the same counts as the parsed corpus', () => {
    const { rows, tables } = corpusTextToIpc(seedText, CORPUS);
    expect(rows).toEqual(Object.fromEntries(TABLE_NAMES.map((t) => [t, bundled()[t].length])));
    expect(tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
  });

  it('loads a text with no record: entity_id all NULL over an empty dictionary', async () => {
    const { tables } = corpusTextToIpc('hello\nworld', 'junk.txt');
    const db = await openNodeDuckDb();
    try {
      for (const t of tables) db.insertIpc(t.name, t.ipc);
      expect(tableToRows(db.query('SELECT line_no, entity_id, text, used_by FROM lines ORDER BY 1'))).toEqual([
        { line_no: 1, entity_id: null, text: 'hello', used_by: 'parse_warnings' },
        { line_no: 2, entity_id: null, text: 'world', used_by: 'parse_warnings' },
      ]);
      expect(tableToRows(db.query('SELECT code, count(*) AS n FROM parse_warnings GROUP BY 1 ORDER BY 1'))).toEqual([
        { code: 'no_records', n: 1 },
        { code: 'text_outside_records', n: 2 },
      ]);
    } finally {
      db.close();
    }
  });
});
