import { useMemo, useState } from 'react';
import type { NotebookCell } from '../../common/notebookFormat';
import { cellResultName } from '../../common/notebookFormat';
import { ResultGrid } from '../grid/ResultGrid';
import { SqlEditor } from '../sql/SqlEditor';
import { formatNumber } from '../i18n/messages';
import type { Table } from 'apache-arrow';
import type { SourceRef } from '../app/workbenchContext';
import { ChartEditor, PivotEditor } from './CellEditors';
import { pivotText } from './exportData';
import { renderMarkdown } from './markdown';
import type { NotebookAction } from './notebookState';
import type { NotebookMessageKey } from './messages';
import { PlotlyChart } from './PlotlyChart';
import type { CellRun } from './runCell';

export type CellRunState = CellRun | null | 'running' | undefined;

interface CellViewProps {
  cell: NotebookCell;
  index: number;
  count: number;
  run: CellRunState;
  /** Result names of the cells above, for a pivot's or chart's input. */
  inputs: string[];
  /** Columns of this cell's input result, when it has run. */
  inputColumns: string[];
  completionSchema: Record<string, string[]>;
  t: (key: NotebookMessageKey, params?: Record<string, string | number>) => string;
  dispatch: (action: NotebookAction) => void;
  onRun: () => void;
  onChartElement: (id: string, el: HTMLDivElement | null) => void;
  onOpenSource: (ref: SourceRef) => void;
  /** A chart mark was clicked: the rows of the chart's input behind it. */
  onChartRows: (table: Table, rows: number[]) => void;
}

function MarkdownCellBody({ source, t, onChange }: { source: string; t: CellViewProps['t']; onChange: (s: string) => void }) {
  const [editing, setEditing] = useState(source === '');
  const html = useMemo(() => renderMarkdown(source), [source]);
  if (editing) {
    return (
      <div className="markdown-edit">
        <textarea data-field="markdown-source" defaultValue={source} rows={Math.max(4, source.split('\n').length + 1)} onChange={(e) => onChange(e.target.value)} />
        <button onClick={() => setEditing(false)}>{t('done')}</button>
      </div>
    );
  }
  return (
    <div className="markdown-body" data-testid="markdown-body" onDoubleClick={() => setEditing(true)}>
      {/* Sanitised by DOMPurify in renderMarkdown: no script, no handlers, no external references. */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
      <button className="link edit-markdown" onClick={() => setEditing(true)}>{t('edit')}</button>
    </div>
  );
}

function CellOutput({ cell, run, t, onChartElement, onOpenSource, onChartRows }: Pick<CellViewProps, 'cell' | 'run' | 't' | 'onChartElement' | 'onOpenSource' | 'onChartRows'>) {
  const pivot = useMemo(() => (run && run !== 'running' && run.status === 'ok' && run.kind === 'pivot' ? pivotText(run.grid, run.plan) : null), [run]);
  if (cell.kind === 'markdown') return null;
  if ((run === undefined || run === null) && (cell.kind === 'sql' || cell.kind === 'pivot') && cell.cached) {
    const cached = cell.cached;
    return (
      <div className="cell-output cached" data-state="not-run">
        <p className="cell-status muted">{t('cachedAt', { at: new Date(cached.ranAt).toLocaleString('ja-JP'), n: formatNumber(cached.rowCount) })}</p>
        <div className="pivot-wrap">
          <table className="notebook-pivot cached-table">
            <thead>
              <tr>{cached.columns.map((c, i) => <th key={i}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {cached.rows.slice(0, 200).map((r, i) => (
                <tr key={i}>{r.map((v, j) => <td key={j}>{typeof v === 'number' ? formatNumber(v) : v === null ? 'NULL' : String(v)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    );
  }
  if (run === undefined || run === null) return <p className="cell-status muted" data-state="not-run">{t('notRun')}</p>;
  if (run === 'running') return <p className="cell-status running" data-state="running">{t('running')}</p>;
  if (run.status === 'error') {
    return (
      <pre className="cell-error" role="alert" data-state="error">
        {run.message}
      </pre>
    );
  }
  const timing = `${formatNumber(run.millis / 1000)} 秒`;
  if (run.kind === 'sql') {
    return (
      <div className="cell-output" data-state="done">
        <p className="cell-status">
          <span data-testid="cell-row-count">{t('rows', { n: formatNumber(run.rowCount) })}</span> · {timing}
        </p>
        <div className="cell-grid" style={{ height: Math.min(360, 60 + Math.min(run.table.numRows, 12) * 28) }}>
          <ResultGrid table={run.table} onOpenSource={(r) => onOpenSource(r)} />
        </div>
      </div>
    );
  }
  if (run.kind === 'pivot' && pivot) {
    return (
      <div className="cell-output" data-state="done">
        <div className="pivot-wrap">
          <table className="notebook-pivot" data-testid="notebook-pivot">
            <thead>
              <tr>{pivot.columns.map((c, i) => <th key={i}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {pivot.rows.map((r, i) => (
                <tr key={i} className={r.kind}>
                  {r.cells.map((v, j) => (j < pivot.labelColumns ? <th key={j} scope="row">{v}</th> : <td key={j}>{v}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="cell-status">{timing}</p>
      </div>
    );
  }
  if (run.kind === 'chart') {
    return (
      <div className="cell-output" data-state="done">
        <PlotlyChart figure={run.figure} onElement={(el) => onChartElement(cell.id, el)} onRowsClicked={(rows) => onChartRows(run.table, rows)} />
        <p className="cell-status">
          {formatNumber(run.figure.plotted)} 点{run.figure.dropped ? `（値のない ${formatNumber(run.figure.dropped)} 行を除外）` : ''}
          {run.figure.trends.length ? ` · r = ${run.figure.trends.map((tr) => tr.fit.r.toFixed(2)).join(', ')}` : ''} · {timing}
        </p>
      </div>
    );
  }
  return null;
}

/** One notebook cell: its header (kind, name, input, actions), its editor and its output. */
export function CellView(props: CellViewProps) {
  const { cell, index, count, t, dispatch } = props;
  const update = (patch: Extract<NotebookAction, { type: 'update' }>['patch']) => dispatch({ type: 'update', id: cell.id, patch });
  const name = cellResultName(cell);
  return (
    <article className={`notebook-cell kind-${cell.kind}`} data-cell-id={cell.id} data-cell-kind={cell.kind} data-cell-index={index}>
      <header className="cell-header">
        <span className="cell-kind">{t(`kind_${cell.kind}`)}</span>
        {name !== null && (
          <label className="cell-name">
            {t('resultName')}
            <input data-field="name" value={name} onChange={(e) => update({ name: e.target.value })} spellCheck={false} />
          </label>
        )}
        {(cell.kind === 'pivot' || cell.kind === 'chart') && (
          <label className="cell-input">
            {t('input')}
            <select data-field="input" value={cell.input} onChange={(e) => update({ input: e.target.value })}>
              {[...new Set([...props.inputs, cell.input])].filter(Boolean).map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
        )}
        <span className="spacer" />
        {cell.kind !== 'markdown' && (
          <button className="primary" data-action="run-cell" onClick={props.onRun} disabled={props.run === 'running'}>
            ▶ {t('run')}
          </button>
        )}
        <button data-action="move-up" title={t('up')} disabled={index === 0} onClick={() => dispatch({ type: 'move', id: cell.id, by: -1 })}>↑</button>
        <button data-action="move-down" title={t('down')} disabled={index === count - 1} onClick={() => dispatch({ type: 'move', id: cell.id, by: 1 })}>↓</button>
        <button data-action="delete" title={t('delete')} onClick={() => dispatch({ type: 'delete', id: cell.id })}>✕</button>
      </header>
      {cell.kind === 'markdown' && <MarkdownCellBody source={cell.source} t={t} onChange={(source) => update({ source })} />}
      {cell.kind === 'sql' && (
        <div className="cell-sql sql-editor-host">
          <SqlEditor initialText={cell.source} completionSchema={props.completionSchema} placeholderText="SELECT …" onRun={props.onRun} onChange={(source) => update({ source })} />
        </div>
      )}
      {cell.kind === 'pivot' && <PivotEditor cell={cell} columns={props.inputColumns} t={t} onSpec={(spec) => dispatch({ type: 'update', id: cell.id, patch: { spec } })} />}
      {cell.kind === 'chart' && <ChartEditor cell={cell} columns={props.inputColumns} t={t} onSpec={(spec) => dispatch({ type: 'update', id: cell.id, patch: { spec } })} />}
      <CellOutput cell={cell} run={props.run} t={t} onChartElement={props.onChartElement} onOpenSource={props.onOpenSource} onChartRows={props.onChartRows} />
    </article>
  );
}
