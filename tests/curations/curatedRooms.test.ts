/** A curated pair as every room shows it: the attainment chart's marker, the pivot's count, the source panel's pairs. */
import type { ScatterData } from 'plotly.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToColumns, tableToRows } from '../../common/arrowAdapters';
import { corpusToIpc } from '../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb';
import { applyCurations, corpusHash, type Curation } from '../../electron/outcomes/curations';
import { buildFigure } from '../../renderer/charts/figure';
import { ATTAINMENT_VS_AGING } from '../../renderer/charts/presets';
import { pairsInRangeSql } from '../../renderer/curation/curationForm';
import { PIVOT_PRESETS } from '../../renderer/pivot/presets';
import { loadSourceFields, runPivot, schemaOf } from '../../renderer/pivot/runPivot';

const CORPUS = '000_28d5abefee45edbb.txt';
const raw = loadCorpusFile(DEFAULT_CORPUS_PATH);
const at = (n: number) => ({ line: n, text: raw.lines.find((l) => l.line_no === n)!.text });
const tendo: Curation = {
  action: 'correct', entity_id: '山形県 天童市', target: at(2011), result: at(2019), extracted: { target: 855, result: 482 },
  pair: { program: '多機関協働事業', indicator: '相談支援回数 (12か月換算)', target: 855, target_unit: '回', result: 643, result_unit: '回' },
  note: '9か月分を12か月に換算', who: '評価者A', when: '2026-11-30T19:00:00Z',
};
let db: NodeDuckDb;
beforeAll(async () => {
  db = await openNodeDuckDb();
  const curated = applyCurations(raw, { version: 1, corpus_hash: corpusHash(raw), curations: [tendo] });
  for (const t of corpusToIpc(curated)) db.insertIpc(t.name, t.ipc);
});
afterAll(() => db?.close());

describe('a curated pair in the rooms', () => {
  it('the attainment chart draws 天童市 (now high, 0.752) as the one diamond, says so on hover and under the chart', () => {
    const columns = tableToColumns(db.query(ATTAINMENT_VS_AGING.sql));
    const i = (columns.entity_id as string[]).indexOf('山形県 天童市');
    expect([columns.ratio[i], columns.curated_pairs[i], columns.pairs[i]]).toEqual([0.752, 1, 1]);
    const figure = buildFigure(ATTAINMENT_VS_AGING.spec, columns, 'ja');
    const points = figure.data.flatMap((d, k) => (figure.traceRows[k] ?? []).map((rows, j) => ({ trace: d as Partial<ScatterData>, j, row: rows[0] })));
    const diamonds = points.filter((p) => Array.isArray(p.trace.marker?.symbol) && (p.trace.marker!.symbol as string[])[p.j] === 'diamond');
    expect(diamonds.map((p) => columns.entity_id[p.row])).toEqual(['山形県 天童市']);
    expect((diamonds[0].trace.text as string[])[diamonds[0].j]).toContain('◆ 分析者が確認した組: 1');
    expect((figure.layout.annotations ?? []).map((a) => a.text)).toContain('◆ = 分析者が確認した組を含む記録 (1)');
  });

  it('the pivot preset 方法別 counts the curated pair under 多機関協働事業 apart from the rules’ pairs', async () => {
    const engine = { query: async (sql: string) => db.query(sql) };
    const spec = PIVOT_PRESETS.find((p) => p.id === 'attainment-by-method')!.spec;
    const run = await runPivot(engine, spec, schemaOf(await loadSourceFields(engine, spec)));
    const curatedColumn = run.plan.columns.find((c) => c.keys[0] === 'curated' && c.measure === 0)!;
    const extractedColumn = run.plan.columns.find((c) => c.keys[0] === 'extracted' && c.measure === 0)!;
    const takikan = tableToRows(run.table).find((r) => r.program === '多機関協働事業')!;
    const highMedium = (p: string, m: string) => raw.attainment.filter((a) => a.program === p && a.confidence !== 'low' && a.method === m).length;
    expect(takikan[curatedColumn.alias]).toBe(1);
    expect(takikan[extractedColumn.alias]).toBe(highMedium('多機関協働事業', 'extracted'));
  });

  it('the source panel lists the pairs citing the lines shown: 2011–2019 of 天童市 is the curated pair', () => {
    const rows = tableToRows(db.query(pairsInRangeSql(CORPUS, '山形県 天童市', 2011, 2019)));
    expect(rows).toMatchObject([{ target: 855, result: 643, ratio: 0.752, confidence: 'high', method: 'curated', target_line: 2011, result_line: 2019 }]);
    expect(tableToRows(db.query(pairsInRangeSql(CORPUS, '山形県 天童市', 1, 10)))).toEqual([]);
  });
});
