import { useMemo, useState } from 'react';
import type { Notebook } from '../../common/notebookFormat';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { curatorsOf, receivedCurations } from './notebookCurations';
import { useCurationState, type CurationStore } from './curationStore';

/** A notebook that carries someone's curations: she is told, and adds them only if she asks (hers are never overwritten). */
export function ReceivedCurations({ notebook, store }: { notebook: Notebook; store: CurationStore }) {
  const { t } = useI18n();
  const state = useCurationState(store);
  const [dismissed, setDismissed] = useState<Notebook | null>(null);
  const [done, setDone] = useState<{ added: number; skipped: number } | null>(null);
  const offered = useMemo(() => receivedCurations(notebook, state.listing), [notebook, state.listing]);
  if (done) {
    return (
      <div className="curation-received" role="status" data-testid="curation-received-done">
        {t('curation.receivedDone', { added: formatNumber(done.added), skipped: formatNumber(done.skipped) })}
        <button className="link" onClick={() => setDone(null)}>
          ✕
        </button>
      </div>
    );
  }
  if (offered.length === 0 || dismissed === notebook) return null;
  return (
    <div className="curation-received" role="status" data-testid="curation-received" data-count={offered.length}>
      <span>{t('curation.received', { who: curatorsOf(offered), count: formatNumber(offered.length) })}</span>
      <span className="muted">{t('curation.receivedHint')}</span>
      <button
        className="primary"
        disabled={state.busy}
        onClick={async () => {
          const r = await store.importMany(notebook.metadata.curations?.curations ?? []);
          if (r) setDone({ added: r.added, skipped: r.skipped });
        }}
        data-testid="curation-received-apply"
      >
        {t('curation.receivedApply')}
      </button>
      <button onClick={() => setDismissed(notebook)}>{t('curation.receivedDismiss')}</button>
    </div>
  );
}
