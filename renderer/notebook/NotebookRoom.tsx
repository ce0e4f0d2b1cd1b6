import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { CellKind, Notebook } from '../../common/notebookFormat';
import { cellResultName, emptyNotebook } from '../../common/notebookFormat';
import type { RecoveryCopy } from '../../common/api';
import { useWorkbench } from '../app/workbenchContext';
import { offerDownload } from '../app/download';
import { useI18n } from '../i18n/locale';
import { buildReport, reportFileName } from './buildReport';
import { withCachedResults } from './cachedResults';
import { explainMissingImport, withImports } from './notebookImports';
import { listImports } from '../imports/importedTables';
import { withCurations } from '../curation/notebookCurations';
import { ReceivedCurations } from '../curation/ReceivedCurations';
import { useNotebookThemes, withCurrentThemes } from '../search/notebookThemes';
import { CellView, type CellRunState } from './CellView';
import { notebookToHtml, notebookToMarkdown } from './exportReport';
import { notebookText, type NotebookMessageKey } from './messages';
import { hasNativeDialogs, notebookApi } from './notebookApi';
import { newCellId, notebookReducer } from './notebookState';
import { resultColumnsOf, runCell } from './runCell';
import { useAutosave } from './useAutosave';
import { OpenDialog, RecoveryBanner, SaveAsDialog } from './NotebookDialogs';
import { looksLikeNotebookFile } from './openNotebookFile';
import { useOpenNotebook, type Status } from './useOpenNotebook';
import { openRowSource } from './rowSource';
import { quoteText } from '../pivot/sqlText';
import { tableToRows } from '../../common/arrowAdapters';
import type { Table } from 'apache-arrow';
import './notebook.css';


/** The notebook room: cells of Markdown, SQL, pivots and charts, saved as plain files, run only when asked. */
export function NotebookRoom() {
  const wb = useWorkbench();
  const { locale } = useI18n();
  const t = useCallback((key: NotebookMessageKey, params?: Record<string, string | number>) => notebookText(locale, key, params), [locale]);
  const [state, dispatch] = useReducer(notebookReducer, { notebook: emptyNotebook(notebookText('ja', 'untitled')), ref: null, dirty: false });
  const [runs, setRuns] = useState<Map<string, CellRunState>>(new Map());
  const [status, setStatus] = useState<Status>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<RecoveryCopy[]>([]);
  const [saveAsName, setSaveAsName] = useState<{ name: string; exists: boolean } | null>(null);
  const [loadCount, setLoadCount] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const charts = useRef(new Map<string, HTMLElement>());
  const session = useMemo(() => crypto.randomUUID(), []);
  const stateRef = useRef(state);
  stateRef.current = state;
  const runsRef = useRef(runs);
  runsRef.current = runs;

  const completionSchema = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const c of wb.schema) (out[c.table] ??= []).push(c.column);
    return out;
  }, [wb.schema]);

  /** Replacing a notebook with unsaved changes asks first (the autosaved copy would still be offered on next start). */
  const mayDiscard = useCallback(() => !stateRef.current.dirty || window.confirm('保存されていない変更があります。破棄してよろしいですか？'), []);

  const load = useCallback((notebook: Notebook, ref: string | null, dirty = false) => {
    controller.current?.abort();
    dispatch({ type: 'load', notebook, ref, dirty });
    // Opening never runs anything: outputs start empty until the user asks.
    setRuns(new Map());
    setProgress(null);
    setLoadCount((n) => n + 1);
  }, []);

  useEffect(() => {
    let cancelled = false;
    notebookApi.startup().then(
      async (s) => {
        if (cancelled) return;
        setRecovery(s.recovery);
        // A query sent here from another room before the first start finished is kept, not replaced by the example.
        if (s.firstStart && !stateRef.current.dirty) {
          const [first] = await notebookApi.examples();
          if (first && !cancelled) load(first.notebook, null);
        }
      },
      (e: unknown) => setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
      controller.current?.abort();
    };
  }, [load]);

  // What the SQL, pivot and chart rooms sent ("ノートブックに追加") lands at the end, unsaved and not run.
  useEffect(() => {
    const drafts = wb.takeNotebookDrafts();
    for (const draft of drafts) dispatch({ type: 'append', draft, ids: [newCellId(), newCellId(), newCellId()] });
    if (drafts.length > 0) setStatus({ kind: 'info', text: t('received', { n: drafts.length }) });
  }, [wb, t]);

  const { key: autosaveKey, failure: autosaveFailure } = useAutosave(state, session);
  useNotebookThemes(wb, state.notebook, loadCount);

  const setRun = useCallback((id: string, run: CellRunState) => {
    setRuns((prev) => new Map(prev).set(id, explainMissingImport(run, stateRef.current.notebook.metadata.imports)));
  }, []);

  const runOne = useCallback(
    async (id: string) => {
      const cell = stateRef.current.notebook.cells.find((c) => c.id === id);
      if (!cell) return;
      setRun(id, 'running');
      const run = await runCell(wb.engine, cell, undefined, locale).catch((e: unknown) => ({ status: 'error' as const, message: String(e), millis: 0 }));
      setRun(id, run);
      wb.refreshSchema();
    },
    [wb, setRun, locale],
  );

  const runAllCells = useCallback(async () => {
    controller.current?.abort();
    const ctl = new AbortController();
    controller.current = ctl;
    const cells = stateRef.current.notebook.cells;
    setRuns(new Map());
    setStatus(null);
    for (let i = 0; i < cells.length; i++) {
      if (ctl.signal.aborted) return;
      setProgress(t('runProgress', { i: i + 1, n: cells.length }));
      setRun(cells[i].id, cells[i].kind === 'markdown' ? null : 'running');
      let run;
      try {
        run = await runCell(wb.engine, cells[i], ctl.signal, locale);
      } catch {
        // Cancelled: the interrupted cell goes back to "not run".
        setRun(cells[i].id, undefined);
        setProgress(null);
        return;
      }
      setRun(cells[i].id, run);
      if (run?.status === 'error') {
        setProgress(null);
        setStatus({ kind: 'error', text: t('stopped', { i: i + 1 }) });
        wb.refreshSchema();
        return;
      }
    }
    setProgress(null);
    setStatus({ kind: 'info', text: t('allDone', { n: cells.length }) });
    wb.refreshSchema();
  }, [wb, t, setRun, locale]);

  const afterSave = useCallback(
    (saved: { ref: string; notebook: Notebook }, wasUnsaved: boolean) => {
      dispatch({ type: 'saved', notebook: saved.notebook, ref: saved.ref });
      if (wasUnsaved && autosaveKey.current) void notebookApi.discardRecovery(autosaveKey.current).catch(() => undefined);
      autosaveKey.current = null;
      setStatus({ kind: 'info', text: t('savedAs', { name: saved.ref }) });
    },
    [t],
  );

  // What a saved file carries besides the cells: the imports they read and her curations of the corpus.
  const asSaved = useCallback(async (nb: Notebook) => withCurations(await withCurrentThemes(withImports(withCachedResults(nb, runsRef.current), await listImports().catch(() => []))), wb.curations.getState().listing), [wb.curations]);

  const saveAs = useCallback(
    async (name?: string, overwrite = false) => {
      const s = stateRef.current;
      if (!hasNativeDialogs() && name === undefined) {
        setSaveAsName({ name: s.ref ?? s.notebook.metadata.title, exists: false });
        return;
      }
      try {
        const saved = await notebookApi.saveAs(name ?? s.notebook.metadata.title, await asSaved(s.notebook), overwrite);
        setSaveAsName(null);
        if (saved) afterSave(saved, s.ref === null);
      } catch (e) {
        const text = e instanceof Error ? e.message : String(e);
        if (name !== undefined && /すでにあります/.test(text)) setSaveAsName({ name, exists: true });
        else setStatus({ kind: 'error', text });
      }
    },
    [afterSave, asSaved],
  );

  const save = useCallback(async () => {
    const s = stateRef.current;
    if (s.ref === null) return saveAs();
    try {
      afterSave(await notebookApi.save(s.ref, await asSaved(s.notebook)), false);
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }, [saveAs, afterSave, asSaved]);

  const { openChoices, setOpenChoices, showOpen, openRef, openFromFile, openPicked } = useOpenNotebook({ load, mayDiscard, setStatus, t });

  const exportAs = useCallback(
    async (format: 'html' | 'md') => {
      const s = stateRef.current;
      try {
        const report = await buildReport(s.notebook, runs, charts.current);
        const text = format === 'html' ? notebookToHtml(report) : notebookToMarkdown(report);
        const file = reportFileName(s.notebook.metadata.title, format);
        offerDownload(file, new Blob([text], { type: format === 'html' ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8' }));
        setStatus({ kind: 'info', text: t('exported', { file }) });
      } catch (e) {
        setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
      }
    },
    [runs, t],
  );

  // Ctrl+S wherever the focus is, as long as this room is the one on screen.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 's' || !root.current?.offsetParent) return;
      e.preventDefault();
      if (e.shiftKey) void saveAs();
      else void save();
    };
    const controllerKeys = new AbortController();
    window.addEventListener('keydown', onKeyDown, { signal: controllerKeys.signal });
    return () => controllerKeys.abort();
  }, [save, saveAs]);

  const onChartElement = useCallback((id: string, el: HTMLDivElement | null) => {
    if (el) charts.current.set(id, el);
    else charts.current.delete(id);
  }, []);

  const onChartRows = useCallback(
    (table: Table, rows: number[]) => {
      void openRowSource(table, rows[0], wb.openSource, async (entityId) => {
        const found = tableToRows(await wb.engine.query(`SELECT line_start, line_end FROM entities WHERE entity_id = ${quoteText(entityId)} LIMIT 1`))[0];
        return found ? { entity_id: entityId, line_start: Number(found.line_start), line_end: Number(found.line_end) } : null;
      });
    },
    [wb],
  );

  const add = (kind: CellKind) => dispatch({ type: 'add', kind, at: state.notebook.cells.length, id: newCellId() });
  const cells = state.notebook.cells;

  return (
    <div
      className="notebook-room"
      ref={root}
      data-dirty={state.dirty}
      data-ref={state.ref ?? ''}
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        const file = [...e.dataTransfer.files].find(looksLikeNotebookFile);
        if (!file) return;
        e.preventDefault();
        void openPicked(file);
      }}
    >
      <div className="notebook-toolbar">
        <input
          className="notebook-title"
          aria-label={t('title')}
          data-field="title"
          value={state.notebook.metadata.title}
          onChange={(e) => dispatch({ type: 'title', title: e.target.value })}
        />
        <span className="notebook-saved-state" data-testid="notebook-saved-state">
          {state.dirty ? t('unsaved') : state.ref ? `${t('saved')}: ${state.ref}` : ''}
        </span>
        {autosaveFailure && (
          <span className="notebook-autosave-failed" role="alert" data-testid="notebook-autosave-failed" title={autosaveFailure}>
            {t('autosaveFailed', { message: autosaveFailure })}
          </span>
        )}
        <label className="notebook-cache" title="実行結果もファイルに保存します（既定はしない）">
          <input
            type="checkbox"
            data-field="cache-results"
            checked={state.notebook.metadata.cacheResults}
            onChange={(e) => dispatch({ type: 'cacheResults', on: e.target.checked })}
          />
          {t('cacheResults')}
        </label>
        <span className="spacer" />
        <button data-action="new" onClick={() => mayDiscard() && load(emptyNotebook(t('untitled')), null)}>{t('new')}</button>
        <button data-action="open" onClick={() => void showOpen()}>{t('open')}</button>
        <button data-action="save" title="Ctrl+S" onClick={() => void save()}>{t('save')}</button>
        <button data-action="save-as" title="Ctrl+Shift+S" onClick={() => void saveAs()}>{t('saveAs')}</button>
        {progress ? (
          <button data-action="cancel" onClick={() => controller.current?.abort()}>{t('cancel')}</button>
        ) : (
          <button className="primary" data-action="run-all" onClick={() => void runAllCells()}>▶▶ {t('runAll')}</button>
        )}
        <button data-action="export-html" onClick={() => void exportAs('html')}>{t('exportHtml')}</button>
        <button data-action="export-md" onClick={() => void exportAs('md')}>{t('exportMarkdown')}</button>
      </div>
      {(progress || status) && (
        <div className={`notebook-status ${status?.kind ?? ''}`} data-testid="notebook-status" role={status?.kind === 'error' ? 'alert' : 'status'}>
          {progress ?? status?.text}
        </div>
      )}
      <ReceivedCurations notebook={state.notebook} store={wb.curations} />
      {recovery.length > 0 && (
        <RecoveryBanner
          copy={recovery[0]}
          t={t}
          onRestore={() => {
            if (!mayDiscard()) return;
            const copy = recovery[0];
            load(copy.notebook, copy.ref, true);
            setRecovery(recovery.slice(1));
          }}
          onDiscard={() => {
            void notebookApi.discardRecovery(recovery[0].key);
            setRecovery(recovery.slice(1));
          }}
        />
      )}
      {saveAsName && (
        <SaveAsDialog
          name={saveAsName}
          t={t}
          onChange={setSaveAsName}
          onSubmit={() => void saveAs(saveAsName.name, saveAsName.exists)}
          onClose={() => setSaveAsName(null)}
        />
      )}
      {openChoices && (
        <OpenDialog
          choices={openChoices}
          t={t}
          onOpenRef={(ref) => void openRef(ref)}
          onOpenExample={(notebook) => {
            if (!mayDiscard()) return;
            setOpenChoices(null);
            load(notebook, null);
          }}
          onOpenFile={() => void openFromFile()}
          onPickFile={(file) => void openPicked(file)}
          onClose={() => setOpenChoices(null)}
        />
      )}
      <div className="notebook-cells" key={loadCount}>
        {cells.length === 0 && <p className="muted empty">{t('empty')}</p>}
        {cells.map((cell, i) => {
          const inputs = cells.slice(0, i).map(cellResultName).filter((n): n is string => n !== null);
          const inputCell = cell.kind === 'pivot' || cell.kind === 'chart' ? cells.find((c) => cellResultName(c) === cell.input) : undefined;
          const inputRun = inputCell ? runs.get(inputCell.id) : undefined;
          const inputColumns = resultColumnsOf(inputRun);
          return (
            <CellView
              key={cell.id}
              cell={cell}
              index={i}
              count={cells.length}
              run={runs.get(cell.id)}
              inputs={inputs}
              inputColumns={inputColumns}
              completionSchema={completionSchema}
              t={t}
              dispatch={dispatch}
              onRun={() => void runOne(cell.id)}
              onChartElement={onChartElement}
              onOpenSource={wb.openSource}
              onChartRows={onChartRows}
            />
          );
        })}
        <div className="notebook-add">
          <button data-action="add-markdown" onClick={() => add('markdown')}>{t('addMarkdown')}</button>
          <button data-action="add-sql" onClick={() => add('sql')}>{t('addSql')}</button>
          <button data-action="add-pivot" onClick={() => add('pivot')}>{t('addPivot')}</button>
          <button data-action="add-chart" onClick={() => add('chart')}>{t('addChart')}</button>
        </div>
      </div>
    </div>
  );
}
