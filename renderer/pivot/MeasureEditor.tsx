import type { Dispatch } from 'react';
import { useI18n } from '../i18n/locale';
import { fieldLabel } from './fieldLabels';
import { defaultFormat } from './formats';
import { pivotText, type PivotTextKey } from './pivotText';
import type { PivotAction } from './pivotState';
import type { SourceField } from './runPivot';
import { AGGREGATION_LABELS, AGGREGATIONS, measureLabel, type Aggregation, type Measure, type NumberStyle } from './spec';

/** Aggregation, ratio denominator, header and number format of one measure. */
export function MeasureEditor({ measure, index, fields, dispatch }: { measure: Measure; index: number; fields: SourceField[]; dispatch: Dispatch<PivotAction> }) {
  const { locale } = useI18n();
  const tx = (k: PivotTextKey) => pivotText(locale, k);
  const set = (patch: Partial<Measure>) => dispatch({ type: 'measure', index, patch });
  const numeric = fields.filter((f) => f.kind === 'number' || f.kind === 'integer');
  const kind = fields.find((x) => x.name === measure.field)?.kind;
  const f = measure.format;
  return (
    <div className="pivot-measure" data-measure={index}>
      <label>
        {tx('agg')}
        <select value={measure.agg} aria-label={`${tx('agg')} ${index + 1}`} data-testid={`pivot-agg-${index}`}
          onChange={(e) => {
            const agg = e.target.value as Aggregation;
            const denominator = agg === 'ratio' ? measure.denominator ?? numeric.find((n) => n.name !== measure.field)?.name : undefined;
            set({ agg, denominator, format: defaultFormat(agg, kind) });
          }}>
          {AGGREGATIONS.map((a) => <option key={a} value={a}>{AGGREGATION_LABELS[locale][a]}</option>)}
        </select>
      </label>
      {measure.agg === 'ratio' && (
        <label>
          {tx('denominator')}
          <select value={measure.denominator ?? ''} aria-label={`${tx('denominator')} ${index + 1}`} onChange={(e) => set({ denominator: e.target.value })}>
            {numeric.map((n) => <option key={n.name} value={n.name}>{fieldLabel(n.name, locale)}</option>)}
          </select>
        </label>
      )}
      <label>
        {tx('measureLabel')}
        <input value={measure.label ?? ''} placeholder={measureLabel({ ...measure, label: undefined })} onChange={(e) => set({ label: e.target.value })} />
      </label>
      <label>
        {tx('format')}
        <select value={f.style} aria-label={`${tx('format')} ${index + 1}`} onChange={(e) => set({ format: { ...f, style: e.target.value as NumberStyle } })}>
          <option value="number">{tx('styleNumber')}</option>
          <option value="percent">{tx('stylePercent')}</option>
          <option value="permille">{tx('stylePermille')}</option>
        </select>
      </label>
      <label>
        {tx('decimals')}
        <input type="number" min={0} max={6} value={f.decimals} onChange={(e) => set({ format: { ...f, decimals: Number(e.target.value) || 0 } })} />
      </label>
      <label className="pivot-check">
        <input type="checkbox" checked={f.thousands} onChange={(e) => set({ format: { ...f, thousands: e.target.checked } })} />
        {tx('thousands')}
      </label>
      {f.style !== 'number' && (
        <label className="pivot-check">
          <input type="checkbox" checked={f.fromFraction} onChange={(e) => set({ format: { ...f, fromFraction: e.target.checked } })} />
          {tx('fromFraction')}
        </label>
      )}
      <label>
        {tx('suffix')}
        <input className="pivot-suffix" value={f.suffix ?? ''} onChange={(e) => set({ format: { ...f, suffix: e.target.value || undefined } })} />
      </label>
    </div>
  );
}
