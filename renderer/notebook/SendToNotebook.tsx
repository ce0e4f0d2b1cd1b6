import { useWorkbench } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import { notebookText } from './messages';
import type { NotebookDraft } from './notebookDraft';

/** "ノートブックに追加" for the SQL, pivot and chart rooms; absent when the workbench has no notebook room. */
export function SendToNotebook({ draft }: { draft: () => NotebookDraft | null }) {
  const wb = useWorkbench();
  const { locale } = useI18n();
  if (!wb.roomIds.includes('notebook')) return null;
  return (
    <button
      data-testid="send-to-notebook"
      title={notebookText(locale, 'sendHint')}
      onClick={() => {
        const d = draft();
        if (d) wb.sendToNotebook(d);
      }}
    >
      {notebookText(locale, 'send')}
    </button>
  );
}
