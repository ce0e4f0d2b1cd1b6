import { useEffect, useRef } from 'react';
import type { ChartFigure } from '../charts/figure';
import { loadPlotly } from '../charts/loadPlotly';
import { rowsBehindMarks, type ClickedPoint } from '../charts/markRows';

/** One Plotly chart: drawn with react() on each new figure, purged once when the cell goes away. */
interface PlotlyChartProps {
  figure: ChartFigure;
  onElement?: (el: HTMLDivElement | null) => void;
  /** Result rows behind a clicked mark, so the room can show their source lines. */
  onRowsClicked?: (rows: number[]) => void;
}

type ClickableDiv = HTMLDivElement & { on?: (event: 'plotly_click', handler: (e: { points: ClickedPoint[] }) => void) => void };

export function PlotlyChart({ figure, onElement, onRowsClicked }: PlotlyChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const onElementRef = useRef(onElement);
  onElementRef.current = onElement;
  const onRowsRef = useRef(onRowsClicked);
  onRowsRef.current = onRowsClicked;
  const figureRef = useRef(figure);
  figureRef.current = figure;
  const listening = useRef(false);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let disposed = false;
    loadPlotly().then(async (Plotly) => {
      if (disposed) return;
      await Plotly.react(el, figure.data, { ...figure.layout, autosize: true }, { displaylogo: false, responsive: true, locale: 'ja' });
      const clickable = el as ClickableDiv;
      if (!listening.current && clickable.on) {
        listening.current = true;
        clickable.on('plotly_click', (e) => {
          const rows = rowsBehindMarks(figureRef.current, e.points);
          if (rows.length) onRowsRef.current?.(rows);
        });
      }
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
