import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusToIpc } from '../../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import type { ParsedCorpus } from '../../../electron/corpus/types';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import type { WorkbenchEngine } from '../../../renderer/engine/types';
import { tableToRows } from '../../../common/arrowAdapters';
import { detailRowsSql, distinctValuesSql, drilldownSql, KNOWN_ORDERS } from '../../../renderer/pivot/generateSql';
import { PIVOT_PRESETS } from '../../../renderer/pivot/presets';
import { loadSourceFields, runPivot, schemaOf } from '../../../renderer/pivot/runPivot';
import { shapePivot } from '../../../renderer/pivot/shape';
import { findUnitMix, ratioUnitColumns } from '../../../renderer/pivot/unitMix';
import { emptySpec, type PivotSpec } from '../../../renderer/pivot/spec';
import { openTestEngine } from './nodeEngine';

let db: NodeDuckDb;
let engine: WorkbenchEngine;
let parsed: ParsedCorpus;

beforeAll(async () => {
  parsed = loadCorpusFile(DEFAULT_CORPUS_PATH);
  ({ db, engine } = await openTestEngine());
  for (const t of corpusToIpc(parsed)) db.insertIpc(t.name, t.ipc);
});
afterAll(() => db.close());

async function pivotRows(spec: PivotSpec) {
  const schema = schemaOf(await loadSourceFields(engine, spec));
  const run = await runPivot(engine, spec, schema);
  return { ...run, schema, rows: tableToRows(run.table) };
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const it of items) out.set(key(it), (out.get(key(it)) ?? 0) + 1);
  return out;
}

const preset = (id: string) => PIVOT_PRESETS.find((p) => p.id === id)!.spec;

describe('pivots over the bundled corpus, checked against the parsed rows', () => {
  it('counts records per prefecture: 北海道 7, 東京都 9, 50 in all', async () => {
    const { rows } = await pivotRows({ ...emptySpec({ kind: 'table', table: 'entities' }), rows: ['prefecture'] });
    const jis = KNOWN_ORDERS.prefecture;
    const byPrefecture = new Map(rows.map((r) => [r.prefecture, r['件数']]));
    expect(byPrefecture.get('北海道')).toBe(7);
    expect(byPrefecture.get('東京都')).toBe(9);
    expect(byPrefecture.get('総計')).toBe(50);
    expect(rows.filter((r) => r.pivot_level === 1).map((r) => [r.prefecture, r['件数']])).toEqual(
      [...countBy(parsed.entities, (e) => e.prefecture)].sort(([a], [b]) => jis.indexOf(a) - jis.indexOf(b)),
    );
    // Prefectures come in their official order, not in Unicode order (千葉県 < 北海道 there).
    expect(rows.slice(0, 2).map((r) => r.prefecture)).toEqual(['北海道', '青森県']);
  });

  it('hands a chart the detail rows only, without the level column', async () => {
    const { plan } = await pivotRows({ ...emptySpec({ kind: 'table', table: 'entities' }), rows: ['prefecture'] });
    const detail = tableToRows(await engine.query(detailRowsSql(plan)));
    expect(detail).toHaveLength(new Set(parsed.entities.map((e) => e.prefecture)).size);
    expect(Object.keys(detail[0])).toEqual(['prefecture', '件数']);
    expect(detail.find((r) => r.prefecture === '東京都')).toEqual({ prefecture: '東京都', 件数: 9 });
  });

  it('counts records running 多機関協働事業 per prefecture (runs_takikan as columns, with totals)', async () => {
    const spec: PivotSpec = { ...emptySpec({ kind: 'table', table: 'entities' }), rows: ['prefecture'], columns: ['runs_takikan'] };
    const { rows } = await pivotRows(spec);
    const running = countBy(parsed.entities.filter((e) => e.runs_takikan), (e) => e.prefecture);
    const notRunning = countBy(parsed.entities.filter((e) => !e.runs_takikan), (e) => e.prefecture);
    for (const r of rows.filter((x) => x.pivot_level === 1)) {
      const p = String(r.prefecture);
      expect([p, r['はい / 件数'], r['いいえ / 件数']]).toEqual([p, running.get(p) ?? 0, notRunning.get(p) ?? 0]);
    }
    const grand = rows.find((r) => r.pivot_level === 0)!;
    expect(grand['はい / 件数']).toBe(parsed.entities.filter((e) => e.runs_takikan).length);
    expect(grand['総計 / 件数']).toBe(parsed.entities.length);
  });

  it('preset 都道府県別の実施事業 equals distinct records per prefecture and program from the parsed rows', async () => {
    const { rows, plan } = await pivotRows(preset('programs-by-prefecture'));
    const prefectureOf = new Map(parsed.entities.map((e) => [e.entity_id, e.prefecture]));
    const expected = new Map<string, Set<string>>();
    for (const p of parsed.programs) {
      const key = `${prefectureOf.get(p.entity_id)}|${p.program}`;
      expected.set(key, (expected.get(key) ?? new Set()).add(p.entity_id));
    }
    let checked = 0;
    for (const r of rows.filter((x) => x.pivot_level === 1)) {
      for (const c of plan.columns.filter((col) => col.kind === 'cell')) {
        expect(r[c.alias], `${r.prefecture} / ${c.keys[0]}`).toBe(expected.get(`${r.prefecture}|${c.keys[0]}`)?.size ?? 0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(14);
    const grandTotal = rows.find((r) => r.pivot_level === 0)!['総計 / 実施数'];
    expect(grandTotal).toBe(new Set(parsed.programs.map((p) => p.entity_id)).size);
  });

  it('preset 都道府県×種別の平均高齢化率 equals the mean of non-null aging rates', async () => {
    const { rows, plan } = await pivotRows(preset('aging-by-prefecture-kind'));
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    for (const r of rows) {
      for (const c of plan.columns) {
        const matches = parsed.entities.filter((e) =>
          (r.pivot_level === 0 || e.prefecture === r.prefecture) && (c.keys.length === 0 || e.entity_kind === c.keys[0]));
        const expected = mean(matches.map((e) => e.aging_rate).filter((v): v is number => v !== null));
        if (expected === null) expect(r[c.alias]).toBeNull();
        else expect(r[c.alias] as number).toBeCloseTo(expected, 10);
      }
    }
  });

  it('preset 事業別の達成率 is Σresult ÷ Σtarget per program over the high and medium pairs (or an explained empty table)', async () => {
    const { rows } = await pivotRows(preset('attainment-by-program'));
    const trusted = parsed.attainment.filter((a) => a.confidence !== 'low');
    const programs = [...new Set(trusted.map((a) => a.program))].sort();
    expect(rows.filter((r) => r.pivot_level === 1).map((r) => r.program)).toEqual(programs);
    for (const r of rows) {
      const pairs = trusted.filter((a) => r.pivot_level === 0 || a.program === r.program);
      const target = pairs.reduce((s, a) => s + a.target, 0);
      expect(r['目標と実績の対の数']).toBe(pairs.length);
      if (target === 0) expect(r['達成率 (Σ実績÷Σ目標)']).toBeNull();
      else expect(r['達成率 (Σ実績÷Σ目標)'] as number).toBeCloseTo(pairs.reduce((s, a) => s + a.result, 0) / target, 10);
    }
  });

  it('names the units the attainment ratio of sums adds together, and says nothing once target_unit is on the rows', async () => {
    const spec = preset('attainment-by-program');
    const names = (await loadSourceFields(engine, spec)).map((f) => f.name);
    expect(ratioUnitColumns(spec, names)).toEqual(['target_unit', 'result_unit']);
    const mix = await findUnitMix(engine, spec, names);
    const expected = [...new Set(parsed.attainment.filter((a) => a.confidence !== 'low').map((a) => a.target_unit))].sort();
    expect(mix?.column).toBe('target_unit');
    expect([...(mix?.units ?? [])].sort()).toEqual(expected);
    expect(mix?.units).toEqual(expect.arrayContaining(['人', '件', '回', '%']));
    const byUnit = { ...spec, rows: ['program', 'target_unit'] };
    // The result column can still mix 人 and 名 within one target unit: only target_unit is separated by the axis.
    expect(ratioUnitColumns(byUnit, names)).toEqual(['result_unit']);
    const onlyCases = { ...spec, filters: [...spec.filters, { field: 'target_unit', op: 'in' as const, values: ['件'] }, { field: 'result_unit', op: 'in' as const, values: ['件'] }] };
    expect(await findUnitMix(engine, onlyCases, names)).toBeNull();
  });

  it('lists filter choices in their domain order with row counts', async () => {
    const spec = emptySpec({ kind: 'table', table: 'entities' });
    const kinds = tableToRows(db.query(distinctValuesSql(spec, 'entity_kind')));
    const count = (k: string) => parsed.entities.filter((e) => e.entity_kind === k).length;
    expect(kinds).toEqual(['municipality', 'prefecture', 'area'].filter((k) => count(k) > 0).map((k) => ({ value: k, rows: count(k) })));
    const prefectures = tableToRows(db.query(distinctValuesSql(spec, 'prefecture'))).map((r) => r.value);
    expect(prefectures.slice(0, 3)).toEqual(['北海道', '青森県', '岩手県']);
  });

  it('drills a cell down to its records and their corpus lines', async () => {
    const spec = preset('programs-by-prefecture');
    const { schema, table, plan } = await pivotRows(spec);
    const grid = shapePivot(table, plan, 'v', 'ja');
    const row = grid.rows.find((r) => r.r0 === '北海道')!;
    const leaf = grid.leaves.find((l) => l.column.keys[0] === '多機関協働事業')!;
    const sql = drilldownSql(spec, schema, { rowLevel: row.pivotLevel, rowLabels: [String(row.r0)], columnKeys: leaf.column.keys });
    const drilled = tableToRows(db.query(sql));
    const hokkaido = new Set(parsed.entities.filter((e) => e.prefecture === '北海道').map((e) => e.entity_id));
    const expected = parsed.programs.filter((p) => p.program === '多機関協働事業' && hokkaido.has(p.entity_id));
    expect(expected.length).toBeGreaterThan(0);
    expect(drilled.map((r) => r.entity_id).sort()).toEqual(expected.map((p) => p.entity_id).sort());
    expect(drilled.length).toBe(row[leaf.id]);
    expect(drilled.map((r) => [r.line_start, r.line_end])).toEqual(
      drilled.map((r) => { const p = expected.find((x) => x.entity_id === r.entity_id)!; return [p.line_start, p.line_end]; }),
    );
  });
});
