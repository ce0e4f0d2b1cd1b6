import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Table } from 'apache-arrow';
import { SendToNotebook } from '../notebook/SendToNotebook';
import { ROOM_LABELS } from '../app/roomLabels';
import { useWorkbench } from '../app/workbenchContext';
import { tableToRows } from '../../common/arrowAdapters';
import { ResultExports } from './ResultExports';
import { ResultGrid, type GridView } from '../grid/ResultGrid';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { SchemaBrowser } from '../schema/SchemaBrowser';
import { ImportButton } from '../imports/ImportButton';
import { recordLinesSql } from '../source/sourceQueries';
import { RunningTimer } from './RunningTimer';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor';
import { EXAMPLE_QUERIES } from './exampleQueries';
import { sqlErrorPosition, sqlErrorSummary, type SqlErrorPosition } from './sqlError';
import { useHistory } from './useHistory';

const DRAFT_KEY = 'kyosei.sql.draft';
/** Rooms that can start from a SQL result ("ピボットで開く", "グラフで開く"). */
const HANDOFF_ROOMS = ['pivot', 'charts'];
const STARTER_SQL = `-- 高齢化率の高い 10 件 (Ctrl+Enter で実行)
SELECT entity_id, population, aging_rate, welfare_rate, welfare_rate_unit
FROM entities
ORDER BY aging_rate DESC NULLS LAST
LIMIT 10`;

type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; run: number; sql: string; controller: AbortController; startedAt: number }
  | { kind: 'done'; run: number; sql: string; table: Table; ms: number }
  | { kind: 'error'; run: number; sql: string; message: string; position: SqlErrorPosition | null }
  | { kind: 'cancelled'; run: number; sql: string; ms: number };

function readDraft(): string {
  try {
    return localStorage.getItem(DRAFT_KEY) ?? STARTER_SQL;
  } catch {
    return STARTER_SQL;
  }
}

export function SqlRoom() {
  const { t, locale } = useI18n();
  const wb = useWorkbench();
  const editor = useRef<SqlEditorHandle>(null);
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const [showHistory, setShowHistory] = useState(false);
  const [gridView, setGridView] = useState<GridView | null>(null);
  const history = useHistory();
  const stateRef = useRef(state);
  // Numbers each run, so a reader (and the e2e tests) can tell this result from the previous one.
  const runCount = useRef(0);
  stateRef.current = state;

  const completionSchema = useMemo(() => {
    const out: Record<string, string[]> = {};
    for (const c of wb.schema) (out[c.table] ??= []).push(c.column);
    return out;
  }, [wb.schema]);

  const run = useCallback(async () => {
    if (stateRef.current.kind === 'running' || !editor.current) return;
    const { sql, from } = editor.current.sqlToRun();
    if (!sql.trim()) return;
    editor.current.clearError();
    const controller = new AbortController();
    const startedAt = performance.now();
    const runNo = ++runCount.current;
    setState({ kind: 'running', run: runNo, sql, controller, startedAt });
    history.add(sql);
    try {
      const table = await wb.engine.query(sql, { signal: controller.signal });
      setState({ kind: 'done', run: runNo, sql, table, ms: performance.now() - startedAt });
      if (/^\s*(create|drop|alter)\b/im.test(sql)) wb.refreshSchema();
    } catch (e) {
      if (controller.signal.aborted) {
        setState({ kind: 'cancelled', run: runNo, sql, ms: performance.now() - startedAt });
        return;
      }
      const message = e instanceof Error ? e.message : String(e);
      const position = sqlErrorPosition(message, sql);
      setState({ kind: 'error', run: runNo, sql, message, position });
      if (position) editor.current?.showError(from + position.offset, sqlErrorSummary(message));
    }
  }, [wb, history]);

  const cancel = useCallback(() => {
    const s = stateRef.current;
    if (s.kind === 'running') s.controller.abort();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && stateRef.current.kind === 'running') cancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cancel]);

  // Exports write every row the grid's filters leave, in the grid's order (sorted and filtered by DuckDB).
  const viewTable = useCallback(async () => (state.kind !== 'done' ? null : gridView ? gridView.orderedTable() : state.table), [state, gridView]);

  // Another room (the pivot's "SQL で開く") sends its SQL and result here: show both, as if just run.
  const handoff = wb.handoffFor('sql');
  const appliedHandoff = useRef<typeof handoff>(null);
  useEffect(() => {
    if (!handoff || handoff === appliedHandoff.current || !editor.current) return;
    appliedHandoff.current = handoff;
    editor.current.setText(handoff.sql);
    setState({ kind: 'done', run: ++runCount.current, sql: handoff.sql, table: handoff.table, ms: 0 });
  }, [handoff]);

  const resolveRecord = useCallback(
    async (entityId: string) => {
      const [row] = tableToRows(await wb.engine.query(recordLinesSql(entityId)));
      return row && typeof row.line_start === 'number' && typeof row.line_end === 'number'
        ? { entity_id: entityId, line_start: row.line_start, line_end: row.line_end }
        : null;
    },
    [wb.engine],
  );

  const handoffRooms = HANDOFF_ROOMS.filter((id) => wb.roomIds.includes(id)).map((id) => ({ id, label: ROOM_LABELS[id] }));

  return (
    <div className="sql-room">
      <SchemaBrowser schema={wb.schema} rowCounts={wb.rowCounts} onInsert={(text) => editor.current?.insert(text)}>
        <ImportButton load={wb.tables} onImported={wb.refreshSchema} />
      </SchemaBrowser>
      <div className="sql-main">
        <div className="sql-editor-pane">
          <SqlEditor
            ref={editor}
            initialText={readDraft()}
            completionSchema={completionSchema}
            placeholderText={t('sql.placeholder')}
            onRun={() => void run()}
            onChange={(text) => {
              try {
                localStorage.setItem(DRAFT_KEY, text);
              } catch {
                // Without storage the draft simply is not kept; the history still is.
              }
            }}
          />
          <div className="sql-toolbar">
            <button className="primary" onClick={() => void run()} disabled={state.kind === 'running'} title={t('sql.runHint')} data-testid="run">
              ▶ {t('sql.run')}
            </button>
            <button onClick={cancel} disabled={state.kind !== 'running'} data-testid="cancel">
              ■ {t('sql.cancel')}
            </button>
            <span className="hint">{t('sql.runHint')}</span>
            <span className="spacer" />
            <select
              className="examples"
              aria-label={t('sql.examples')}
              value=""
              onChange={(e) => {
                const example = EXAMPLE_QUERIES[Number(e.target.value)];
                if (example) editor.current?.setText(example.sql);
              }}
              data-testid="examples"
            >
              <option value="">{t('sql.examples')}</option>
              {EXAMPLE_QUERIES.map((q, i) => (
                <option key={i} value={i}>
                  {q.label[locale]}
                </option>
              ))}
            </select>
            <button onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory} data-testid="history-toggle">
              {t('sql.history')} ({formatNumber(history.entries.length)})
            </button>
          </div>
          {showHistory && (
            <div className="history-panel" data-testid="history">
              {history.entries.length === 0 ? (
                <p className="muted">{t('sql.historyEmpty')}</p>
              ) : (
                <>
                  <ul>
                    {history.entries.map((h) => (
                      <li key={h.ranAt + h.sql}>
                        <button className="history-entry" title={new Date(h.ranAt).toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US')} onClick={() => editor.current?.setText(h.sql)}>
                          {h.sql}
                        </button>
                      </li>
                    ))}
                  </ul>
                  <button className="link" onClick={history.clear}>
                    {t('sql.historyClear')}
                  </button>
                </>
              )}
            </div>
          )}
        </div>
        <div className="sql-status" data-testid="sql-status" data-state={state.kind} data-run={state.kind === 'idle' ? 0 : state.run}>
          {state.kind === 'running' && <RunningTimer startedAt={state.startedAt} />}
          {state.kind === 'done' && (
            <>
              <span data-testid="row-count">{t('result.rows', { rows: formatNumber(state.table.numRows) })}</span>
              <span data-testid="elapsed">{t('result.elapsed', { seconds: (state.ms / 1000).toFixed(3) })}</span>
              <span className="hint">{t('result.copyHint')}</span>
              <span className="spacer" />
              {handoffRooms.map((r) => (
                <button key={r.id} onClick={() => wb.openInRoom(r.id, { sql: state.sql, table: state.table, from: 'sql' })} data-testid={`open-in-${r.id}`}>
                  {t('sql.openIn', { room: r.label[locale] })}
                </button>
              ))}
              <SendToNotebook draft={() => ({ from: 'sql', sql: state.sql })} />
              <ResultExports table={viewTable} />
            </>
          )}
          {state.kind === 'cancelled' && <span className="cancelled">{t('sql.cancelled')} ({t('result.elapsed', { seconds: (state.ms / 1000).toFixed(1) })})</span>}
        </div>
        {state.kind === 'error' && (
          <div className="sql-error" role="alert" data-testid="sql-error">
            <strong>
              {t('error.generic')}
              {state.position && ` (${t('sql.errorAt', { line: state.position.line, column: state.position.column })})`}
            </strong>
            <pre>{state.message}</pre>
            {/\bextension\b/i.test(state.message) && <p className="hint">{t('sql.extensionHint')}</p>}
          </div>
        )}
        <div className="sql-result">
          {state.kind === 'done' ? (
            <ResultGrid table={state.table} onOpenSource={wb.openSource} resolveRecord={resolveRecord} onView={setGridView} />
          ) : state.kind !== 'error' ? (
            <p className="muted empty-result">{t('result.none')}</p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
