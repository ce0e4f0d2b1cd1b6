import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';

const SHORTCUTS: [string, MessageKey][] = [
  ['Ctrl+Enter', 'help.run'],
  ['Esc', 'help.cancel'],
  ['Ctrl+Space', 'help.complete'],
  ['Ctrl+1…4', 'help.rooms'],
  ['Ctrl+C', 'help.copyCell'],
  ['Ctrl+Shift+C', 'help.copyRow'],
  ['Ctrl+S', 'help.save'],
  ['F1', 'help.help'],
];

/** The keyboard shortcuts, one click (or F1) away: what a newcomer needs to get an answer in a minute. */
export function ShortcutHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1') {
        e.preventDefault();
        setOpen((v) => !v);
      } else if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="shortcut-help">
      <button className="help-button" aria-expanded={open} title={t('help.title')} onClick={() => setOpen((v) => !v)} data-testid="help">
        ?
      </button>
      {open && (
        <div className="help-panel" role="dialog" aria-label={t('help.title')}>
          <h2>{t('help.title')}</h2>
          <p>{t('help.intro')}</p>
          <dl>
            {SHORTCUTS.map(([keys, text]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{t(text)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
