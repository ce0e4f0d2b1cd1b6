import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { isActiveFilter, type ColumnFilter, type ColumnFilters } from './viewSql';

function describe(filter: ColumnFilter, column: string, t: ReturnType<typeof useI18n>['t']): string {
  if (filter.kind === 'contains') return t('grid.filterContains', { column, text: filter.text });
  if (filter.kind === 'range') return t('grid.filterRange', { column, min: filter.min === null ? '' : formatNumber(filter.min), max: filter.max === null ? '' : formatNumber(filter.max) });
  const shown = filter.values.slice(0, 3).map((v) => v ?? t('grid.nullValue'));
  return t('grid.filterValues', { column, values: shown.join(', ') + (filter.values.length > 3 ? ` ${t('grid.moreValues', { n: filter.values.length - 3 })}` : '') });
}

export interface FilterBarProps {
  names: readonly string[];
  filters: ColumnFilters;
  shown: number | null;
  total: number;
  onRemove(column: number): void;
  onClearAll(): void;
}

/** The filters in force, each removable, and how many rows they leave. Nothing when no filter is set. */
export function FilterBar({ names, filters, shown, total, onRemove, onClearAll }: FilterBarProps) {
  const { t } = useI18n();
  const active = [...filters].filter(([c, f]) => isActiveFilter(c, f));
  if (active.length === 0) return null;
  return (
    <div className="grid-filter-bar" data-testid="grid-filter-bar" role="status">
      <strong>{t('grid.filtering')}</strong>
      {active.map(([column, filter]) => (
        <span key={column} className="filter-chip" data-testid="filter-chip" data-column={names[column]}>
          <span className="filter-text">{describe(filter, names[column], t)}</span>
          <button type="button" aria-label={t('grid.removeFilter')} title={t('grid.removeFilter')} onClick={() => onRemove(column)}>×</button>
        </span>
      ))}
      <span className="filter-count" data-testid="filter-count">
        {shown === null ? t('grid.loading') : t('grid.shown', { shown: formatNumber(shown), total: formatNumber(total) })}
      </span>
      <button type="button" className="link" onClick={onClearAll} data-testid="filter-clear-all">{t('grid.clearAll')}</button>
    </div>
  );
}
