import type { BarData, HeatmapData, ScatterData } from 'plotly.js';
import { describe, expect, it } from 'vitest';
import { emptySpec, type ChartSpec } from '../../../renderer/charts/chartSpec';
import { MAX_COLOUR_TRACES, PALETTE } from '../../../renderer/charts/colours';
import { buildFigure, markerSizes, WEBGL_THRESHOLD, type ColumnData } from '../../../renderer/charts/figure';
import { rowsBehindMarks } from '../../../renderer/charts/markRows';

/** The shape of the attainment-vs-aging query result, six records (values shaped like the corpus's). */
const records: ColumnData = {
  entity_id: ['北海道 札幌市', '北海道 京極町', '青森県 東津軽郡', '青森県', '岩手県 盛岡市', '秋田県 秋田市'],
  prefecture: ['北海道', '北海道', '青森県', '青森県', '岩手県', '秋田県'],
  municipality: ['札幌市', '京極町', '東津軽郡', '', '盛岡市', '秋田市'],
  aging_rate: [1, 2, 3, 31.4, null, 33.1],
  ratio: [2, 4, 5, null, 0.9, 1.2],
  population: [1_966_735, 3_100, 10_000, 1_250_000, 289_000, null],
  program_group: ['地域力のみ', '両方', '地域力のみ', '都道府県', '多機関のみ', '両方'],
};

function scatter(extra: Partial<ChartSpec> = {}): ChartSpec {
  return { ...emptySpec('scatter'), x: 'aging_rate', y: 'ratio', ...extra };
}

function traces<T>(figure: { data: unknown[] }): Partial<T>[] {
  return figure.data as Partial<T>[];
}

describe('buildFigure: axes and titles', () => {
  it('titles the chart and axes in Japanese from the column labels, with units', () => {
    const figure = buildFigure(scatter(), records, 'ja');
    expect(figure.layout.title).toEqual({ text: '達成率 × 高齢化率' });
    expect(figure.layout.xaxis?.title).toEqual({ text: '高齢化率 (%)' });
    expect(figure.layout.yaxis?.title).toEqual({ text: '達成率' });
    expect(figure.layout.font?.family).toContain('Noto Sans JP');
  });

  it('uses the labels the user typed', () => {
    const figure = buildFigure(scatter({ title: '高齢化と達成', xLabel: '65歳以上の割合', yLabel: '実績 ÷ 目標' }), records, 'ja');
    expect(figure.layout.title).toEqual({ text: '高齢化と達成' });
    expect(figure.layout.xaxis?.title).toEqual({ text: '65歳以上の割合' });
    expect(figure.layout.yaxis?.title).toEqual({ text: '実績 ÷ 目標' });
  });

  it('explains what is missing instead of drawing', () => {
    const figure = buildFigure({ ...emptySpec('scatter'), x: 'aging_rate' }, records, 'ja');
    expect(figure.data).toEqual([]);
    expect(figure.problems).toEqual(['Y 軸の列を選んでください']);
    expect(buildFigure(scatter({ color: 'nope' }), records, 'ja').problems).toEqual(['列「nope」が結果にありません']);
  });
});

describe('buildFigure: NULL handling', () => {
  it('drops rows whose x or y is NULL and counts them', () => {
    const figure = buildFigure(scatter(), records, 'ja');
    // 青森県 has no ratio, 岩手県 盛岡市 no aging rate.
    expect(figure.totalRows).toBe(6);
    expect(figure.plotted).toBe(4);
    expect(figure.dropped).toBe(2);
    const [trace] = traces<ScatterData>(figure);
    expect(trace.x).toEqual([1, 2, 3, 33.1]);
    expect(trace.y).toEqual([2, 4, 5, 1.2]);
    expect(figure.layout.annotations?.map((a) => a.text)).toContain('NULL などで除外: 2行（全6行）');
  });
});

describe('buildFigure: colour groups', () => {
  it('makes one trace per colour value in order of first appearance, each with its own rows and colour', () => {
    const figure = buildFigure(scatter({ color: 'program_group' }), records, 'ja');
    const data = traces<ScatterData>(figure);
    expect(data.map((t) => t.name)).toEqual(['地域力のみ', '両方']);
    expect(data[0].x).toEqual([1, 3]);
    expect(data[1].x).toEqual([2, 33.1]);
    // Program groups keep their colour in every chart: 地域力 green, 両方 blue.
    expect(data.map((t) => (t.marker as { color: string }).color)).toEqual(['#009E73', '#0072B2']);
    expect(data.every((t) => t.showlegend)).toBe(true);
    expect(figure.layout.legend?.title).toEqual({ text: '実施事業' });
    expect(figure.traceRows).toEqual([[[0], [2]], [[1], [5]]]);
  });

  it('keeps one colour per value across facets, and one legend entry', () => {
    const figure = buildFigure(scatter({ color: 'program_group', facet: 'prefecture' }), records, 'ja');
    const data = traces<ScatterData>(figure);
    expect(data.map((t) => [t.name, t.xaxis, (t.marker as { color: string }).color, t.showlegend])).toEqual([
      ['地域力のみ', 'x', '#009E73', true],
      ['両方', 'x', '#0072B2', true],
      ['地域力のみ', 'x2', '#009E73', false],
      ['両方', 'x3', '#0072B2', false],
    ]);
  });

  it('gives other categories palette colours in order, skipping a colour a program in the same chart owns', () => {
    const figure = buildFigure(scatter({ color: 'prefecture' }), records, 'ja');
    expect(traces<ScatterData>(figure).map((t) => [t.name, (t.marker as { color: string }).color])).toEqual([
      ['北海道', PALETTE[0]],
      ['青森県', PALETTE[1]],
      ['秋田県', PALETTE[2]],
    ]);
    const mixed = buildFigure({ ...emptySpec('bar'), x: 'g' }, { g: ['両方', '東京都'] }, 'ja');
    expect(mixed.data).toHaveLength(1);
    const coloured = buildFigure({ ...emptySpec('bar'), x: 'g', color: 'g' }, { g: ['東京都', '両方'] }, 'ja');
    expect(coloured.data.map((t) => (t as Partial<BarData>).marker?.color)).toEqual([PALETTE[1], '#0072B2']);
  });

  it(`keeps at most ${MAX_COLOUR_TRACES} colour traces: the largest groups, the rest as その他 (last)`, () => {
    const n = 100;
    const g = Array.from({ length: n }, (_, i) => (i < 20 ? '大' : `市${i}`));
    const figure = buildFigure({ ...emptySpec('scatter'), x: 'x', y: 'y', color: 'g' }, { x: g.map((_, i) => i), y: g.map((_, i) => i), g }, 'ja');
    expect(figure.data).toHaveLength(MAX_COLOUR_TRACES);
    const names = figure.data.map((t) => (t as Partial<ScatterData>).name);
    expect(names[0]).toBe('大');
    expect(names[MAX_COLOUR_TRACES - 1]).toBe('その他');
    expect((figure.data[MAX_COLOUR_TRACES - 1] as Partial<ScatterData>).x).toHaveLength(n - 20 - (MAX_COLOUR_TRACES - 2));
    expect(figure.plotted).toBe(n);
    expect(figure.layout.annotations?.map((a) => a.text)).toContain(`色: 多い順に ${MAX_COLOUR_TRACES - 1} 種類まで。残り 52 種類は「その他」`); // 81 groups, 29 kept
  });

  it('colours by a many-valued number on a continuous scale in a single trace', () => {
    const n = 20;
    const cols: ColumnData = { a: Array.from({ length: n }, (_, i) => i), b: Array.from({ length: n }, (_, i) => i * 2), c: Array.from({ length: n }, (_, i) => i / 10) };
    const figure = buildFigure({ ...emptySpec('scatter'), x: 'a', y: 'b', color: 'c' }, cols, 'ja');
    expect(figure.data).toHaveLength(1);
    const marker = traces<ScatterData>(figure)[0].marker as { color: number[]; colorscale: string };
    expect(marker.color).toEqual(cols.c);
    expect(marker.colorscale).toBe('Viridis');
  });
});

describe('buildFigure: size, hover, facets', () => {
  it('scales marker areas with the size column (diameter ∝ √value) between 6 and 32 px', () => {
    expect(markerSizes([0, 100, 400, null])).toEqual([6, 6 + 26 / 2, 32, 6]);
    const figure = buildFigure(scatter({ size: 'population' }), records, 'ja');
    const sizes = (traces<ScatterData>(figure)[0].marker as { size: number[] }).size;
    expect(sizes[0]).toBe(32); // 札幌市, the largest population plotted
    expect(sizes[1]).toBe(6); // 京極町, the smallest
    expect(sizes[3]).toBe(6); // 秋田市 has no population: smallest marker, still drawn
  });

  it('shows the record and its values the Japanese way on hover', () => {
    const figure = buildFigure(scatter({ color: 'program_group', size: 'population' }), records, 'ja');
    const text = traces<ScatterData>(figure)[0].text as string[];
    expect(text[0]).toBe('<b>北海道 札幌市</b><br>高齢化率: 1%<br>達成率: 2<br>実施事業: 地域力のみ<br>人口: 1,966,735人');
    expect(traces<ScatterData>(figure)[0].hovertemplate).toBe('%{text}<extra></extra>');
  });

  it('names a prefecture record by its prefecture and a row without record columns by its number', () => {
    const figure = buildFigure({ ...emptySpec('scatter'), x: 'population', y: 'aging_rate' }, records, 'ja');
    expect((traces<ScatterData>(figure)[0].text as string[])[3]).toMatch(/^<b>青森県<\/b>/);
    const bare = buildFigure({ ...emptySpec('scatter'), x: 'a', y: 'b' }, { a: [1, 2], b: [3, 4] }, 'ja');
    expect((traces<ScatterData>(bare)[0].text as string[])[1]).toBe('<b>2行目</b><br>a: 2<br>b: 4');
  });

  it('draws one panel per facet value with shared scales and a title on each', () => {
    const figure = buildFigure(scatter({ facet: 'prefecture' }), records, 'ja');
    expect(traces<ScatterData>(figure).map((t) => [t.xaxis, t.yaxis, t.x])).toEqual([
      ['x', 'y', [1, 2]],
      ['x2', 'y2', [3]],
      ['x3', 'y3', [33.1]],
    ]);
    const layout = figure.layout as Record<string, { matches?: string }>;
    expect(layout.xaxis2.matches).toBe('x');
    expect(layout.yaxis3.matches).toBe('y');
    expect(figure.layout.annotations?.map((a) => a.text)).toEqual(
      expect.arrayContaining(['都道府県: 北海道', '都道府県: 青森県', '都道府県: 秋田県']),
    );
  });
});

describe('buildFigure: trend line', () => {
  it('fits the plotted points, draws the line over their x range and writes r and n', () => {
    const cols: ColumnData = { x: [1, 2, null, 3], y: [2, 4, 9, 5] };
    const figure = buildFigure({ ...emptySpec('scatter'), x: 'x', y: 'y', trendLine: true }, cols, 'ja');
    expect(figure.trends).toHaveLength(1);
    const { fit } = figure.trends[0];
    expect(fit.n).toBe(3);
    expect(fit.slope).toBeCloseTo(1.5, 12);
    expect(fit.intercept).toBeCloseTo(2 / 3, 12);
    expect(fit.r).toBeCloseTo(0.982, 3);
    const line = traces<ScatterData>(figure)[1];
    expect(line.name).toBe('回帰直線');
    expect(line.x).toEqual([1, 3]);
    expect((line.y as number[])[0]).toBeCloseTo(2.1667, 4);
    expect((line.y as number[])[1]).toBeCloseTo(5.1667, 4);
    expect(figure.traceRows[1]).toBeNull();
    expect(figure.layout.annotations?.map((a) => a.text)).toContain('r = 0.982 (n = 3)　y = 1.5x + 0.667');
  });

  it('fits each facet on its own points', () => {
    const figure = buildFigure(scatter({ trendLine: true, facet: 'prefecture' }), records, 'ja');
    expect(figure.trends.map((t) => [t.facet, t.fit.n])).toEqual([['北海道', 2]]);
    expect(figure.layout.annotations?.map((a) => a.text)).toContain('回帰直線: 点が2つ以上必要です');
  });
});

describe('buildFigure: reference line', () => {
  it('draws 達成率 = 1 as a dotted line across every panel, named 目標どおり', () => {
    const figure = buildFigure(scatter({ referenceY: 1, facet: 'prefecture' }), records, 'ja');
    expect(figure.layout.shapes).toHaveLength(3);
    expect(figure.layout.shapes?.[1]).toMatchObject({ type: 'line', xref: 'x2 domain', yref: 'y2', x0: 0, x1: 1, y0: 1, y1: 1 });
    expect(figure.layout.annotations?.filter((a) => a.text === '目標どおり (1)')).toHaveLength(3);
  });

  it('names another value 基準, puts it on x for horizontal bars, and draws nothing when unset', () => {
    const bars = buildFigure({ ...emptySpec('bar'), x: 'prefecture', y: 'aging_rate', referenceY: 28.5, bar: { mode: 'group', orientation: 'h' } }, records, 'ja');
    expect(bars.layout.shapes?.[0]).toMatchObject({ xref: 'x', yref: 'y domain', x0: 28.5, x1: 28.5, y0: 0, y1: 1 });
    expect(bars.layout.annotations?.map((a) => a.text)).toContain('基準 28.5');
    expect(buildFigure(scatter(), records, 'ja').layout.shapes).toBeUndefined();
    expect(buildFigure({ ...emptySpec('histogram'), x: 'aging_rate', referenceY: 3 }, records, 'ja').layout.shapes).toBeUndefined();
  });
});

describe('buildFigure: bars, boxes, histograms, heatmaps', () => {
  const shares: ColumnData = {
    prefecture: ['北海道', '北海道', '青森県', '青森県'],
    program: ['地域力強化推進事業', '多機関協働事業', '地域力強化推進事業', '多機関協働事業'],
    share_pct: [60, 40, 50, null],
  };

  it('groups or stacks bars and keeps the rows behind each bar', () => {
    const spec: ChartSpec = { ...emptySpec('bar'), x: 'prefecture', y: 'share_pct', color: 'program' };
    const grouped = buildFigure(spec, shares, 'ja');
    expect(grouped.layout.barmode).toBe('group');
    expect(traces<BarData>(grouped).map((t) => [t.name, t.x, t.y])).toEqual([
      ['地域力強化推進事業', ['北海道', '青森県'], [60, 50]],
      ['多機関協働事業', ['北海道'], [40]],
    ]);
    expect(grouped.dropped).toBe(1);
    expect(grouped.layout.title).toEqual({ text: '実施している記録の割合（都道府県別）' });
    expect(buildFigure({ ...spec, bar: { mode: 'stack', orientation: 'v' } }, shares, 'ja').layout.barmode).toBe('stack');
    expect(rowsBehindMarks(grouped, [{ curveNumber: 0, pointNumber: 1 }])).toEqual([2]);
  });

  it('turns horizontal bars on their side, categories top-down, value title on the x axis', () => {
    const figure = buildFigure({ ...emptySpec('bar'), x: 'prefecture', y: 'share_pct', bar: { mode: 'group', orientation: 'h' } }, shares, 'ja');
    const [trace] = traces<BarData>(figure);
    expect(trace.orientation).toBe('h');
    expect(trace.y).toEqual(['北海道', '青森県']);
    expect(trace.x).toEqual([100, 50]);
    expect(figure.layout.xaxis?.title).toEqual({ text: '実施している記録の割合 (%)' });
    expect(figure.layout.yaxis?.title).toEqual({ text: '都道府県' });
    expect(figure.layout.yaxis?.autorange).toBe('reversed');
    expect(trace.text).toEqual([
      '都道府県: 北海道<br>実施している記録の割合: 100%<br>（2行の合計）',
      '都道府県: 青森県<br>実施している記録の割合: 50%',
    ]);
  });

  it('counts rows per category when no y column is chosen', () => {
    const figure = buildFigure({ ...emptySpec('bar'), x: 'program_group' }, records, 'ja');
    const [trace] = traces<BarData>(figure);
    expect(trace.x).toEqual(['地域力のみ', '両方', '都道府県', '多機関のみ']);
    expect(trace.y).toEqual([2, 2, 1, 1]);
    expect(rowsBehindMarks(figure, [{ curveNumber: 0, pointNumber: 1 }])).toEqual([1, 5]);
  });

  it('draws boxes per colour with every point clickable', () => {
    const figure = buildFigure({ ...emptySpec('box'), y: 'aging_rate', color: 'prefecture' }, records, 'ja');
    expect(figure.layout.boxmode).toBe('group');
    expect(figure.data.map((t) => (t as { y: number[] }).y)).toEqual([[1, 2], [3, 31.4], [33.1]]);
    expect(rowsBehindMarks(figure, [{ curveNumber: 1, pointNumber: 1 }])).toEqual([3]);
    // A click on the box itself (no point) means every row of that box.
    expect(rowsBehindMarks(figure, [{ curveNumber: 1 }])).toEqual([2, 3]);
  });

  it('bins a histogram in Plotly and maps a clicked bin back through its point numbers', () => {
    const figure = buildFigure({ ...emptySpec('histogram'), x: 'aging_rate' }, records, 'ja');
    expect(figure.data[0]).toMatchObject({ type: 'histogram', x: [1, 2, 3, 31.4, 33.1] });
    expect(figure.layout.yaxis?.title).toEqual({ text: '行数' });
    expect(rowsBehindMarks(figure, [{ curveNumber: 0, pointNumbers: [3, 4] }])).toEqual([3, 5]);
  });

  it('averages z per heatmap cell and keeps the rows of each cell', () => {
    const cols: ColumnData = { p: ['A', 'A', 'B', 'A'], q: ['甲', '甲', '乙', '乙'], v: [1, 3, 10, 7] };
    const figure = buildFigure({ ...emptySpec('heatmap'), x: 'p', y: 'q', z: 'v' }, cols, 'ja');
    const [trace] = traces<HeatmapData>(figure);
    expect(trace.x).toEqual(['A', 'B']);
    expect(trace.y).toEqual(['甲', '乙']);
    expect(trace.z).toEqual([[2, null], [7, 10]]);
    expect(rowsBehindMarks(figure, [{ curveNumber: 0, pointNumber: [0, 0] }])).toEqual([0, 1]);
    const counts = buildFigure({ ...emptySpec('heatmap'), x: 'p', y: 'q' }, cols, 'ja');
    expect((counts.data[0] as Partial<HeatmapData>).z).toEqual([[2, null], [1, 1]]);
  });

  it('sorts a line by x within each colour group', () => {
    const figure = buildFigure({ ...emptySpec('line'), x: 'x', y: 'y' }, { x: [3, 1, 2], y: [30, 10, 20] }, 'ja');
    expect(figure.data[0]).toMatchObject({ mode: 'lines+markers', x: [1, 2, 3], y: [10, 20, 30] });
    expect(rowsBehindMarks(figure, [{ curveNumber: 0, pointNumber: 0 }])).toEqual([1]);
  });
});

describe('buildFigure: large scatters', () => {
  it(`switches to WebGL above ${WEBGL_THRESHOLD.toLocaleString()} points and keeps the SVG trend line`, () => {
    const n = WEBGL_THRESHOLD + 1;
    const cols: ColumnData = { x: Array.from({ length: n }, (_, i) => i), y: Array.from({ length: n }, (_, i) => 3 * i + 1) };
    const figure = buildFigure({ ...emptySpec('scatter'), x: 'x', y: 'y', trendLine: true }, cols, 'ja');
    expect(figure.data.map((t) => t.type)).toEqual(['scattergl', 'scatter']);
    expect(figure.trends[0].fit.slope).toBeCloseTo(3, 9);
    expect(figure.trends[0].fit.r).toBeCloseTo(1, 12);
    const small = buildFigure({ ...emptySpec('scatter'), x: 'x', y: 'y' }, { x: [1], y: [1] }, 'ja');
    expect(small.data[0].type).toBe('scatter');
  });
});

describe('formatNumberJa', () => {
  it('writes numbers as Intl ja-JP does with at most 3 decimals (but never "-0")', async () => {
    const { formatNumberJa } = await import('../../../renderer/charts/columnLabels');
    const intl = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 3 });
    const samples = [0, -0, 1, 26.7, 44.29, 0.2825, 0.0005, 0.9995, 999.9996, 1000, 1_966_735, -1234.5678, 12_345_678.9, 1e14 + 0.5, -0.0004, 123_456_789_012];
    for (let i = 0; i < 2000; i++) samples.push((Math.sin(i) * 10 ** (i % 9)) / 7);
    for (const v of samples) expect(formatNumberJa(v), String(v)).toBe(intl.format(v) === '-0' ? '0' : intl.format(v));
    expect(formatNumberJa(-0.0004)).toBe('0');
  });
});
