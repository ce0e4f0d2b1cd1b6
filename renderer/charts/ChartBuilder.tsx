import { CHART_KIND_LABELS, CHART_KINDS, KIND_USES, type ChartKind, type ChartSpec, type FieldInfo } from './chartSpec';
import { useChartText, type ChartMessageKey } from './chartMessages';
import { columnLabel } from './columnLabels';
import { useI18n } from '../i18n/locale';
import { axisTitlesFor, chartTitle } from './figure';

interface ChartBuilderProps {
  spec: ChartSpec;
  fields: readonly FieldInfo[];
  onChange(spec: ChartSpec): void;
}

type ColumnRole = 'x' | 'y' | 'color' | 'size' | 'facet' | 'z';

/** Which columns make sense in each role: sizes and heatmap values must be numbers. */
function choicesFor(role: ColumnRole, kind: ChartKind, fields: readonly FieldInfo[]): readonly FieldInfo[] {
  if (role === 'size' || role === 'z') return fields.filter((f) => f.numeric);
  if (role === 'y' && kind !== 'heatmap') return fields.filter((f) => f.numeric);
  return fields;
}

/** The pickers: kind, columns for each role, bar options, trend line, and the texts (empty = derived). */
export function ChartBuilder({ spec, fields, onChange }: ChartBuilderProps) {
  const t = useChartText();
  const { locale } = useI18n();
  const uses = KIND_USES[spec.kind];
  const set = (patch: Partial<ChartSpec>) => onChange({ ...spec, ...patch });
  const titles = axisTitlesFor({ ...spec, xLabel: '', yLabel: '' }, locale);
  const optional = (role: ColumnRole) => role !== 'x' && !(role === 'y' && spec.kind !== 'bar');

  const columnPicker = (role: ColumnRole) => (
    <label key={role} className="chart-field">
      <span>{t(role as ChartMessageKey)}</span>
      <select
        value={spec[role] ?? ''}
        onChange={(e) => set({ [role]: e.target.value || null })}
        data-testid={`pick-${role}`}
      >
        {optional(role) && <option value="">{role === 'y' && spec.kind === 'bar' ? t('count') : t('none')}</option>}
        {!optional(role) && !spec[role] && <option value="">—</option>}
        {choicesFor(role, spec.kind, fields).map((f) => (
          <option key={f.name} value={f.name}>
            {columnLabel(f.name, locale) === f.name ? f.name : `${columnLabel(f.name, locale)} (${f.name})`}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="chart-builder" onSubmit={(e) => e.preventDefault()} data-testid="chart-builder">
      <label className="chart-field">
        <span>{t('kind')}</span>
        <select value={spec.kind} onChange={(e) => set({ kind: e.target.value as ChartKind })} data-testid="pick-kind">
          {CHART_KINDS.map((k) => (
            <option key={k} value={k}>
              {CHART_KIND_LABELS[locale][k]}
            </option>
          ))}
        </select>
      </label>
      {(['x', 'y', 'z', 'color', 'size', 'facet'] as const).filter((r) => uses.has(r)).map(columnPicker)}
      {uses.has('bar') && (
        <fieldset className="chart-options">
          <legend>{t('barMode')}</legend>
          <label>
            <input type="radio" checked={spec.bar.mode === 'group'} onChange={() => set({ bar: { ...spec.bar, mode: 'group' } })} /> {t('group')}
          </label>
          <label>
            <input type="radio" checked={spec.bar.mode === 'stack'} onChange={() => set({ bar: { ...spec.bar, mode: 'stack' } })} data-testid="bar-stack" /> {t('stack')}
          </label>
          {spec.kind === 'bar' && (
            <label>
              <input
                type="checkbox"
                checked={spec.bar.orientation === 'h'}
                onChange={(e) => set({ bar: { ...spec.bar, orientation: e.target.checked ? 'h' : 'v' } })}
                data-testid="bar-horizontal"
              />{' '}
              {t('horizontal')}
            </label>
          )}
        </fieldset>
      )}
      {uses.has('trend') && (
        <label className="chart-check">
          <input type="checkbox" checked={spec.trendLine} onChange={(e) => set({ trendLine: e.target.checked })} data-testid="trend" /> {t('trend')}
        </label>
      )}
      {uses.has('reference') && (
        <label className="chart-field">
          <span>{t('reference')}</span>
          <input
            type="number"
            step="any"
            value={spec.referenceY ?? ''}
            onChange={(e) => set({ referenceY: e.target.value === '' || !Number.isFinite(Number(e.target.value)) ? null : Number(e.target.value) })}
            data-testid="reference-y"
          />
        </label>
      )}
      <label className="chart-field">
        <span>{t('title')}</span>
        <input value={spec.title} placeholder={chartTitle({ ...spec, title: '' }, locale)} onChange={(e) => set({ title: e.target.value })} data-testid="edit-title" />
      </label>
      <label className="chart-field">
        <span>{t('xLabel')}</span>
        <input value={spec.xLabel} placeholder={titles.x} onChange={(e) => set({ xLabel: e.target.value })} />
      </label>
      <label className="chart-field">
        <span>{t('yLabel')}</span>
        <input value={spec.yLabel} placeholder={titles.y} onChange={(e) => set({ yLabel: e.target.value })} />
      </label>
    </form>
  );
}
