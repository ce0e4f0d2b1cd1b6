// The partial Plotly bundle: core plus the trace types the chart builder draws. Import it only through loadPlotly().
import Plotly from 'plotly.js/lib/core';
import bar from 'plotly.js/lib/bar';
import box from 'plotly.js/lib/box';
import heatmap from 'plotly.js/lib/heatmap';
import histogram from 'plotly.js/lib/histogram';
import ja from 'plotly.js/lib/locales/ja';
import scatter from 'plotly.js/lib/scatter';
import scattergl from 'plotly.js/lib/scattergl';

// An unregistered type would silently draw as scatter: tests/e2e/charts-plotly.e2e.test.ts draws every kind.
Plotly.register([scatter, bar, box, histogram, heatmap, scattergl, ja]);

export default Plotly;
