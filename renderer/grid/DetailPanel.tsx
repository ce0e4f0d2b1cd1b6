import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { columnCellText, lineRefOf, type RowLineRef } from './cellText';
import type { ArrowRows, GridRow } from './gridRows';

export interface DetailPanelProps {
  rows: ArrowRows;
  row: GridRow;
  /** The row's place in the grid as the user sees it (1-based). */
  position: number;
  onOpenSource?: (ref: RowLineRef) => void;
  resolveRecord?: (entityId: string) => Promise<RowLineRef | null>;
  onClose(): void;
}

/** One row read whole: every column's full text, flagged values with the reason, and a link to its report lines. */
export function DetailPanel({ rows, row, position, onOpenSource, resolveRecord, onClose }: DetailPanelProps) {
  const { t } = useI18n();
  const record = rows.record(row);
  const direct = lineRefOf(record);
  const entityId = typeof record.entity_id === 'string' ? record.entity_id : null;
  const [resolved, setResolved] = useState<RowLineRef | null>(null);
  const hasDirect = direct !== null;

  useEffect(() => {
    setResolved(null);
    if (hasDirect || !entityId || !resolveRecord || !onOpenSource) return;
    let live = true;
    void resolveRecord(entityId).then((found) => live && setResolved(found));
    return () => {
      live = false;
    };
  }, [hasDirect, entityId, resolveRecord, onOpenSource]);

  const source = direct ?? resolved;
  return (
    <aside
      className="grid-side detail-panel"
      data-testid="detail-panel"
      data-row={position}
      aria-label={t('grid.detailTitle', { row: formatNumber(position) })}
    >
      <header>
        <h3>{t('grid.detailTitle', { row: formatNumber(position) })}</h3>
        <button type="button" onClick={onClose} data-testid="detail-close">{t('grid.close')}</button>
      </header>
      {source && onOpenSource && (
        <button type="button" className="primary detail-source" onClick={() => onOpenSource(source)} data-testid="detail-open-source">
          {t('grid.openSourceLines', { start: source.line_start, end: source.line_end })}
        </button>
      )}
      <dl className="detail-fields">
        {rows.names.map((name, k) => {
          const flag = rows.flagText(row, k);
          const value = row.v[k];
          return (
            <div key={k} className={flag ? 'detail-field cell-flagged' : 'detail-field'} data-column={name}>
              <dt>{name}</dt>
              <dd className={value === null || value === undefined ? 'cell-null' : undefined}>{columnCellText(name)(value)}</dd>
              {flag && <dd className="detail-flag" data-testid="detail-flag"><strong>{t('grid.flagged')}</strong> {flag}</dd>}
            </div>
          );
        })}
      </dl>
    </aside>
  );
}
