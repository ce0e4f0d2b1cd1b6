import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BarData } from 'plotly.js';
import { corpusToIpc } from '../../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import type { ParsedCorpus } from '../../../electron/corpus/types';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { tableToColumns, tableToRows } from '../../../common/arrowAdapters';
import { suggestSpec } from '../../../renderer/charts/chartSpec';
import { buildFigure } from '../../../renderer/charts/figure';
import { rowsBehindMarks } from '../../../renderer/charts/markRows';
import { ATTAINMENT_VS_AGING, attainmentVsAgingSql, PROGRAM_SHARE_BY_PREFECTURE, sqlText } from '../../../renderer/charts/presets';

let parsed: ParsedCorpus;
let db: NodeDuckDb;

beforeAll(async () => {
  parsed = loadCorpusFile(DEFAULT_CORPUS_PATH);
  db = await openNodeDuckDb();
  for (const { name, ipc } of corpusToIpc(parsed)) db.insertIpc(name, ipc);
});
afterAll(() => db?.close());

describe('preset: program share by prefecture (real corpus)', () => {
  it('gives each prefecture the share of its records running each program, as counted from the parsed records', () => {
    const rows = tableToRows(db.query(PROGRAM_SHARE_BY_PREFECTURE.sql));
    const prefectures = [...new Set(parsed.entities.map((e) => e.prefecture))];
    expect(rows).toHaveLength(prefectures.length * 3);
    for (const prefecture of prefectures) {
      const members = parsed.entities.filter((e) => e.prefecture === prefecture);
      const takikan = members.filter((e) => e.runs_takikan).length;
      const row = rows.find((r) => r.prefecture === prefecture && r.program === '多機関協働事業');
      expect(row).toMatchObject({ records: members.length, running: takikan, share_pct: Math.round((1000 * takikan) / members.length) / 10 });
    }
    // Prefectures come in corpus order (north to south as the reports are filed).
    expect(rows[0].prefecture).toBe(parsed.entities[0].prefecture);
  });

  it('draws grouped bars, one trace per program, and a click on a bar lists that prefecture’s records running it', () => {
    const table = db.query(PROGRAM_SHARE_BY_PREFECTURE.sql);
    const columns = tableToColumns(table);
    const figure = buildFigure(PROGRAM_SHARE_BY_PREFECTURE.spec, columns, 'ja');
    const data = figure.data as Partial<BarData>[];
    expect(data.map((t) => t.name)).toEqual(['地域力強化推進事業', '多機関協働事業', '都道府県事業']);
    const prefectures = [...new Set(parsed.entities.map((e) => e.prefecture))];
    expect(data[1].x).toEqual(prefectures);
    expect(figure.layout.barmode).toBe('group');

    const [row] = rowsBehindMarks(figure, [{ curveNumber: 1, pointNumber: 0 }]);
    const clicked = tableToRows(table)[row];
    const sql = PROGRAM_SHARE_BY_PREFECTURE.drillSql!(clicked)!;
    const records = tableToRows(db.query(sql)).map((r) => r.entity_id);
    expect(records).toEqual(parsed.entities.filter((e) => e.prefecture === prefectures[0] && e.runs_takikan).map((e) => e.entity_id));
    expect(records.length).toBe(clicked.running);
  });
});

describe('preset: attainment ratio × aging rate (real corpus)', () => {
  it('has one point per record with a ratio and an aging rate, coloured by program group, sized by population', () => {
    const columns = tableToColumns(db.query(ATTAINMENT_VS_AGING.sql));
    const withRatio = parsed.entity_attainment.filter((a) => a.ratio !== null);
    expect(columns.entity_id ?? []).toHaveLength(withRatio.length);
    const aging = new Map(parsed.entities.map((e) => [e.entity_id, e.aging_rate]));
    const expected = withRatio.filter((a) => aging.get(a.entity_id) !== null).length;
    const figure = buildFigure(ATTAINMENT_VS_AGING.spec, columns, 'ja');
    expect(figure.plotted).toBe(expected);
    expect(figure.dropped).toBe(withRatio.length - expected);
    if (expected >= 2) expect(figure.trends[0].fit.n).toBe(expected);
  });

  it('takes each record\'s ratio from its high and medium pairs by default, and from low ones too when asked', () => {
    const byDefault = tableToRows(db.query(ATTAINMENT_VS_AGING.sql));
    for (const row of byDefault) {
      const e = parsed.entity_attainment.find((a) => a.entity_id === row.entity_id)!;
      expect(row.ratio as number).toBeCloseTo(e.ratio!, 3);
      expect(Number(row.pairs)).toBe(e.pairs);
    }
    const withLow = tableToRows(db.query(attainmentVsAgingSql(['high', 'medium', 'low'])));
    const onlyLow = parsed.entity_attainment.filter((a) => a.ratio === null && a.pairs_low > 0).map((a) => a.entity_id);
    expect(onlyLow).toContain('東京都 国立市');
    expect(withLow.map((r) => r.entity_id)).toEqual(expect.arrayContaining(onlyLow));
    expect(withLow).toHaveLength(byDefault.length + onlyLow.length);
  });

  it('labels every record with exactly one program group', () => {
    const rows = tableToRows(db.query(ATTAINMENT_VS_AGING.sql.replace('WHERE a.ratio IS NOT NULL', '')));
    expect(rows).toHaveLength(parsed.entities.length);
    const byId = new Map(parsed.entities.map((e) => [e.entity_id, e]));
    for (const row of rows) {
      const e = byId.get(row.entity_id as string)!;
      const expected = e.runs_prefectural ? '都道府県事業' : e.runs_chiiki && e.runs_takikan ? '両方' : e.runs_chiiki ? '地域力のみ' : e.runs_takikan ? '多機関のみ' : 'なし';
      expect(row.program_group).toBe(expected);
    }
    expect(rows.find((r) => r.entity_id === '北海道 札幌市')?.program_group).toBe('両方');
    expect(rows.find((r) => r.entity_id === '北海道 京極町')?.program_group).toBe('多機関のみ');
  });

  it('drills into the paired targets and results of a record with their source lines', () => {
    const sql = ATTAINMENT_VS_AGING.drillSql!({ corpus: parsed.corpus, entity_id: '北海道 札幌市' })!;
    const rows = tableToRows(db.query(sql));
    const expected = parsed.attainment.filter((a) => a.entity_id === '北海道 札幌市');
    expect(rows).toHaveLength(expected.length);
    for (const row of rows) {
      expect(row.target_text).toBe(parsed.lines.find((l) => l.line_no === row.target_line)?.text);
    }
  });
});

describe('suggestSpec and sqlText', () => {
  it('suggests a chart that fits the handed-over columns', () => {
    expect(suggestSpec([{ name: 'prefecture', numeric: false }, { name: 'count_star()', numeric: true }])).toMatchObject({ kind: 'bar', x: 'prefecture', y: 'count_star()' });
    expect(suggestSpec([{ name: 'entity_id', numeric: false }, { name: 'population', numeric: true }, { name: 'aging_rate', numeric: true }])).toMatchObject({
      kind: 'scatter', x: 'population', y: 'aging_rate',
    });
    expect(suggestSpec([{ name: 'prefecture', numeric: false }, { name: 'program', numeric: false }, { name: 'n', numeric: true }])).toMatchObject({ kind: 'bar', color: 'program' });
    expect(suggestSpec([{ name: 'aging_rate', numeric: true }, { name: 'line_start', numeric: true }])).toMatchObject({ kind: 'histogram', x: 'aging_rate' });
    // A long result of observations: a scatter coloured by its category, not 50,000 bars.
    const observations = [{ name: 'x', numeric: true }, { name: 'y', numeric: true }, { name: 'program_group', numeric: false }];
    expect(suggestSpec(observations, 50_000)).toMatchObject({ kind: 'scatter', x: 'x', y: 'y', color: 'program_group' });
    expect(suggestSpec(observations, 3)).toMatchObject({ kind: 'bar', x: 'program_group', y: 'x' });
  });

  it('quotes SQL text literals', () => {
    expect(sqlText("O'Hara 町")).toBe("'O''Hara 町'");
    expect(tableToRows(db.query(`SELECT ${sqlText("北海道 'x'")} AS v`))[0].v).toBe("北海道 'x'");
  });
});
