import { useState } from 'react';
import { useI18n } from '../i18n/locale';

type RestoreState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done' } | { kind: 'failed'; message: string };

/** The header's way back to the true corpus after a statement changed a corpus table: reloads in place, no restart. */
export function CorpusRestore({ restore }: { restore: () => Promise<void> }) {
  const { t } = useI18n();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const [restores, setRestores] = useState(0);
  const run = async () => {
    setState({ kind: 'running' });
    try {
      await restore();
      setRestores((n) => n + 1);
      setState({ kind: 'done' });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <span className="corpus-restore" data-restores={restores} data-state={state.kind}>
      <button className="header-button" title={t('corpus.reloadHint')} disabled={state.kind === 'running'} onClick={() => void run()}>
        {state.kind === 'running' ? t('corpus.reloading') : t('corpus.reload')}
      </button>
      {state.kind === 'done' && <span className="visually-hidden" role="status">{t('corpus.reloaded')}</span>}
      {state.kind === 'failed' && <span role="alert" className="corpus-restore-error">{t('corpus.reloadFailed', { message: state.message })}</span>}
    </span>
  );
}
