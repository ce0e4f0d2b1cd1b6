import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Config, PlotlyHTMLElement, PlotMouseEvent } from 'plotly.js';
import type { ChartFigure } from './figure';
import { loadPlotly, type PlotlyApi } from './loadPlotly';
import type { ClickedPoint } from './markRows';
import { useChartText } from './chartMessages';

export interface ChartViewHandle {
  /** The drawn chart and the Plotly that drew it, for export; null until drawn. */
  drawn(): { element: HTMLElement; plotly: PlotlyApi } | null;
}

interface ChartViewProps {
  figure: ChartFigure;
  onMarks(points: ClickedPoint[]): void;
  ref?: Ref<ChartViewHandle>;
}

const CONFIG: Partial<Config> = {
  locale: 'ja',
  responsive: true,
  displaylogo: false,
  // Export has its own buttons (Plotly's would lose the Japanese font in PNG).
  modeBarButtonsToRemove: ['toImage'],
};

/** Plotly in React: one owner of the plot div, lazily loaded library, listeners and plot disposed on unmount. */
export function ChartView({ figure, onMarks, ref }: ChartViewProps) {
  const t = useChartText();
  const container = useRef<HTMLDivElement>(null);
  const [plotly, setPlotly] = useState<PlotlyApi | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [drawnAt, setDrawnAt] = useState(0);
  const draws = useRef(0);
  const onMarksRef = useRef(onMarks);
  onMarksRef.current = onMarks;

  useEffect(() => {
    let live = true;
    loadPlotly().then(
      (p) => live && setPlotly(() => p),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  // Listeners and the plot itself belong to this effect: purge on unmount frees WebGL contexts.
  useEffect(() => {
    const element = container.current;
    if (!plotly || !element) return;
    const observer = new ResizeObserver(() => {
      if (element.querySelector('.main-svg')) void plotly.Plots.resize(element);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plotly.purge(element);
    };
  }, [plotly]);

  useEffect(() => {
    const element = container.current;
    if (!plotly || !element) return;
    let live = true;
    const started = performance.now();
    plotly.react(element, figure.data, figure.layout, CONFIG).then((gd: PlotlyHTMLElement) => {
      if (!live) return;
      gd.removeAllListeners?.('plotly_click');
      gd.on('plotly_click', (event: PlotMouseEvent) => {
        onMarksRef.current(event.points.map((p) => ({ curveNumber: p.curveNumber, pointNumber: p.pointNumber, pointNumbers: (p as { pointNumbers?: number[] }).pointNumbers })));
      });
      // Read by the e2e tests and bench/charts.ts: how long Plotly took, and when the latest figure was on screen.
      const now = performance.now();
      draws.current += 1;
      element.dataset.drawMs = String(Math.round(now - started));
      element.dataset.drawnAt = String(now);
      element.dataset.draws = String(draws.current);
      setDrawnAt(now);
    }, (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [plotly, figure]);

  useImperativeHandle(ref, () => ({
    drawn: () => (plotly && container.current && drawnAt > 0 ? { element: container.current, plotly } : null),
  }), [plotly, drawnAt]);

  return (
    <div className="chart-view">
      {!plotly && !error && <p className="chart-loading muted">{t('loadingPlotly')}</p>}
      {error && <p className="chart-error" role="alert">{t('error')}: {error}</p>}
      <div
        ref={container}
        className="chart-plot"
        data-testid="chart-plot"
        data-plotted={figure.plotted}
        data-dropped={figure.dropped}
        data-traces={figure.data.map((d) => d.type).join(',')}
        data-drawn={drawnAt > 0 ? 'yes' : 'no'}
      />
    </div>
  );
}
