import type { BarData } from 'plotly.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToColumns } from '../../../common/arrowAdapters';
import { loadCorpora } from '../../../electron/engine/loadCorpora';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { emptySpec, type ChartSpec } from '../../../renderer/charts/chartSpec';
import { buildFigure, type ChartFigure } from '../../../renderer/charts/figure';
import { KNOWN_ORDERS } from '../../../renderer/pivot/generateSql';
import { bundled } from '../../corpus/seed';

/** The order Plotly draws categories in: the axis's array when given, else each trace's new categories appended. */
function drawnCategories(figure: ChartFigure, axis: 'xaxis' | 'yaxis'): string[] {
  const layoutAxis = figure.layout[axis];
  if (layoutAxis?.categoryorder === 'array') return layoutAxis.categoryarray as string[];
  const seen: string[] = [];
  for (const t of figure.data as Partial<BarData>[]) for (const c of (axis === 'xaxis' ? t.x : t.y) as string[]) if (!seen.includes(c)) seen.push(c);
  return seen;
}

const PROGRAMS_BY_PREFECTURE = `SELECT e.prefecture, p.program, count(*) AS reports
FROM programs AS p JOIN entities AS e USING (corpus, entity_id)
GROUP BY e.prefecture, p.program
ORDER BY e.prefecture, p.program`;

describe('bar categories in the domain order the pivot uses', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
    loadCorpora(db, [bundled()]);
  });
  afterAll(() => db?.close());

  const codeOrder = (names: string[]) => KNOWN_ORDERS.prefecture.filter((p) => names.includes(p));

  it('puts prefectures in 都道府県コード order in a bar chart coloured by program (the query sorted them by name)', () => {
    const columns = tableToColumns(db.query(PROGRAMS_BY_PREFECTURE));
    const prefectures = [...new Set(columns.prefecture as string[])];
    expect(prefectures.length).toBe(14);
    const spec: ChartSpec = { ...emptySpec('bar'), x: 'prefecture', y: 'reports', color: 'program', bar: { mode: 'stack', orientation: 'v' } };
    const figure = buildFigure(spec, columns, 'ja');
    const drawn = drawnCategories(figure, 'xaxis');
    expect(drawn).toEqual(codeOrder(prefectures));
    expect(drawn.slice(0, 3)).toEqual(['北海道', '青森県', '岩手県']);
    expect((figure.data as Partial<BarData>[]).map((t) => t.name)).toEqual(KNOWN_ORDERS.program.filter((p) => (columns.program as string[]).includes(p)));
    const horizontal = buildFigure({ ...spec, bar: { mode: 'group', orientation: 'h' } }, columns, 'ja');
    expect(drawnCategories(horizontal, 'yaxis')).toEqual(codeOrder(prefectures));
  });

  it('keeps a ranking the query made (bars sorted by their value)', () => {
    const columns = tableToColumns(db.query('SELECT prefecture, count(*) AS n FROM entities GROUP BY 1 ORDER BY n DESC, prefecture'));
    const figure = buildFigure({ ...emptySpec('bar'), x: 'prefecture', y: 'n' }, columns, 'ja');
    expect(drawnCategories(figure, 'xaxis')).toEqual(columns.prefecture);
    expect(drawnCategories(figure, 'xaxis')[0]).toBe('東京都');
  });

  it('keeps the query order of a column without a domain order, across colour groups', () => {
    const columns = { g: ['c', 'a', 'b', 'a'], k: ['y', 'x', 'y', 'x'], v: [1, 5, 2, 3] };
    const figure = buildFigure({ ...emptySpec('bar'), x: 'g', y: 'v', color: 'k' }, columns, 'ja');
    expect(drawnCategories(figure, 'xaxis')).toEqual(['c', 'a', 'b']);
  });
});
