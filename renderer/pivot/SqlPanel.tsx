import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/locale';
import { pivotText, type PivotTextKey } from './pivotText';

/** The generated SQL, readable and copyable; the grid never computes anything this SQL does not. */
export function SqlPanel({ sql, keysSql, onOpenInSql, onOpenInCharts, children }: {
  sql: string;
  keysSql: string | null;
  onOpenInSql?: () => void;
  onOpenInCharts?: () => void;
  /** More actions on this pivot, after the panel's own. */
  children?: ReactNode;
}) {
  const { locale } = useI18n();
  const tx = (k: PivotTextKey) => pivotText(locale, k);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sql);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <aside className="pivot-sql" aria-label={tx('sql')}>
      <div className="pivot-sql-head">
        <h3>{tx('sql')}</h3>
        <button type="button" onClick={() => void copy()} data-testid="pivot-copy-sql">{copied ? tx('copied') : tx('copy')}</button>
        {onOpenInSql && <button type="button" onClick={onOpenInSql} data-testid="pivot-open-sql">{tx('openInSql')}</button>}
        {onOpenInCharts && <button type="button" onClick={onOpenInCharts} data-testid="pivot-open-charts">{tx('openInCharts')}</button>}
        {children}
      </div>
      <pre className="pivot-sql-text" data-testid="pivot-sql">{sql}</pre>
      {keysSql && (
        <details>
          <summary>{tx('keysSql')}</summary>
          <pre className="pivot-sql-text">{keysSql}</pre>
        </details>
      )}
    </aside>
  );
}
