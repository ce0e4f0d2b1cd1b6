import { useMemo, useState, type ReactNode } from 'react';
import { TABLE_NAMES } from '../../common/tables';
import type { SchemaColumn } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { describeColumn, describeTable } from './columnDescriptions';

export interface SchemaBrowserProps {
  schema: SchemaColumn[];
  rowCounts: Record<string, number>;
  onInsert(text: string): void;
  /** Shown under the heading (the SQL room puts its import button there). */
  children?: ReactNode;
}

/** Tables of the contract first (in contract order), then the user's own; click a name to insert it. */
export function SchemaBrowser({ schema, rowCounts, onInsert, children }: SchemaBrowserProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<Set<string>>(() => new Set(['entities']));
  const tables = useMemo(() => {
    const byTable = new Map<string, SchemaColumn[]>();
    for (const c of schema) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
    const rank = (name: string) => {
      const i = (TABLE_NAMES as readonly string[]).indexOf(name);
      return i < 0 ? TABLE_NAMES.length : i;
    };
    return [...byTable].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  }, [schema]);
  const toggle = (name: string) => setOpen((s) => {
    const next = new Set(s);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    return next;
  });
  return (
    <aside className="schema-browser" aria-label={t('schema.title')}>
      <h2>{t('schema.title')}</h2>
      {children}
      <ul className="schema-tables">
        {tables.map(([name, columns]) => (
          <li key={name} className="schema-table" data-table={name}>
            <div className="schema-table-head">
              <button className="twisty" aria-expanded={open.has(name)} onClick={() => toggle(name)}>
                {open.has(name) ? '▾' : '▸'}
              </button>
              <button className="schema-name" title={`${describeTable(name, locale) ?? ''}\n${t('schema.insertHint')}`} onClick={() => onInsert(name)}>
                {name}
              </button>
              {rowCounts[name] !== undefined && <span className="schema-rows">{t('schema.rows', { rows: formatNumber(rowCounts[name]) })}</span>}
            </div>
            {describeTable(name, locale) && open.has(name) && <p className="schema-table-desc">{describeTable(name, locale)}</p>}
            {open.has(name) && (
              <ul className="schema-columns">
                {columns.map((c) => {
                  const desc = describeColumn(name, c.column, locale);
                  return (
                    <li key={c.column}>
                      <button className="schema-column" title={`${desc ?? ''}\n${t('schema.insertHint')}`} onClick={() => onInsert(c.column)}>
                        <span className="col-name">{c.column}</span>
                        <span className="col-type">{c.type}</span>
                      </button>
                      {desc && <span className="col-desc">{desc}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
