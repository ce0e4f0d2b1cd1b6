import { useEffect, useState, type RefObject } from 'react';
import { useChartText } from './chartMessages';
import type { ChartViewHandle } from './ChartView';
import { offerDownload } from '../app/download';
import { chartSvg, copyPng, exportFileName, svgToPng } from './exportImage';

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/** PNG / SVG / clipboard, all made from the font-embedded SVG so Japanese survives on any machine. */
export function ChartExport({ view, title, disabled }: { view: RefObject<ChartViewHandle | null>; title: string; disabled: boolean }) {
  const t = useChartText();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  // "Copied" is news for a moment, not a state to keep showing.
  useEffect(() => {
    if (state.kind !== 'done') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const exportAs = async (what: 'png' | 'svg' | 'copy') => {
    const drawn = view.current?.drawn();
    if (!drawn) return;
    setState({ kind: 'busy' });
    try {
      const size = { width: Math.max(640, drawn.element.clientWidth), height: Math.max(420, drawn.element.clientHeight) };
      const svg = await chartSvg(drawn.plotly, drawn.element, size);
      if (what === 'svg') {
        offerDownload(exportFileName(title, 'svg'), new Blob([svg], { type: 'image/svg+xml' }));
        setState({ kind: 'idle' });
        return;
      }
      const png = await svgToPng(svg, size);
      if (what === 'png') {
        offerDownload(exportFileName(title, 'png'), png);
        setState({ kind: 'idle' });
      } else {
        await copyPng(png);
        setState({ kind: 'done', message: t('copied') });
      }
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const busy = state.kind === 'busy';
  return (
    <div className="chart-export" data-testid="chart-export" data-state={state.kind}>
      <button onClick={() => void exportAs('png')} disabled={disabled || busy} data-testid="export-png">
        {t('exportPng')}
      </button>
      <button onClick={() => void exportAs('svg')} disabled={disabled || busy} data-testid="export-svg">
        {t('exportSvg')}
      </button>
      <button onClick={() => void exportAs('copy')} disabled={disabled || busy} data-testid="copy-png">
        {t('copy')}
      </button>
      {busy && <span className="muted">{t('exporting')}</span>}
      {state.kind === 'done' && <span className="chart-note">{state.message}</span>}
      {state.kind === 'error' && (
        <span className="chart-error" role="alert">
          {state.message}
        </span>
      )}
    </div>
  );
}
