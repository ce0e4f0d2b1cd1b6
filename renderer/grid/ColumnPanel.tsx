import { useEffect, useState } from 'react';
import type { Field } from 'apache-arrow';
import { columnReaders, tableToRows } from '../../common/arrowAdapters';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { columnCellText } from './cellText';
import { columnKind } from './gridRows';
import type { RegisteredResult } from './registeredResult';
import { histogramSql, profileSql, topValuesSql, whereSql, type ColumnFilter, type ColumnFilters } from './viewSql';

interface Profile {
  rows: number;
  nulls: number;
  distinct: number;
  min: string;
  max: string;
  top: { key: string | null; n: number }[];
  bins: { from: number; to: number; n: number }[];
}

const BINS = 12;
const VALUE_LIST_NUMBERS = 20;

async function readProfile(result: RegisteredResult, column: number, name: string, filters: ColumnFilters, numeric: boolean): Promise<Profile> {
  const [stats, top, histogram] = await Promise.all([
    result.query((r) => profileSql(r, column, filters)),
    result.query((r) => topValuesSql(r, column, filters)),
    numeric ? result.query((r) => histogramSql(r, column, filters, BINS)) : null,
  ]);
  const [s] = tableToRows(stats);
  const read = columnReaders(stats);
  const text = columnCellText(name);
  const bins = histogram ? tableToRows(histogram).map((b) => {
    const lo = Number(b.lo);
    const width = (Number(b.hi) - lo) / BINS;
    return { from: lo + Number(b.bin) * width, to: lo + (Number(b.bin) + 1) * width, n: Number(b.n) };
  }) : [];
  return {
    rows: Number(s.row_count),
    nulls: Number(s.null_count),
    distinct: Number(s.distinct_count),
    min: text(read[3](0)),
    max: text(read[4](0)),
    top: tableToRows(top).map((r) => ({ key: r.value_text === null ? null : String(r.value_text), n: Number(r.n) })),
    bins,
  };
}

export interface ColumnPanelProps {
  column: number;
  field: Field;
  result: RegisteredResult;
  filters: ColumnFilters;
  onFilter(column: number, filter: ColumnFilter | null): void;
  onClose(): void;
}

/** One column explained and filtered: type, counts, min/max, a histogram or its top values, all by SQL. */
export function ColumnPanel({ column, field, result, filters, onFilter, onClose }: ColumnPanelProps) {
  const { t } = useI18n();
  const numeric = columnKind(field) === 'number';
  const own = filters.get(column) ?? null;
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(own?.kind === 'contains' ? own.text : '');
  const [min, setMin] = useState(own?.kind === 'range' && own.min !== null ? String(own.min) : '');
  const [max, setMax] = useState(own?.kind === 'range' && own.max !== null ? String(own.max) : '');
  // The profile covers the rows the other columns' filters leave: re-read only when those change.
  const scope = whereSql(filters, column);

  useEffect(() => {
    let live = true;
    setProfile(null);
    setError(null);
    readProfile(result, column, field.name, filters, numeric).then(
      (p) => live && setProfile(p),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [result, column, field, numeric, scope]);

  const chosen = own?.kind === 'values' ? own.values : [];
  const toggle = (key: string | null, on: boolean) => {
    const next = on ? [...chosen, key] : chosen.filter((v) => v !== key);
    onFilter(column, next.length ? { kind: 'values', values: next } : null);
  };
  const number = (s: string) => (s.trim() === '' ? null : Number(s.replace(/,/g, '')));
  const maxBin = Math.max(1, ...(profile?.bins.map((b) => b.n) ?? []));
  const maxTop = Math.max(1, ...(profile?.top.map((v) => v.n) ?? []));
  const cell = columnCellText(field.name);
  const valueLabel = (key: string | null) => (key === null ? t('grid.nullValue') : numeric && Number.isFinite(Number(key)) ? cell(Number(key)) : key);
  // A list of mostly unique numbers filters nothing useful: numbers get it only when they repeat.
  const showValues = profile !== null && (!numeric || profile.distinct <= VALUE_LIST_NUMBERS);

  return (
    <aside className="grid-side column-panel" data-testid="column-panel" data-column={field.name} data-state={profile ? 'ready' : error ? 'error' : 'loading'} aria-label={t('grid.profileTitle', { column: field.name })}>
      <header>
        <h3>{t('grid.profileTitle', { column: field.name })}</h3>
        <button type="button" onClick={onClose} data-testid="column-panel-close">{t('grid.close')}</button>
      </header>
      {error && <p className="grid-error" role="alert">{error}</p>}
      {!profile && !error && <p className="muted">{t('grid.loading')}</p>}
      {profile && (
        <>
          <p className="muted">{t('grid.profileScope', { rows: formatNumber(profile.rows) })}</p>
          <dl className="column-stats" data-testid="column-stats">
            <dt>{t('grid.type')}</dt>
            <dd data-stat="type">{String(field.type)}</dd>
            <dt>{t('grid.nulls')}</dt>
            <dd data-stat="nulls">{formatNumber(profile.nulls)}</dd>
            <dt>{t('grid.distinct')}</dt>
            <dd data-stat="distinct">{formatNumber(profile.distinct)}</dd>
            <dt>{t('grid.min')}</dt>
            <dd data-stat="min">{profile.min}</dd>
            <dt>{t('grid.max')}</dt>
            <dd data-stat="max">{profile.max}</dd>
          </dl>
          {profile.bins.length > 0 && (
            <figure className="column-histogram" data-testid="column-histogram" aria-label={t('grid.histogram')}>
              {profile.bins.map((b, k) => (
                <span key={k} style={{ height: `${(100 * b.n) / maxBin}%` }} title={`${formatNumber(b.from)} – ${formatNumber(b.to)}: ${formatNumber(b.n)}`} />
              ))}
            </figure>
          )}
          {numeric && (
            <form className="column-filter" data-testid="range-filter" onSubmit={(e) => {
              e.preventDefault();
              const range = { kind: 'range' as const, min: number(min), max: number(max) };
              onFilter(column, range.min === null && range.max === null ? null : range);
            }}>
              <label>{t('grid.rangeMin')}<input value={min} onChange={(e) => setMin(e.target.value)} inputMode="decimal" data-testid="range-min" /></label>
              <label>{t('grid.rangeMax')}<input value={max} onChange={(e) => setMax(e.target.value)} inputMode="decimal" data-testid="range-max" /></label>
              <button type="submit">{t('grid.apply')}</button>
            </form>
          )}
          {!numeric && (
            <form className="column-filter" data-testid="contains-filter" onSubmit={(e) => {
              e.preventDefault();
              onFilter(column, text ? { kind: 'contains', text } : null);
            }}>
              <label>{t('grid.contains')}<input value={text} onChange={(e) => setText(e.target.value)} data-testid="contains-text" /></label>
              <button type="submit">{t('grid.apply')}</button>
            </form>
          )}
          {showValues && (<>
          <h4>{t('grid.topValues')}</h4>
          <ul className="column-values" data-testid="column-values">
            {profile.top.map((v) => (
              <li key={v.key ?? '\u0000null'}>
                <label>
                  <input type="checkbox" checked={chosen.includes(v.key)} onChange={(e) => toggle(v.key, e.target.checked)} />
                  <span className="value-text">{valueLabel(v.key)}</span>
                  <span className="value-bar" style={{ width: `${(60 * v.n) / maxTop}px` }} />
                  <span className="value-count">{formatNumber(v.n)}</span>
                </label>
              </li>
            ))}
          </ul>
          {profile.distinct > profile.top.length && <p className="muted">{t('grid.moreValues', { n: formatNumber(profile.distinct - profile.top.filter((v) => v.key !== null).length) })}</p>}
          </>)}
          {own && (
            <button type="button" className="link" onClick={() => onFilter(column, null)} data-testid="column-filter-clear">{t('grid.clear')}</button>
          )}
        </>
      )}
    </aside>
  );
}
