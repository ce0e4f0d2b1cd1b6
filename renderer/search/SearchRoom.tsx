import { useEffect, useMemo, useRef, useState } from 'react';
import { parseQuery } from '../../common/search/query';
import { groupHits, searchPassages, type HitGroup, type PassageHit, type SearchFilter } from '../../common/search/rank';
import { useWorkbench } from '../app/workbenchContext';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { KNOWN_ORDERS } from '../pivot/generateSql';
import type { CorpusSearch } from './corpusSearch';
import { openQueryIn, SEARCH_BY_PREFECTURE_SQL, SEARCH_HITS_SQL } from './handoffs';
import { searchHitsTable } from './hitTables';
import { SearchResults } from './SearchResults';
import { ThemePanel } from './ThemePanel';
import { useCorpusSearch } from './useCorpusSearch';
import './search.css';

/** Passages drawn at most; the search_hits table always has every hit. */
const SHOWN_PASSAGES = 300;

interface Outcome {
  run: number;
  query: string;
  hits: PassageHit[];
  groups: HitGroup[];
  ms: number;
}

/** The 検索 room: full-text search over every report's narrative, and coding it by theme. */
export function SearchRoom() {
  const wb = useWorkbench();
  const { t } = useI18n();
  const state = useCorpusSearch(wb);
  const [text, setText] = useState('');
  const [filter, setFilter] = useState({ prefecture: '', program: '', section: '' });
  const [outcome, setOutcome] = useState<Outcome | { run: number; error: string } | null>(null);
  const [themeDraft, setThemeDraft] = useState<string | null>(null);
  const [handoffError, setHandoffError] = useState<string | null>(null);
  const handOff = (roomId: string, sql: string) => {
    setHandoffError(null);
    openQueryIn(wb, roomId, sql).catch((e: unknown) => setHandoffError(e instanceof Error ? e.message : String(e)));
  };
  const search = state.kind === 'ready' ? state.search : null;
  const options = useMemo(() => (search ? filterOptions(search) : null), [search]);

  // Each search is numbered; one overtaken by a later search (a quick change of filter) shows nothing.
  const latest = useRef(0);
  // search_hits is replaced one search after another, so the last search's hits are the ones left in the engine.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const runSearch = async () => {
    if (!search || !text.trim()) return;
    const run = ++latest.current;
    try {
      const started = performance.now();
      const query = parseQuery(text);
      const chosen: SearchFilter = {
        prefectures: filter.prefecture ? [filter.prefecture] : [],
        programs: filter.program ? [filter.program === '-' ? null : filter.program] : [],
        sections: filter.section ? [filter.section] : [],
      };
      const hits = searchPassages(search.index, query, chosen);
      const ms = performance.now() - started;
      const bytes = searchHitsTable(search, text.trim(), hits);
      const write = writes.current.then(() => wb.tables.replace('search_hits', bytes));
      writes.current = write.catch(() => undefined);
      await write;
      if (run !== latest.current) return;
      wb.refreshSchema();
      setOutcome({ run, query: text.trim(), hits, groups: groupHits(hits.slice(0, SHOWN_PASSAGES)), ms });
    } catch (e) {
      if (run === latest.current) setOutcome({ run, error: e instanceof Error ? e.message : String(e) });
    }
  };

  // A filter changed after a search runs that search again, so the list always answers what the filters say.
  const rerun = useRef(runSearch);
  rerun.current = runSearch;
  const searched = outcome !== null;
  useEffect(() => {
    if (searched) void rerun.current();
    // Only a filter change re-runs; whether there was a search is read as it is then.
  }, [filter]);

  const done = outcome && 'hits' in outcome ? outcome : null;
  const records = done ? new Set(done.hits.map((h) => `${h.passage.corpus}:${h.passage.entity_id}`)).size : 0;
  return (
    <div className="search-room" data-testid="search-room" data-index={state.kind} data-search-run={outcome?.run ?? 0}>
      <div className="search-main">
        <form
          className="search-bar"
          onSubmit={(e) => {
            e.preventDefault();
            void runSearch();
          }}
        >
          <input type="search" value={text} placeholder={t('search.placeholder')} title={t('search.hint')} onChange={(e) => setText(e.target.value)} data-testid="search-input" />
          <button className="primary" type="submit" disabled={!search} data-testid="search-run">
            {t('search.run')}
          </button>
        </form>
        {options && (
          <div className="search-filters">
            <select value={filter.prefecture} onChange={(e) => setFilter({ ...filter, prefecture: e.target.value })} data-testid="filter-prefecture">
              <option value="">{t('search.allPrefectures')}</option>
              {options.prefectures.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
            <select value={filter.program} onChange={(e) => setFilter({ ...filter, program: e.target.value })} data-testid="filter-program">
              <option value="">{t('search.allPrograms')}</option>
              {options.programs.map((p) => (
                <option key={p} value={p}>
                  {p === '-' ? t('search.common') : p}
                </option>
              ))}
            </select>
            <select value={filter.section} onChange={(e) => setFilter({ ...filter, section: e.target.value })} data-testid="filter-section">
              <option value="">{t('search.allSections')}</option>
              {options.sections.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
        )}
        {state.kind === 'building' && <p className="muted">{t('search.building')}</p>}
        {state.kind === 'failed' && <p className="error" role="alert">{state.message}</p>}
        {search && (
          <p className="muted search-index-info" data-testid="index-info" title={`${Math.round(search.readMs)} + ${Math.round(search.indexMs)} ms`} data-read-ms={Math.round(search.readMs)} data-index-ms={Math.round(search.indexMs)}>
            {t('search.indexInfo', { passages: formatNumber(search.index.passages.length), ms: Math.round(search.readMs + search.indexMs) })}
          </p>
        )}
        {outcome && 'error' in outcome && <p className="error" role="alert" data-testid="search-error">{outcome.error}</p>}
        {done && search && (
          <>
            <div className="search-summary" data-testid="search-summary" data-passages={done.hits.length} data-records={records}>
              <strong>{done.hits.length ? t('search.summary', { passages: formatNumber(done.hits.length), records: formatNumber(records) }) : t('search.none')}</strong>
              <span className="muted" title={t('search.ranking')}>
                {' '}
                {t('search.tableNote')} · {done.ms.toFixed(1)} ms
              </span>
              {done.hits.length > 0 && (
                <span className="search-actions">
                  <button onClick={() => handOff('sql', SEARCH_HITS_SQL)} data-testid="search-to-sql">{t('search.toSql')}</button>
                  <button onClick={() => handOff('charts', SEARCH_BY_PREFECTURE_SQL)} data-testid="search-to-chart">{t('search.toChart')}</button>
                  <button className="primary" onClick={() => setThemeDraft(done.query)} data-testid="search-as-theme">{t('search.asTheme')}</button>
                </span>
              )}
            </div>
            {handoffError && <p className="error" role="alert">{handoffError}</p>}
            <p className="muted search-ranking">{t('search.ranking')}</p>
            {done.hits.length > SHOWN_PASSAGES && <p className="muted">{t('search.shownFirst', { shown: SHOWN_PASSAGES })}</p>}
            <SearchResults search={search} groups={done.groups} openSource={wb.openSource} />
          </>
        )}
      </div>
      <ThemePanel search={search} draft={themeDraft} onDraftUsed={() => setThemeDraft(null)} />
    </div>
  );
}

/** The filters' choices: prefectures in 都道府県コード order, programs, sections in the form's order. */
function filterOptions(search: CorpusSearch) {
  const passages = search.index.passages;
  const prefOrder = KNOWN_ORDERS.prefecture ?? [];
  const prefectures = [...new Set(passages.map((p) => p.prefecture).filter((p): p is string => !!p))].sort((a, b) => rank(prefOrder, a) - rank(prefOrder, b));
  const programs = [...new Set(passages.map((p) => p.program ?? '-'))];
  const sections = [...new Set(passages.map((p) => p.section))];
  return { prefectures, programs, sections };
}

function rank(order: readonly string[], name: string): number {
  const at = order.indexOf(name);
  return at < 0 ? order.length : at;
}
