import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createCurationStore } from '../curation/curationStore';
import { CurationList } from '../curation/CurationList';
import { trackActivity } from '../engine/activity';
import { engineOwner } from '../engine/engineOwner';
import { tableLoaderFor, type StartedWorkbench, type StartupStage } from '../engine/startup';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { SourceViewer } from '../source/SourceViewer';
import { ROOMS } from './rooms';
import { readRowCounts, readSchema } from './schema';
import { ShortcutHelp } from './ShortcutHelp';
import { CorpusRestore } from './CorpusRestore';
import { WorkbenchContext, type Handoff, type SchemaColumn, type SourceRef, type Workbench } from './workbenchContext';
import type { NotebookDraft } from '../notebook/notebookDraft';

const NOTEBOOK_ROOM = 'notebook';

/** Startup timings exposed for the benchmark and the e2e tests (read-only, no behaviour hangs on it). */
declare global {
  interface Window {
    __kyoseiStartup?: { stage: StartupStage; timings?: StartedWorkbench['timings']; readyAtMs?: number; engineSteps?: { workerMs: number; instantiateMs: number; openMs: number }; error?: string };
  }
}

export function App() {
  const { t, locale, setLocale } = useI18n();
  const [stage, setStage] = useState<StartupStage>(() => engineOwner.currentStage());
  const [started, setStarted] = useState<StartedWorkbench | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [schema, setSchema] = useState<SchemaColumn[]>([]);
  const [rowCounts, setRowCounts] = useState<Record<string, number>>({});
  const [activeRoom, setActiveRoom] = useState(ROOMS[0].id);
  const [visited, setVisited] = useState<Set<string>>(() => new Set([ROOMS[0].id]));
  const [source, setSource] = useState<SourceRef | null>(null);
  const handoffs = useRef(new Map<string, Handoff>());
  const [handoffVersion, setHandoffVersion] = useState(0);
  const notebookDrafts = useRef<NotebookDraft[]>([]);

  useEffect(() => {
    let disposed = false;
    const unsubscribe = engineOwner.subscribe((s) => {
      window.__kyoseiStartup = { ...window.__kyoseiStartup, stage: s };
      if (!disposed) setStage(s);
    });
    engineOwner.start().then(
      (wb) => {
        window.__kyoseiStartup = { stage: 'ready', timings: wb.timings, readyAtMs: performance.now(), engineSteps: wb.engine.startSteps };
        if (!disposed) {
          setStage('ready');
          setStarted(wb);
        }
      },
      (e: unknown) => {
        const message = e instanceof Error ? e.message : String(e);
        window.__kyoseiStartup = { stage: 'failed', error: message };
        if (!disposed) setError(message);
      },
    );
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, []);

  const refreshSchema = useCallback(() => {
    if (!started) return;
    readSchema(started.engine)
      .then(async (columns) => {
        setSchema(columns);
        setRowCounts(await readRowCounts(started.engine, [...new Set(columns.map((c) => c.table))]));
      })
      .catch((e: unknown) => console.warn('schema', e));
  }, [started]);
  useEffect(refreshSchema, [refreshSchema]);

  const selectRoom = useCallback((id: string) => {
    setActiveRoom(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  }, []);

  // Ctrl/Cmd+1…9 switches rooms, in registry order.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const room = ROOMS[Number(e.key) - 1];
      if (!/^[1-9]$/.test(e.key) || !room) return;
      e.preventDefault();
      selectRoom(room.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectRoom]);

  // Every room's queries go through one tracked engine, so the header can say 実行中 while any of them runs.
  const activity = useMemo(() => (started ? trackActivity(started.engine) : null), [started]);
  const [running, setRunning] = useState(0);
  useEffect(() => activity?.subscribe(setRunning), [activity]);

  const curations = useMemo(() => (started ? createCurationStore(started.corpus.file, started.reloadCurated) : null), [started]);
  useEffect(() => void curations?.refresh(), [curations]);
  const dataVersion = useSyncExternalStore(
    useCallback((l: () => void) => curations?.subscribe(l) ?? (() => undefined), [curations]),
    () => curations?.getState().version ?? 0,
  );

  const workbench = useMemo<Workbench | null>(() => {
    if (!started || !activity || !curations) return null;
    return {
      engine: activity.engine,
      corpus: started.corpus,
      schema,
      rowCounts,
      tables: tableLoaderFor(started.engine),
      refreshSchema,
      openSource: setSource,
      openInRoom: (roomId, handoff) => {
        handoffs.current.set(roomId, handoff);
        setHandoffVersion((n) => n + 1);
        selectRoom(roomId);
      },
      handoffFor: (roomId) => handoffs.current.get(roomId) ?? null,
      sendToNotebook: (draft) => {
        notebookDrafts.current.push(draft);
        setHandoffVersion((n) => n + 1);
        selectRoom(NOTEBOOK_ROOM);
      },
      takeNotebookDrafts: () => notebookDrafts.current.splice(0),
      roomIds: ROOMS.map((r) => r.id),
      curations,
      dataVersion,
    };
    // handoffVersion re-creates the value so rooms see a new hand-off; dataVersion so they see curated tables.
  }, [started, activity, schema, rowCounts, refreshSchema, selectRoom, handoffVersion, curations, dataVersion]);

  return (
    <div className="shell">
      <header className="shell-header">
        <h1 className="shell-title">{t('app.title')}</h1>
        <nav className="room-tabs" role="tablist">
          {ROOMS.map((room, i) => (
            <button
              title={`Ctrl+${i + 1}`}
              key={room.id}
              role="tab"
              aria-selected={room.id === activeRoom}
              className={room.id === activeRoom ? 'room-tab active' : 'room-tab'}
              onClick={() => selectRoom(room.id)}
              data-room={room.id}
            >
              {room.label[locale]}
            </button>
          ))}
        </nav>
        <StartupStatus stage={stage} started={started} running={running} />
        {started && (
          <CorpusRestore
            restore={async () => {
              await started.reloadCorpus();
              refreshSchema();
            }}
          />
        )}
        {curations && <CurationList store={curations} openSource={setSource} />}
        <ShortcutHelp />
        <button className="lang-switch" onClick={() => setLocale(locale === 'ja' ? 'en' : 'ja')}>
          {t('app.lang')}
        </button>
      </header>
      <main className="shell-main">
        {error ? (
          <div className="startup-error" role="alert">
            <h2>{t('stage.failed')}</h2>
            <p>{error}</p>
            <button className="primary" onClick={() => window.location.reload()}>
              {t('app.reload')}
            </button>
          </div>
        ) : !workbench ? (
          <div className="startup-progress" aria-live="polite">
            <div className="spinner" />
            <p>{t(`stage.${stage === 'ready' ? 'loading' : stage}`)}</p>
          </div>
        ) : (
          <WorkbenchContext.Provider value={workbench}>
            <div className="rooms">
              {ROOMS.filter((r) => visited.has(r.id)).map((room) => (
                <section key={room.id} className="room" hidden={room.id !== activeRoom} data-room-panel={room.id}>
                  <Suspense fallback={<p className="room-loading">{t('room.loading')}</p>}>
                    <room.component />
                  </Suspense>
                </section>
              ))}
            </div>
            {source && <SourceViewer source={source} onClose={() => setSource(null)} />}
          </WorkbenchContext.Provider>
        )}
      </main>
    </div>
  );
}

function StartupStatus({ stage, started, running }: { stage: StartupStage; started: StartedWorkbench | null; running: number }) {
  const { t } = useI18n();
  const otherCorpora = started?.imports.filter((i) => i.kind === 'corpus').map((i) => i.file) ?? [];
  const detail = started
    ? t('stage.readyDetail', {
        tables: started.corpus.tables.length,
        lines: formatNumber(started.corpus.lines),
        ms: (started.timings.totalMs / 1000).toFixed(1),
      })
    : '';
  const busy = stage === 'ready' && running > 0;
  return (
    <div className={`startup-status stage-${stage}${busy ? ' busy' : ''}`} data-stage={stage} data-busy={busy ? 'true' : undefined} title={detail}>
      <span className="dot" />
      {busy ? t('stage.running') : t(`stage.${stage}`)}
      {started && <span className="corpus-summary">{t('corpus.summary', { file: started.corpus.file, lines: formatNumber(started.corpus.lines), warnings: formatNumber(started.corpus.warnings) })}</span>}
      {otherCorpora.length > 0 && (
        <span className="corpus-summary" data-testid="other-corpora">
          {t('corpus.others', { files: otherCorpora.join('、') })}
        </span>
      )}
    </div>
  );
}
