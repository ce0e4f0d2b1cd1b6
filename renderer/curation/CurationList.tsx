import { useEffect, useState } from 'react';
import type { SourceRef } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { CurationStatus } from './CurationStatus';
import { readWho, useCurationState, writeWho, type CurationStore } from './curationStore';

const shownTime = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('ja-JP', { dateStyle: 'short', timeStyle: 'short' });
};

/** The header's list of every curation: who, when, why, applied or stale, each with its source and a way to undo it. */
export function CurationList({ store, openSource }: { store: CurationStore; openSource(ref: SourceRef): void }) {
  const { t } = useI18n();
  const state = useCurationState(store);
  const [open, setOpen] = useState(false);
  const [who, setWho] = useState(readWho);
  const curations = state.listing?.curations ?? [];
  const stale = curations.filter((c) => c.status === 'stale').length;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="curation-list-box">
      <button className="header-button" aria-expanded={open} onClick={() => setOpen((v) => !v)} data-testid="curation-list-button" data-count={curations.length} data-stale={stale}>
        {t('curation.list', { count: formatNumber(curations.length) })}
        {stale > 0 && (
          <span className="stale-badge" data-testid="curation-stale-badge">
            {t('curation.listStale', { count: formatNumber(stale) })}
          </span>
        )}
      </button>
      {open && (
        <div className="curation-list" role="dialog" aria-label={t('curation.listTitle')} data-testid="curation-list">
          <h2>{t('curation.listTitle')}</h2>
          <label className="curation-field">
            <span>{t('curation.who')}</span>
            <input value={who} onChange={(e) => setWho(e.target.value)} onBlur={() => writeWho(who)} title={t('curation.whoHint')} maxLength={100} />
          </label>
          {stale > 0 && <p className="curation-stale-intro">{t('curation.staleIntro')}</p>}
          {curations.length === 0 ? (
            <p className="muted">{t('curation.listEmpty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('curation.status')}</th>
                  <th>{t('curation.what')}</th>
                  <th>{t('curation.whoColumn')}</th>
                  <th>{t('curation.when')}</th>
                  <th>{t('curation.why')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {curations.map((c) => (
                  <tr key={c.id} data-testid="curation-list-row" data-status={c.status} data-entity={c.entity_id}>
                    <td>
                      <CurationStatus curation={c} />
                    </td>
                    <td>
                      <b>{c.entity_id}</b> {t(`curation.action.${c.action}`)} L{c.target.line} ↔ L{c.result.line}
                      {c.pair && ` · ${c.pair.indicator}: ${formatNumber(c.pair.target)}${c.pair.target_unit ?? ''} → ${formatNumber(c.pair.result)}${c.pair.result_unit ?? ''}`}
                    </td>
                    <td>{c.who}</td>
                    <td>{shownTime(c.when)}</td>
                    <td className="curation-why">{c.note}</td>
                    <td className="curation-row-actions">
                      <button
                        className="source-button"
                        onClick={() => openSource({ entity_id: c.entity_id, line_start: Math.min(c.target.line, c.result.line), line_end: Math.max(c.target.line, c.result.line) })}
                      >
                        {t('curation.open')}
                      </button>
                      <button className="link" disabled={state.busy} onClick={() => void store.remove(c.id)} data-testid="curation-list-remove">
                        {t('curation.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
