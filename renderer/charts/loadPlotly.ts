/** Plotly (1.2 MB) loads on first use, never on the startup path; every caller shares the one load. */
export type PlotlyApi = typeof import('plotly.js/lib/core').default;

/** The Plotly trace types the figures use: must match plotlyBundle.ts's register list. */
export const REGISTERED_TRACE_TYPES = ['scatter', 'scattergl', 'bar', 'box', 'histogram', 'heatmap'] as const;

let loading: Promise<PlotlyApi> | null = null;

export function loadPlotly(): Promise<PlotlyApi> {
  loading ??= import('./plotlyBundle.js').then((m) => m.default).catch((error: unknown) => {
    // A failed load (e.g. a chunk missing after an update) can be retried.
    loading = null;
    throw error;
  });
  return loading;
}

