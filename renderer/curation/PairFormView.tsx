import { CURATION_PROGRAMS } from '../../common/curations';
import { useI18n } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import { previewRatio, type PairForm } from './curationForm';

const FIELD_LABELS: Partial<Record<keyof PairForm, MessageKey>> = {
  indicator: 'curation.indicator', target: 'curation.target', result: 'curation.result', ratio: 'curation.ratio',
  target_line: 'curation.targetLine', result_line: 'curation.resultLine',
};

export function fieldLabel(field: keyof PairForm): MessageKey {
  return FIELD_LABELS[field] ?? 'curation.note';
}

interface PairFormViewProps {
  form: PairForm;
  picked: number | null;
  busy: boolean;
  onChange(form: PairForm): void;
  onSave(): void;
  onCancel(): void;
}

/** A corrected or added pair as the analyst reads it: program, indicator, target and result with units, ratio, lines, note. */
export function PairFormView({ form, picked, busy, onChange, onSave, onCancel }: PairFormViewProps) {
  const { t } = useI18n();
  const set = (patch: Partial<PairForm>) => onChange({ ...form, ...patch });
  const ratio = previewRatio(form);
  const text = (key: keyof PairForm, label: MessageKey, props: { inputMode?: 'decimal' | 'numeric'; size?: number } = {}) => (
    <label className={`curation-field field-${key}`}>
      <span>{t(label)}</span>
      <input value={String(form[key] ?? '')} onChange={(e) => set({ [key]: e.target.value })} data-testid={`curation-form-${key}`} {...props} />
    </label>
  );
  return (
    <form
      className="curation-form"
      data-testid="curation-form"
      data-action={form.action}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div className="curation-row">
        <label className="curation-field">
          <span>{t('curation.program')}</span>
          <select value={form.program} onChange={(e) => set({ program: e.target.value as PairForm['program'] })} data-testid="curation-form-program">
            {CURATION_PROGRAMS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        {text('indicator', 'curation.indicator')}
      </div>
      <div className="curation-row">
        {text('target', 'curation.target', { inputMode: 'decimal', size: 8 })}
        {text('target_unit', 'curation.unit', { size: 4 })}
        {text('result', 'curation.result', { inputMode: 'decimal', size: 8 })}
        {text('result_unit', 'curation.unit', { size: 4 })}
        {text('ratio', 'curation.ratio', { inputMode: 'decimal', size: 6 })}
      </div>
      <div className="curation-row">
        {text('target_line', 'curation.targetLine', { inputMode: 'numeric', size: 6 })}
        {text('result_line', 'curation.resultLine', { inputMode: 'numeric', size: 6 })}
        {form.action === 'add' && picked !== null && (
          <span className="curation-picks">
            <button type="button" onClick={() => set({ target_line: String(picked) })} data-testid="curation-pick-target">
              {t('curation.pickedTarget', { line: picked })}
            </button>
            <button type="button" onClick={() => set({ result_line: String(picked) })} data-testid="curation-pick-result">
              {t('curation.pickedResult', { line: picked })}
            </button>
          </span>
        )}
      </div>
      {form.action === 'add' && <p className="muted curation-hint">{t('curation.pickHint')}</p>}
      <label className="curation-field curation-note">
        <span>{t('curation.note')}</span>
        <textarea value={form.note} placeholder={t('curation.notePlaceholder')} onChange={(e) => set({ note: e.target.value })} rows={2} maxLength={2000} data-testid="curation-form-note" />
      </label>
      <div className="curation-row">
        <button type="submit" className="primary" disabled={busy} data-testid="curation-save">
          {busy ? t('curation.saving') : t('curation.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('curation.cancel')}
        </button>
        {ratio !== null && <span className="muted" data-testid="curation-preview">{t('curation.preview', { ratio: `${(ratio * 100).toFixed(1)}%` })}</span>}
      </div>
    </form>
  );
}
