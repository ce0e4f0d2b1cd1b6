import { useEffect, useMemo, useState } from 'react';
import type { CurationView } from '../../common/curations';
import { tableToRows } from '../../common/arrowAdapters';
import { useWorkbench } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { readWho, useCurationState, writeWho } from './curationStore';
import { curationsInRange, emptyAddForm, formFromCuration, formFromPair, pairsInRangeSql, requestFromForm, verdictRequest, type PairForm, type PairRow } from './curationForm';
import { PairFormView, fieldLabel } from './PairFormView';
import { CurationStatus } from './CurationStatus';

interface CurationPanelProps {
  entityId: string;
  start: number;
  end: number;
  /** The line she clicked in the source, to take as a target or result line. */
  picked: number | null;
}

const amount = (n: number, unit: string | null) => `${formatNumber(n)}${unit ?? ''}`;

/** In the source viewer: the pairs these lines make, each to accept, reject or correct, and a pair the rules missed to add. */
export function CurationPanel({ entityId, start, end, picked }: CurationPanelProps) {
  const { t } = useI18n();
  const { engine, curations: store } = useWorkbench();
  const state = useCurationState(store);
  const [pairs, setPairs] = useState<PairRow[] | null>(null);
  const [who, setWho] = useState(readWho);
  const [whoDraft, setWhoDraft] = useState(who);
  const [note, setNote] = useState('');
  const [form, setForm] = useState<{ form: PairForm; editing: string | null } | null>(null);
  const [invalid, setInvalid] = useState<keyof PairForm | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    engine.query(pairsInRangeSql(store.corpus, entityId, start, end), { signal: controller.signal }).then(
      (table) => !controller.signal.aborted && setPairs(tableToRows(table) as unknown as PairRow[]),
      () => !controller.signal.aborted && setPairs([]),
    );
    return () => controller.abort();
  }, [engine, store.corpus, entityId, start, end, state.version]);

  const mine = useMemo(() => curationsInRange(state.listing?.curations ?? [], entityId, start, end), [state.listing, entityId, start, end]);
  const curationOf = (p: PairRow): CurationView | undefined =>
    mine.find((c) => c.status === 'applied' && c.action !== 'reject' && c.target.line === p.target_line && c.result.line === p.result_line && (c.pair ? c.pair.target === p.target && c.pair.result === p.result : true));

  const save = async () => {
    if (!form) return;
    const made = requestFromForm(form.form, entityId, who);
    if (!made.ok) {
      setInvalid(made.field);
      return;
    }
    setInvalid(null);
    const done = form.editing ? await store.update(form.editing, made.request) : await store.add(made.request);
    if (done) setForm(null);
  };

  if (!who) {
    return (
      <section className="curation-panel" data-testid="curation-panel">
        <h3>{t('curation.title')}</h3>
        <p className="muted">{t('curation.whoNeeded')}</p>
        <label className="curation-field">
          <span>{t('curation.who')}</span>
          <input value={whoDraft} onChange={(e) => setWhoDraft(e.target.value)} title={t('curation.whoHint')} maxLength={100} data-testid="curation-who" />
        </label>
        <button
          disabled={!whoDraft.trim()}
          onClick={() => {
            writeWho(whoDraft);
            setWho(whoDraft.trim());
          }}
          data-testid="curation-who-save"
        >
          {t('curation.whoSave')}
        </button>
      </section>
    );
  }

  return (
    <section className="curation-panel" data-testid="curation-panel" data-version={state.version} data-busy={state.busy ? 'true' : undefined}>
      <h3>
        {t('curation.title')} <span className="muted">— {who}</span>
      </h3>
      {state.error && (
        <p className="error" role="alert" data-testid="curation-error">
          {state.error}
        </p>
      )}
      {pairs === null ? (
        <p className="muted">…</p>
      ) : pairs.length === 0 ? (
        <p className="muted">{t('curation.noPairs')}</p>
      ) : (
        <ul className="curation-pairs">
          {pairs.map((p) => {
            const curation = curationOf(p);
            const key = `${p.target_line}-${p.result_line}-${p.target}-${p.result}`;
            return (
              <li key={key} data-testid="curation-pair" data-method={p.method} data-target-line={p.target_line} data-result-line={p.result_line}>
                <span className={`method-badge method-${p.method}`}>{t(p.method === 'curated' ? 'curation.curated' : 'curation.extracted')}</span>{' '}
                <b>{p.indicator}</b> {amount(p.target, p.target_unit)} (L{p.target_line}) → {amount(p.result, p.result_unit)} (L{p.result_line}) ={' '}
                <b>{(p.ratio * 100).toFixed(1)}%</b> <span className={`confidence confidence-${p.confidence}`}>{p.confidence}</span>
                <span className="curation-actions">
                  {p.method === 'extracted' ? (
                    <>
                      <button disabled={state.busy} onClick={() => void store.add(verdictRequest('accept', p, entityId, note, who))} data-testid="curation-accept">
                        {t('curation.accept')}
                      </button>
                      <button disabled={state.busy} onClick={() => void store.add(verdictRequest('reject', p, entityId, note, who))} data-testid="curation-reject">
                        {t('curation.reject')}
                      </button>
                      <button disabled={state.busy} onClick={() => setForm({ form: { ...formFromPair(p), note }, editing: null })} data-testid="curation-correct">
                        {t('curation.correct')}
                      </button>
                    </>
                  ) : (
                    curation && (
                      <>
                        {formFromCuration(curation) && (
                          <button disabled={state.busy} onClick={() => setForm({ form: formFromCuration(curation)!, editing: curation.id })} data-testid="curation-edit">
                            {t('curation.edit')}
                          </button>
                        )}
                        <button disabled={state.busy} onClick={() => void store.remove(curation.id)} data-testid="curation-undo">
                          {t('curation.remove')}
                        </button>
                      </>
                    )
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!form && (
        <div className="curation-row">
          <label className="curation-field curation-note">
            <span>{t('curation.note')}</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('curation.notePlaceholder')} maxLength={2000} data-testid="curation-note" />
          </label>
          <button onClick={() => setForm({ form: { ...emptyAddForm(picked ?? start, end, pairs?.[0]?.program ?? ''), note }, editing: null })} data-testid="curation-add">
            {t('curation.add')}
          </button>
        </div>
      )}
      {form && (
        <>
          {invalid && (
            <p className="error" role="alert">
              {t('curation.invalid', { field: t(fieldLabel(invalid)) })}
            </p>
          )}
          <PairFormView form={form.form} picked={picked} busy={state.busy} onChange={(f) => setForm({ ...form, form: f })} onSave={() => void save()} onCancel={() => setForm(null)} />
        </>
      )}
      {mine.length > 0 && (
        <div className="curation-mine">
          <h4>{t('curation.mine')}</h4>
          <ul>
            {mine.map((c) => (
              <li key={c.id} data-testid="curation-mine" data-status={c.status}>
                <CurationStatus curation={c} /> {t(`curation.action.${c.action}`)} L{c.target.line} ↔ L{c.result.line} · {c.who} · {c.note}
                <button className="link" disabled={state.busy} onClick={() => void store.remove(c.id)}>
                  {t('curation.remove')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
