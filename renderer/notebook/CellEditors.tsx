import type { ChartCell, JsonObject, PivotCell } from '../../common/notebookFormat';
import { CHART_KINDS, CHART_KIND_LABELS, type ChartSpec } from '../charts/chartSpec';
import { AGGREGATIONS, AGGREGATION_LABELS, type Aggregation, type Measure, type PivotSpec } from '../pivot/spec';
import { defaultFormat } from '../pivot/formats';
import { chartSpecOf, pivotSpecOf } from './runCell';
import type { NotebookMessageKey } from './messages';
import { useI18n } from '../i18n/locale';

type T = (key: NotebookMessageKey) => string;

const splitFields = (text: string) => text.split(/[,、]/).map((s) => s.trim()).filter(Boolean);

/** A compact pivot form: rows, columns and one measure; the full builder lives in the pivot room. */
export function PivotEditor({ cell, columns, t, onSpec }: { cell: PivotCell; columns: string[]; t: T; onSpec: (spec: JsonObject) => void }) {
  const { locale } = useI18n();
  const spec = pivotSpecOf(cell);
  const measure: Measure = spec.values[0] ?? { field: null, agg: 'count', format: defaultFormat('count') };
  const listId = `cols-${cell.id}`;
  const set = (next: Partial<PivotSpec>) => onSpec({ ...spec, ...next } as unknown as JsonObject);
  const setMeasure = (next: Partial<Measure>) => {
    const m = { ...measure, ...next };
    if (next.agg) m.format = defaultFormat(next.agg);
    set({ values: [m, ...spec.values.slice(1)] });
  };
  return (
    <div className="cell-form">
      <datalist id={listId}>{columns.map((c) => <option key={c} value={c} />)}</datalist>
      <label>
        {t('pivotRows')}
        <input data-field="pivot-rows" defaultValue={spec.rows.join(', ')} placeholder={t('commaHint')} list={listId} onChange={(e) => set({ rows: splitFields(e.target.value) })} />
      </label>
      <label>
        {t('pivotColumns')}
        <input data-field="pivot-columns" defaultValue={spec.columns.join(', ')} placeholder={t('commaHint')} list={listId} onChange={(e) => set({ columns: splitFields(e.target.value) })} />
      </label>
      <label>
        {t('pivotAgg')}
        <select data-field="pivot-agg" value={measure.agg} onChange={(e) => setMeasure({ agg: e.target.value as Aggregation })}>
          {AGGREGATIONS.map((a) => <option key={a} value={a}>{AGGREGATION_LABELS[locale][a]}</option>)}
        </select>
      </label>
      <label>
        {t('pivotField')}
        <input data-field="pivot-field" defaultValue={measure.field ?? ''} list={listId} onChange={(e) => setMeasure({ field: e.target.value.trim() || null })} />
      </label>
      {measure.agg === 'ratio' && (
        <label>
          {t('pivotDenominator')}
          <input data-field="pivot-denominator" defaultValue={measure.denominator ?? ''} list={listId} onChange={(e) => setMeasure({ denominator: e.target.value.trim() || undefined })} />
        </label>
      )}
    </div>
  );
}

export function ChartEditor({ cell, columns, t, onSpec }: { cell: ChartCell; columns: string[]; t: T; onSpec: (spec: JsonObject) => void }) {
  const { locale } = useI18n();
  const spec = chartSpecOf(cell);
  const set = (next: Partial<ChartSpec>) => onSpec({ ...spec, ...next } as unknown as JsonObject);
  const column = (key: 'x' | 'y' | 'color' | 'size', label: NotebookMessageKey) => (
    <label>
      {t(label)}
      <select data-field={`chart-${key}`} value={spec[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || null })}>
        <option value="">—</option>
        {[...new Set([...columns, ...(spec[key] ? [spec[key] as string] : [])])].map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
  return (
    <div className="cell-form">
      <label>
        {t('chartKind')}
        <select data-field="chart-kind" value={spec.kind} onChange={(e) => set({ kind: e.target.value as ChartSpec['kind'] })}>
          {CHART_KINDS.map((k) => <option key={k} value={k}>{CHART_KIND_LABELS[locale][k]}</option>)}
        </select>
      </label>
      {column('x', 'chartX')}
      {column('y', 'chartY')}
      {column('color', 'chartColor')}
      {column('size', 'chartSize')}
      <label className="check">
        <input type="checkbox" data-field="chart-trend" checked={spec.trendLine} onChange={(e) => set({ trendLine: e.target.checked })} />
        {t('chartTrend')}
      </label>
      <label className="wide">
        {t('chartTitle')}
        <input data-field="chart-title" defaultValue={spec.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
    </div>
  );
}
