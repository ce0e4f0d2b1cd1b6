import type { SourceRef } from '../app/workbenchContext';
import { lineRefOf } from '../grid/cellText';
import { useChartText } from './chartMessages';
import { useI18n } from '../i18n/locale';
import { columnLabel, formatValue } from './columnLabels';
import { recordLabel } from './records';

export type MarkRowsState =
  | { kind: 'loading' }
  | { kind: 'rows'; columns: string[]; rows: Record<string, unknown>[] }
  | { kind: 'error'; message: string };

interface MarkRowsProps {
  state: MarkRowsState;
  onOpenSource(ref: SourceRef): void;
  /** Asks where a record's lines are when a row names a record but carries no line numbers. */
  onOpenRecord(entityId: string): void;
  onClose(): void;
}

const SHOWN_COLUMNS_MAX = 12;
const SHOWN_ROWS_MAX = 500;
const LINE_COLUMNS = new Set(['corpus', 'line_start', 'line_end', 'target_line', 'result_line', 'line', 'line_no']);

/** The rows behind a clicked mark, each with the way to its source lines. */
export function MarkRows({ state, onOpenSource, onOpenRecord, onClose }: MarkRowsProps) {
  const t = useChartText();
  return (
    <aside className="mark-rows" data-testid="mark-rows" aria-live="polite">
      <header>
        <h3>
          {t('behind')}
          {state.kind === 'rows' && <span className="muted"> — {t('behindCount', { rows: state.rows.length.toLocaleString('ja-JP') })}</span>}
        </h3>
        <button className="link" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      {state.kind === 'loading' && <p className="muted">…</p>}
      {state.kind === 'error' && (
        <p className="chart-error" role="alert">
          {t('error')}: {state.message}
        </p>
      )}
      {state.kind === 'rows' && state.rows.length === 0 && <p className="muted">{t('noRows')}</p>}
      {state.kind === 'rows' && state.rows.length > 0 && <RowsTable {...state} onOpenSource={onOpenSource} onOpenRecord={onOpenRecord} />}
    </aside>
  );
}

function RowsTable({ columns, rows, onOpenSource, onOpenRecord }: { columns: string[]; rows: Record<string, unknown>[] } & Pick<MarkRowsProps, 'onOpenSource' | 'onOpenRecord'>) {
  const t = useChartText();
  const i18n = useI18n();
  const { locale } = i18n;
  const shown = columns.filter((c) => !LINE_COLUMNS.has(c)).slice(0, SHOWN_COLUMNS_MAX);
  const byColumns = Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])]));
  return (
    <div className="mark-rows-scroll">
      <table>
        <thead>
          <tr>
            <th>{t('source')}</th>
            {shown.map((c) => (
              <th key={c} title={c}>
                {columnLabel(c, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN_ROWS_MAX).map((row, i) => (
            <tr key={i} data-testid="mark-row">
              <td className="mark-sources">{sourceButtons(row, recordLabel(byColumns, i), t, onOpenSource, onOpenRecord, i18n.t('curation.reviewPair'))}</td>
              {shown.map((c) => (
                <td key={c} className={typeof row[c] === 'number' ? 'cell-number' : undefined}>
                  {formatValue(row[c], c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function sourceButtons(
  row: Record<string, unknown>,
  label: string,
  t: ReturnType<typeof useChartText>,
  onOpenSource: (ref: SourceRef) => void,
  onOpenRecord: (entityId: string) => void,
  reviewLabel: string,
) {
  const entity = typeof row.entity_id === 'string' ? row.entity_id : null;
  // A target/result pair cites two lines: one button each, so the reader sees both sentences in the report's words.
  if (typeof row.target_line === 'number' || typeof row.result_line === 'number') {
    const lines = (['target_line', 'result_line'] as const).filter((c) => typeof row[c] === 'number');
    const buttons = lines.map((c) => (
      <button key={c} className="source-button" onClick={() => onOpenSource({ entity_id: entity, line_start: row[c] as number, line_end: row[c] as number })}>
        {t(c === 'target_line' ? 'targetLine' : 'resultLine', { line: (row[c] as number).toLocaleString('ja-JP') })}
      </button>
    ));
    if (lines.length < 2) return buttons;
    // Both sentences at once, with the pair to accept, reject or correct (renderer/curation).
    const [from, to] = [row.target_line as number, row.result_line as number].sort((a, b) => a - b);
    return [
      ...buttons,
      <button key="pair" className="source-button" onClick={() => onOpenSource({ entity_id: entity, line_start: from, line_end: to })} data-testid="mark-pair">
        {reviewLabel}
      </button>,
    ];
  }
  const ref = lineRefOf(row);
  if (ref) {
    return (
      <button className="source-button" title={label} onClick={() => onOpenSource(ref)} data-testid="mark-source">
        {t('source')}
      </button>
    );
  }
  if (entity) {
    return (
      <button className="source-button" title={label} onClick={() => onOpenRecord(entity)} data-testid="mark-source">
        {t('record')}
      </button>
    );
  }
  return null;
}
