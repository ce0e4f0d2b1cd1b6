import { describe, expect, it } from 'vitest';
import { emptySpec } from '../../renderer/charts/chartSpec';
import { buildFigure } from '../../renderer/charts/figure';

describe('a received notebook’s chart text is shown, never followed', () => {
  it('escapes the title and axis titles Plotly would read as HTML (a link out of the app)', () => {
    const spec = { ...emptySpec(), kind: 'scatter' as const, x: 'aging_rate', y: 'ratio', title: '<a href="https://example.com">達成率</a>', xLabel: '<b onclick=1>高齢化率</b>' };
    const figure = buildFigure(spec, { aging_rate: [26.7, 32.8], ratio: [1, 0.5] }, 'ja');
    const layout = figure.layout as { title: { text: string }; xaxis: { title: { text: string } } };
    expect(layout.title.text).toBe('&lt;a href="https://example.com"&gt;達成率&lt;/a&gt;');
    expect(layout.xaxis.title.text).toBe('&lt;b onclick=1&gt;高齢化率&lt;/b&gt;');
  });
});
