import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusToIpc } from '../../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { tableToRows } from '../../../common/arrowAdapters';
import { CONTEXT_LINES, sourceLinesSql, sourceWarningsSql, sqlText } from '../../../renderer/source/sourceQueries';

describe('source viewer queries on the real corpus', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
    for (const t of corpusToIpc(loadCorpusFile(DEFAULT_CORPUS_PATH))) db.insertIpc(t.name, t.ipc);
  });
  afterAll(() => db?.close());

  it('reads the record’s lines with context around them', () => {
    const [kyogoku] = tableToRows(db.query("SELECT line_start, line_end FROM entities WHERE entity_id = '北海道 京極町'"));
    const ref = { entity_id: '北海道 京極町', line_start: Number(kyogoku.line_start), line_end: Number(kyogoku.line_end) };
    const lines = tableToRows(db.query(sourceLinesSql(ref)));
    expect(lines[0].line_no).toBe(ref.line_start - CONTEXT_LINES);
    expect(lines.at(-1)!.line_no).toBe(ref.line_end + CONTEXT_LINES);
    expect(lines.find((l) => l.line_no === ref.line_start)!.text).toContain('京極町');
  });

  it('finds the per-mille note on 京極町’s 生活保護受給率', () => {
    const [kyogoku] = tableToRows(db.query("SELECT line_start, line_end FROM entities WHERE entity_id = '北海道 京極町'"));
    const notes = tableToRows(db.query(sourceWarningsSql({ line_start: Number(kyogoku.line_start), line_end: Number(kyogoku.line_end) }, '北海道 京極町')));
    expect(notes.map((n) => n.code)).toContain('welfare_unit_suspect');
  });

  it('escapes quotes in record names', () => {
    expect(sqlText("O'Hare")).toBe("'O''Hare'");
    expect(() => db.query(sourceWarningsSql({ line_start: 1, line_end: 2 }, "x' OR 1=1 --"))).not.toThrow();
  });
});
