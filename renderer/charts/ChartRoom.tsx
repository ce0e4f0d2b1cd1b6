import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DataType, type Table } from 'apache-arrow';
import { useWorkbench, type SourceRef } from '../app/workbenchContext';
import { tableToColumns, tableToRows } from '../../common/arrowAdapters';
import type { WorkbenchEngine } from '../engine/types';
import { suggestSpec, type ChartSpec, type FieldInfo } from './chartSpec';
import { ChartBuilder } from './ChartBuilder';
import { useChartText } from './chartMessages';
import { useI18n } from '../i18n/locale';
import { ChartView, type ChartViewHandle } from './ChartView';
import { ChartExport } from './ChartExport';
import { buildFigure } from './figure';
import { MarkRows, type MarkRowsState } from './MarkRows';
import { rowsBehindMarks, type ClickedPoint } from './markRows';
import { ATTAINMENT_VS_AGING, PRESETS, presetSpec, presetText, sqlText, type ChartPreset } from './presets';
import { SendToNotebook } from '../notebook/SendToNotebook';
import type { JsonObject } from '../../common/notebookFormat';
import './charts.css';

type Origin = { kind: 'preset'; preset: ChartPreset } | { kind: 'custom' } | { kind: 'handoff'; from: string };

type Result =
  | { kind: 'idle' }
  /** The previous result stays on screen while the next one runs (no flash, no re-created plot). */
  | { kind: 'running'; controller: AbortController; previous: Table | null }
  | { kind: 'done'; table: Table }
  | { kind: 'error'; message: string; previous: Table | null };

const ROOM_ID = 'charts';
const ROOM_NAMES: Record<string, string> = { sql: 'SQL', pivot: 'ピボット', notebooks: 'ノートブック', search: '検索' };

/** The chart room in the workbench shell: engine, source viewer and hand-offs come from the shell's context. */
export function ChartRoom() {
  const wb = useWorkbench();
  const handoff = wb.handoffFor(ROOM_ID);
  return (
    <ChartWorkspace
      engine={wb.engine}
      openSource={wb.openSource}
      handoff={handoff}
      dataVersion={wb.dataVersion}
      actions={(sql, spec) => <SendToNotebook draft={() => ({ from: 'charts', sql, chart: spec as unknown as JsonObject })} />}
    />
  );
}

interface ChartWorkspaceProps {
  engine: WorkbenchEngine;
  openSource(ref: SourceRef): void;
  /** A result handed over from the SQL room or the pivot; without one the mission's chart opens. */
  handoff?: { sql: string; table: Table; from: string } | null;
  /** Moves when the corpus tables changed (a curation): the chart on screen runs its query again. */
  dataVersion?: number;
  /** Extra actions beside the export buttons, given the query and the chart on screen. */
  actions?: (sql: string, spec: ChartSpec) => ReactNode;
}

function fieldsOf(table: Table): FieldInfo[] {
  return table.schema.fields.map((f) => ({
    name: f.name,
    numeric: DataType.isInt(f.type) || DataType.isFloat(f.type) || DataType.isDecimal(f.type),
  }));
}

/** A spec still valid for new columns keeps the user's choices; otherwise a fresh suggestion. */
function specFor(previous: ChartSpec | null, fields: FieldInfo[], rowCount: number): ChartSpec {
  const names = new Set(fields.map((f) => f.name));
  if (previous && (['x', 'y', 'color', 'size', 'facet', 'z'] as const).every((k) => previous[k] === null || names.has(previous[k] as string)) && previous.x) {
    return previous;
  }
  return suggestSpec(fields, rowCount);
}

/** The chart builder over any SQL, usable without the shell (engine and openSource as props). */
export function ChartWorkspace({ engine, openSource, handoff, actions, dataVersion = 0 }: ChartWorkspaceProps) {
  const t = useChartText();
  const { locale } = useI18n();
  // Read when a preset opens; switching language does not re-open the chart on screen.
  const localeNow = useRef(locale);
  localeNow.current = locale;
  const [origin, setOrigin] = useState<Origin>(handoff ? { kind: 'handoff', from: handoff.from } : { kind: 'preset', preset: ATTAINMENT_VS_AGING });
  const [sql, setSql] = useState(handoff?.sql ?? ATTAINMENT_VS_AGING.sql);
  const [result, setResult] = useState<Result>(handoff ? { kind: 'done', table: handoff.table } : { kind: 'idle' });
  const [spec, setSpec] = useState<ChartSpec>(handoff ? suggestSpec(fieldsOf(handoff.table), handoff.table.numRows) : presetSpec(ATTAINMENT_VS_AGING, locale));
  const [marks, setMarks] = useState<{ state: MarkRowsState; record: SourceRef | null } | null>(null);
  const view = useRef<ChartViewHandle>(null);
  const running = useRef<AbortController | null>(null);
  const queryMs = useRef(0);
  const appliedHandoff = useRef(handoff ?? null);

  const run = useCallback(
    async (text: string, nextSpec: (fields: FieldInfo[], rowCount: number) => ChartSpec) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setResult((r) => ({ kind: 'running', controller, previous: r.kind === 'done' ? r.table : r.kind === 'running' ? r.previous : null }));
      setMarks(null);
      try {
        const started = performance.now();
        const table = await engine.query(text, { signal: controller.signal });
        queryMs.current = performance.now() - started;
        if (controller.signal.aborted || running.current !== controller) return;
        setSpec(nextSpec(fieldsOf(table), table.numRows));
        setResult({ kind: 'done', table });
      } catch (e) {
        // A run replaced by a newer one leaves the newer one's state alone.
        if (running.current !== controller) return;
        const message = e instanceof Error ? e.message : String(e);
        // A failed or cancelled run leaves the last chart in place.
        setResult((r) => {
          const previous = r.kind === 'running' ? r.previous : null;
          if (controller.signal.aborted) return previous ? { kind: 'done', table: previous } : { kind: 'idle' };
          return { kind: 'error', message, previous };
        });
      }
    },
    [engine],
  );

  const openPreset = useCallback(
    (preset: ChartPreset) => {
      setOrigin({ kind: 'preset', preset });
      setSql(preset.sql);
      void run(preset.sql, () => presetSpec(preset, localeNow.current));
    },
    [run],
  );

  // First open without a hand-off: the mission's chart, so it is one click from the start screen.
  useEffect(() => {
    if (!appliedHandoff.current) openPreset(ATTAINMENT_VS_AGING);
    return () => running.current?.abort();
  }, [openPreset]);

  // A later hand-off (SQL room's "グラフで開く") replaces what is shown.
  useEffect(() => {
    if (!handoff || handoff === appliedHandoff.current) return;
    appliedHandoff.current = handoff;
    running.current?.abort();
    setOrigin({ kind: 'handoff', from: handoff.from });
    setSql(handoff.sql);
    setResult({ kind: 'done', table: handoff.table });
    setSpec(suggestSpec(fieldsOf(handoff.table), handoff.table.numRows));
    setMarks(null);
  }, [handoff]);

  const table = result.kind === 'done' ? result.table : result.kind === 'running' || result.kind === 'error' ? result.previous : null;
  const fields = useMemo(() => (table ? fieldsOf(table) : []), [table]);
  const columns = useMemo(() => (table ? tableToColumns(table) : {}), [table]);
  const timedFigure = useMemo(() => {
    const started = performance.now();
    const built = buildFigure(spec, columns, locale);
    return { figure: built, ms: performance.now() - started };
  }, [spec, columns, locale]);
  const figure = timedFigure.figure;

  const showMarks = useCallback(
    (points: ClickedPoint[]) => {
      // Row objects only for the clicked marks: a 50,000-row result is never turned into row objects whole.
      const behind = rowsBehindMarks(figure, points).map((i) => Object.fromEntries(fields.map((f) => [f.name, columns[f.name][i]])));
      if (behind.length === 0) return;
      const record = behind.length === 1 && typeof behind[0].line_start === 'number'
        ? { entity_id: (behind[0].entity_id as string | undefined) ?? null, line_start: behind[0].line_start as number, line_end: (behind[0].line_end as number | undefined) ?? (behind[0].line_start as number) }
        : null;
      const drill = origin.kind === 'preset' && behind.length === 1 ? origin.preset.drillSql?.(behind[0]) ?? null : null;
      if (!drill) {
        // The listed rows carry their own source buttons; a separate record button would repeat them.
        setMarks({ state: { kind: 'rows', columns: fields.map((f) => f.name), rows: behind }, record: null });
        return;
      }
      setMarks({ state: { kind: 'loading' }, record });
      engine.query(drill).then(
        (drilled) => setMarks({ state: { kind: 'rows', columns: drilled.schema.fields.map((f) => f.name), rows: tableToRows(drilled) }, record }),
        (e: unknown) => setMarks({ state: { kind: 'error', message: e instanceof Error ? e.message : String(e) }, record }),
      );
    },
    [figure, columns, fields, origin, engine],
  );

  const openRecord = useCallback(
    (entityId: string) => {
      engine.query(`SELECT entity_id, line_start, line_end FROM entities WHERE entity_id = ${sqlText(entityId)} LIMIT 1`).then((found) => {
        const [row] = tableToRows(found);
        if (row) openSource({ entity_id: entityId, line_start: row.line_start as number, line_end: row.line_end as number });
      }, (e: unknown) => console.warn('record lines', e));
    },
    [engine, openSource],
  );

  const runCustom = () => void run(sql, (f, n) => specFor(spec, f, n));

  // A curation changed the tables: the same query again, the analyst's chart choices kept.
  const latest = useRef({ sql, spec, shown: result.kind !== 'idle' });
  latest.current = { sql, spec, shown: result.kind !== 'idle' };
  const seenVersion = useRef(dataVersion);
  useEffect(() => {
    if (seenVersion.current === dataVersion) return;
    seenVersion.current = dataVersion;
    const { sql: text, spec: kept, shown } = latest.current;
    if (shown) void run(text, (f, n) => specFor(kept, f, n));
  }, [dataVersion, run]);

  return (
    <div className="chart-room" data-testid="chart-room">
      <div className="chart-top">
        <span className="chart-top-label">{t('presets')}</span>
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            className={origin.kind === 'preset' && origin.preset.id === preset.id ? 'preset active' : 'preset'}
            title={presetText(preset, locale).description}
            onClick={() => openPreset(preset)}
            data-testid={`preset-${preset.id}`}
          >
            {presetText(preset, locale).label}
          </button>
        ))}
        <button className={origin.kind === 'custom' ? 'preset active' : 'preset'} title={t('customHint')} onClick={() => setOrigin({ kind: 'custom' })} data-testid="preset-custom">
          {t('custom')}
        </button>
        {origin.kind === 'handoff' && <span className="chart-origin">{t('fromRoom', { room: ROOM_NAMES[origin.from] ?? origin.from })}</span>}
        <span className="spacer" />
        <ChartExport view={view} title={figure.layout.title && typeof figure.layout.title === 'object' ? String(figure.layout.title.text ?? '') : ''} disabled={figure.plotted === 0} />
        {actions?.(sql, spec)}
      </div>
      <div className="chart-body">
        <div className="chart-side">
          <div className="chart-query">
            <label htmlFor="chart-sql">{t('query')}</label>
            <textarea
              id="chart-sql"
              value={sql}
              spellCheck={false}
              onChange={(e) => {
                setSql(e.target.value);
                if (origin.kind === 'preset') setOrigin({ kind: 'custom' });
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  runCustom();
                }
              }}
              data-testid="chart-sql"
            />
            <div className="chart-query-bar">
              <button className="primary" onClick={runCustom} disabled={result.kind === 'running'} title={t('runHint')} data-testid="chart-run">
                ▶ {t('run')}
              </button>
              {result.kind === 'running' && (
                <button onClick={() => result.controller.abort()} data-testid="chart-cancel">
                  ■ {t('cancel')}
                </button>
              )}
              {result.kind === 'running' && <span className="muted">{t('running')}</span>}
              {table && <span className="muted">{t('rows', { rows: table.numRows.toLocaleString('ja-JP') })}</span>}
            </div>
            {result.kind === 'error' && (
              <pre className="chart-error" role="alert" data-testid="chart-error">
                {result.message}
              </pre>
            )}
          </div>
          {table && <ChartBuilder spec={spec} fields={fields} onChange={setSpec} />}
        </div>
        <div className="chart-main">
          {table ? <ChartView ref={view} figure={figure} onMarks={showMarks} /> : <div className="chart-view" />}
          {table && (
            <p
              className="chart-status"
              data-testid="chart-status"
              data-plotted={figure.plotted}
              data-dropped={figure.dropped}
              data-query-ms={Math.round(queryMs.current)}
              data-figure-ms={Math.round(timedFigure.ms)}
            >
              {t(spec.kind === 'scatter' || spec.kind === 'line' ? 'plotted' : 'plottedRows', { plotted: figure.plotted.toLocaleString('ja-JP') })}
              {figure.dropped > 0 && ` ${t('dropped', { dropped: figure.dropped.toLocaleString('ja-JP') })}`}
              {figure.trends.length > 0 && ` · r = ${figure.trends.map((tr) => (Number.isNaN(tr.fit.r) ? '—' : tr.fit.r.toFixed(3))).join(', ')}`}
              <span className="hint"> · {t('clickHint')}</span>
            </p>
          )}
          {marks && (
            <>
              {marks.record && (
                <button className="source-button mark-record" onClick={() => openSource(marks.record as SourceRef)} data-testid="mark-record">
                  {t('record')}
                </button>
              )}
              <MarkRows state={marks.state} onOpenSource={openSource} onOpenRecord={openRecord} onClose={() => setMarks(null)} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
