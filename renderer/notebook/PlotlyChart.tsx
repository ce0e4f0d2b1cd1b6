import { useEffect, useRef } from 'react';
import type { ChartFigure } from '../charts/figure';
import { loadPlotly } from '../charts/loadPlotly';

/** One Plotly chart: drawn with react() on each new figure, purged once when the cell goes away. */
export function PlotlyChart({ figure, onElement }: { figure: ChartFigure; onElement?: (el: HTMLDivElement | null) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const onElementRef = useRef(onElement);
  onElementRef.current = onElement;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let disposed = false;
    loadPlotly().then(async (Plotly) => {
      if (disposed) return;
      await Plotly.react(el, figure.data, { ...figure.layout, autosize: true }, { displaylogo: false, responsive: true, locale: 'ja' });
      if (!disposed) el.dataset.rendered = 'true';
    });
    return () => {
      disposed = true;
      delete el.dataset.rendered;
    };
  }, [figure]);

  useEffect(() => {
    const el = host.current;
    onElementRef.current?.(el);
    return () => {
      onElementRef.current?.(null);
      if (el) void loadPlotly().then((Plotly) => Plotly.purge(el));
    };
  }, []);

  return <div className="notebook-chart" ref={host} data-testid="notebook-chart" />;
}
