import type { Table } from 'apache-arrow';
import type { SourceRef } from '../app/workbenchContext';
import { ResultGrid } from '../grid/ResultGrid';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { pivotText } from './pivotText';

export interface Drilldown {
  title: string;
  sql: string;
  table: Table;
}

/** The rows behind one pivot cell; rows that carry corpus lines open them in the source viewer. */
export function DrilldownPanel({ drill, onClose, onOpenSource }: { drill: Drilldown; onClose: () => void; onOpenSource?: (ref: SourceRef) => void }) {
  const { locale } = useI18n();
  return (
    <section className="pivot-drill" data-testid="pivot-drill" aria-label={drill.title}>
      <div className="pivot-drill-head">
        <h3>{pivotText(locale, 'drillTitle', { rows: formatNumber(drill.table.numRows) })} — {drill.title}</h3>
        <button type="button" onClick={onClose}>{pivotText(locale, 'close')}</button>
      </div>
      <details>
        <summary>SQL</summary>
        <pre className="pivot-sql-text">{drill.sql}</pre>
      </details>
      <div className="pivot-drill-grid">
        <ResultGrid table={drill.table} onOpenSource={onOpenSource} />
      </div>
    </section>
  );
}
