import { useCallback, useEffect, useRef, useState } from 'react';
import { expressionsFromText, type CodedPassage, type Theme } from '../../common/search/themes';
import { useWorkbench } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import type { CorpusSearch } from './corpusSearch';
import { openQueryIn, THEME_HITS_SQL, THEMES_BY_PREFECTURE_SQL } from './handoffs';
import { PassageHits } from './SearchResults';
import { themeService } from './themeService';
import { themeNameFor, type ThemeAction } from './themeState';

/** Themes: define one (a name and expressions), see what it codes, un-code a wrong passage, chart the counts. */
export function ThemePanel({ search, draft, onDraftUsed }: { search: CorpusSearch | null; draft: string | null; onDraftUsed(): void }) {
  const wb = useWorkbench();
  const { t } = useI18n();
  const [themes, setThemes] = useState<readonly Theme[]>(themeService.current());
  const [coded, setCoded] = useState<CodedPassage[]>([]);
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [expressions, setExpressions] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The shell makes a new workbench value on every schema refresh, which registering the tables causes itself.
  const wbRef = useRef(wb);
  wbRef.current = wb;

  useEffect(
    () =>
      themeService.subscribe((next, nextCoded) => {
        setThemes(next);
        setCoded(nextCoded);
        setVersion((v) => v + 1);
      }),
    [],
  );
  // Coded once the index is there; every later change (here or from a notebook) arrives through the subscription.
  useEffect(() => {
    if (!search) return;
    themeService.registerTables(wbRef.current).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [search]);

  useEffect(() => {
    if (draft === null) return;
    setName(themeNameFor(draft));
    setExpressions(draft);
    onDraftUsed();
  }, [draft, onDraftUsed]);

  const change = useCallback(
    async (action: ThemeAction) => {
      setError(null);
      try {
        await themeService.change(wb, action);
      } catch (e) {
        setError(t('theme.failed', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [wb, t],
  );

  const showError = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const define = async () => {
    const theme: Theme = { name: name.trim(), expressions: expressionsFromText(expressions), excluded: [] };
    await change({ kind: 'define', theme });
    setOpen(theme.name);
  };

  return (
    <aside className="theme-panel" data-testid="theme-panel" data-theme-version={version}>
      <h2>{t('theme.title')}</h2>
      <p className="muted">{t('theme.intro')}</p>
      <form
        className="theme-form"
        onSubmit={(e) => {
          e.preventDefault();
          void define();
        }}
      >
        <input value={name} placeholder={t('theme.name')} maxLength={60} onChange={(e) => setName(e.target.value)} data-testid="theme-name" />
        <textarea value={expressions} placeholder={t('theme.expressions')} rows={3} onChange={(e) => setExpressions(e.target.value)} data-testid="theme-expressions" />
        <button className="primary" type="submit" disabled={!search || !name.trim() || !expressions.trim()} data-testid="theme-define">
          {t('theme.define')}
        </button>
      </form>
      {error && <p className="error" role="alert" data-testid="theme-error">{error}</p>}
      {themes.length === 0 ? (
        <p className="muted">{t('theme.none')}</p>
      ) : (
        <>
          <div className="theme-actions">
            <button onClick={() => openQueryIn(wb, 'charts', THEMES_BY_PREFECTURE_SQL).catch(showError)} data-testid="theme-chart">{t('theme.chart')}</button>
            <button onClick={() => openQueryIn(wb, 'sql', THEME_HITS_SQL).catch(showError)} data-testid="theme-sql">{t('theme.sql')}</button>
          </div>
          <ul className="theme-list">
            {themes.map((theme) => {
              const mine = coded.filter((c) => c.theme === theme.name);
              const kept = mine.filter((c) => !c.excluded);
              const records = new Set(kept.map((c) => `${c.passage.corpus}:${c.passage.entity_id}`)).size;
              return (
                <li key={theme.name} className="theme" data-testid="theme" data-theme={theme.name} data-passages={kept.length} data-records={records}>
                  <div className="theme-head">
                    <strong>{theme.name}</strong>
                    <code>{theme.expressions.join(' | ')}</code>
                    <span className="muted">
                      {t('theme.counts', { passages: formatNumber(kept.length), records: formatNumber(records) })}
                      {mine.length > kept.length && ` · ${t('theme.uncodedCount', { n: mine.length - kept.length })}`}
                    </span>
                    <button onClick={() => setOpen(open === theme.name ? null : theme.name)} data-testid="theme-toggle">{open === theme.name ? t('theme.hide') : t('theme.show')}</button>
                    <button onClick={() => void change({ kind: 'remove', name: theme.name })}>{t('theme.remove')}</button>
                  </div>
                  {open === theme.name && search && (
                    <ol className="coded-passages">
                      {mine.map((c) => (
                        <PassageHits
                          key={c.passage.id}
                          search={search}
                          hit={c}
                          record={c.passage.entity_id}
                          excluded={c.excluded}
                          openSource={wb.openSource}
                          actions={
                            c.excluded ? (
                              <button onClick={() => void change({ kind: 'recode', name: theme.name, passageId: c.passage.id })} data-testid="recode">{t('theme.recode')}</button>
                            ) : (
                              <button title={t('theme.uncodeHint')} onClick={() => void change({ kind: 'uncode', name: theme.name, passageId: c.passage.id })} data-testid="uncode">{t('theme.uncode')}</button>
                            )
                          }
                        />
                      ))}
                    </ol>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
