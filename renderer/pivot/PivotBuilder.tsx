import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import type { Table } from 'apache-arrow';
import type { SourceRef } from '../app/workbenchContext';
import type { WorkbenchEngine } from '../engine/types';
import { tableToRows } from '../../common/arrowAdapters';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { DrilldownPanel, type Drilldown } from './DrilldownPanel';
import { offerDownload } from '../app/download';
import { pivotCsv, pivotXlsxBytes, XLSX_TYPE } from './exportPivot';
import { FieldZones } from './FieldZones';
import { fieldLabel } from './fieldLabels';
import { detailRowsSql, drilldownSql, sourceRowCountSql } from './generateSql';
import { PivotGridView, type PivotCellPick } from './PivotGridView';
import { pivotReducer } from './pivotState';
import { pivotText, type PivotTextKey } from './pivotText';
import { PIVOT_PRESETS, pivotPresetText } from './presets';
import { loadSourceFields, runPivot, schemaOf, type PivotRun, type SourceField } from './runPivot';
import { shapePivot, type PivotGrid } from './shape';
import { emptySpec, specProblem, type PivotSpec } from './spec';
import { SqlPanel } from './SqlPanel';
import { findUnitMix, type UnitMix } from './unitMix';
import './pivot.css';

/** Timings of the last pivot, read by the e2e test and the benchmark (nothing depends on it). */
declare global {
  interface Window {
    __kyoseiPivot?: { runs: number; queryMs: number; drawnMs: number; rows: number };
  }
}

export interface PivotBuilderProps {
  engine: WorkbenchEngine;
  tables: string[];
  /** SQL handed over from another room ("ピボットで開く"): offered as a source. */
  handoffSql?: string | null;
  initialSpec?: PivotSpec;
  openSource?: (ref: SourceRef) => void;
  openInSqlEditor?: (sql: string, table: Table) => void;
  openInCharts?: (sql: string, table: Table) => void;
  /** Moves when the corpus tables changed (a curation): the pivot runs again. */
  dataVersion?: number;
  /** Extra actions shown with the generated SQL, given the pivot on screen (e.g. "ノートブックに追加"). */
  pivotActions?: (spec: PivotSpec) => ReactNode;
}

interface Result {
  spec: PivotSpec;
  run: PivotRun;
  grid: PivotGrid;
  startedAt: number;
  /** Units a ratio of sums adds together, named to the analyst (null when it adds like with like). */
  unitMix: UnitMix | null;
}

const sourceKeyOf = (spec: PivotSpec) => JSON.stringify(spec.source);

/**
 * New column ids whenever the columns or their formats change: AG Grid applies new rowData before new columnDefs and
 * does not re-format cells whose column kept its id, so reused ids would show new numbers in the old format.
 * (Re-creating the whole grid instead costs ~200 ms on the 1M-row benchmark.)
 */
const gridShapeKey = (run: PivotRun) =>
  JSON.stringify([run.plan.rowFields, run.plan.columns.map((c) => c.alias), run.plan.measures.map((m) => m.format)]);

/** The pivot builder: fields into zones → DuckDB SQL → grid, with the SQL beside it, drill-down and exports. */
export function PivotBuilder({ engine, tables, handoffSql, initialSpec, openSource, openInSqlEditor, openInCharts, pivotActions, dataVersion = 0 }: PivotBuilderProps) {
  const { locale } = useI18n();
  // Read when a run's grid is shaped: switching language renames the row headers from the next run on.
  const localeNow = useRef(locale);
  localeNow.current = locale;
  const tx = (k: PivotTextKey, p?: Record<string, string | number>) => pivotText(locale, k, p);
  const [spec, dispatch] = useReducer(pivotReducer, initialSpec ?? emptySpec({ kind: 'table', table: tables.includes('entities') ? 'entities' : tables[0] ?? 'entities' }));
  const [loaded, setLoaded] = useState<{ key: string; fields: SourceField[]; rows: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drilldown | null>(null);
  const [presetId, setPresetId] = useState('');
  const [queryDraft, setQueryDraft] = useState(spec.source.kind === 'query' ? spec.source.sql : handoffSql ?? '');
  const [drawn, setDrawn] = useState<{ result: Result; ms: number } | null>(null);
  const drawnMs = drawn?.ms ?? null;
  const reported = useRef<Result | null>(null);
  const shapes = useRef({ key: '', count: 0 });
  const sourceKey = sourceKeyOf(spec);

  // Fields and row count of the source: once per source.
  useEffect(() => {
    const abort = new AbortController();
    setLoaded(null);
    Promise.all([
      loadSourceFields(engine, spec, abort.signal),
      engine.query(sourceRowCountSql(spec), { signal: abort.signal }).then((t) => Number(tableToRows(t)[0]?.n ?? 0)),
    ]).then(
      ([fields, rows]) => setLoaded({ key: sourceKey, fields, rows }),
      (e: unknown) => { if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e)); },
    );
    return () => abort.abort();
    // Only the source matters here; the rest of the spec is handled by the run effect.
  }, [engine, sourceKey]);

  // Every edit re-runs the pivot shortly after; a newer edit cancels the older query.
  useEffect(() => {
    if (!loaded || loaded.key !== sourceKey) return;
    const problem = specProblem(spec);
    if (problem) {
      setError(problem);
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      const startedAt = performance.now();
      setRunning(true);
      Promise.all([
        runPivot(engine, spec, schemaOf(loaded.fields), abort.signal),
        findUnitMix(engine, spec, loaded.fields.map((f) => f.name), abort.signal),
      ]).then(
        ([run, unitMix]) => {
          const key = gridShapeKey(run);
          if (key !== shapes.current.key) shapes.current = { key, count: shapes.current.count + 1 };
          setResult({ spec, run, grid: shapePivot(run.table, run.plan, `v${shapes.current.count}_`, localeNow.current), startedAt, unitMix });
          setError(null);
          setRunning(false);
        },
        (e: unknown) => {
          if (abort.signal.aborted) return;
          setError(e instanceof Error ? e.message : String(e));
          setRunning(false);
        },
      );
    }, 120);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [engine, spec, loaded, sourceKey, dataVersion]);

  const onDrawn = useCallback(() => {
    if (!result || reported.current === result) return;
    reported.current = result;
    // One frame later the grid's rows are on screen.
    requestAnimationFrame(() => {
      const ms = performance.now() - result.startedAt;
      setDrawn({ result, ms });
      const prev = window.__kyoseiPivot?.runs ?? 0;
      window.__kyoseiPivot = { runs: prev + 1, queryMs: result.run.millis.keys + result.run.millis.pivot, drawnMs: ms, rows: result.grid.rows.length };
    });
  }, [result]);

  const onPick = useCallback((pick: PivotCellPick) => {
    if (!result || !loaded) return;
    const leaf = result.grid.leaves.find((l) => l.id === pick.colId);
    const rowLabels = result.grid.rowFieldIds.map((id) => String(pick.row[id] ?? ''));
    const cell = { rowLevel: pick.row.pivotLevel, rowLabels, columnKeys: leaf?.column.keys ?? [] };
    const sql = drilldownSql(result.spec, schemaOf(loaded.fields), cell);
    const title = [...rowLabels.slice(0, pick.row.pivotLevel), ...(leaf ? leaf.column.path : [])].join(' / ') || '総計';
    engine.query(sql).then((table) => setDrill({ title, sql, table }), (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [engine, result, loaded]);

  /** A chart of the pivot gets its detail rows: totals would be bars of their own. */
  const chartDetailRows = async (plan: PivotRun['plan']) => {
    if (!openInCharts) return;
    const sql = detailRowsSql(plan);
    try {
      openInCharts(sql, await engine.query(sql));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const applyPreset = (id: string) => {
    setPresetId(id);
    const preset = PIVOT_PRESETS.find((p) => p.id === id);
    if (!preset) return;
    if (preset.spec.source.kind === 'query') setQueryDraft(preset.spec.source.sql);
    dispatch({ type: 'replace', spec: preset.spec });
    setDrill(null);
  };

  const sourceValue = spec.source.kind === 'table' ? `table:${spec.source.table}` : 'query';
  const chooseSource = (value: string) => {
    setPresetId('');
    setDrill(null);
    if (value === 'query') dispatch({ type: 'source', source: { kind: 'query', sql: queryDraft || 'SELECT * FROM entities' } });
    else dispatch({ type: 'source', source: { kind: 'table', table: value.slice('table:'.length) } });
  };

  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const exportCsv = () => {
    if (!result) return;
    offerDownload(`ピボット_${stamp()}.csv`, new Blob([pivotCsv(result.grid, result.run.plan)], { type: 'text/csv;charset=utf-8' }));
  };
  const exportXlsx = async () => {
    if (!result) return;
    const bytes = await pivotXlsxBytes(result.grid, result.run.plan);
    offerDownload(`ピボット_${stamp()}.xlsx`, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  };

  const preset = PIVOT_PRESETS.find((p) => p.id === presetId && sourceKeyOf(p.spec) === sourceKey);
  const sourceEmpty = loaded?.key === sourceKey && loaded.rows === 0;
  const fields = loaded?.key === sourceKey ? loaded.fields : [];
  const tableOptions = useMemo(() => [...new Set(tables)].sort(), [tables]);
  const detailRows = result?.grid.rows.filter((r) => r.pivotKind === 'detail').length ?? 0;

  // Until the run for the current spec is back, the grid shows the previous spec's numbers: say so.
  const problem = specProblem(spec);
  // Ready once the current spec's grid is on screen (not merely computed): tests and users read what is drawn.
  const pivotState = problem || (error && !running) ? 'error' : running || !result || result.spec !== spec || drawn?.result !== result ? 'running' : 'ready';

  return (
    <div className="pivot-room" data-testid="pivot-room" data-pivot-state={pivotState} data-pivot-ms={drawnMs === null ? undefined : Math.round(drawnMs)}>
      <div className="pivot-toolbar">
        <label>
          {tx('source')}
          <select value={sourceValue} onChange={(e) => chooseSource(e.target.value)} data-testid="pivot-source">
            {tableOptions.map((t) => <option key={t} value={`table:${t}`}>{t}</option>)}
            <option value="query">{tx('sourceQuery')}</option>
          </select>
        </label>
        <label>
          {tx('preset')}
          <select value={presetId} onChange={(e) => applyPreset(e.target.value)} data-testid="pivot-preset">
            <option value="">{tx('presetNone')}</option>
            {PIVOT_PRESETS.map((p) => <option key={p.id} value={p.id}>{pivotPresetText(p, locale).label}</option>)}
          </select>
        </label>
        <fieldset className="pivot-totals">
          <legend>{tx('totals')}</legend>
          {([['rows', 'subtotals', 'rowSubtotals'], ['rows', 'grand', 'rowGrand'], ['columns', 'subtotals', 'columnSubtotals'], ['columns', 'grand', 'columnGrand']] as const).map(([axis, key, label]) => (
            <label key={label} className="pivot-check">
              <input type="checkbox" checked={spec.totals[axis][key]} data-testid={`pivot-${label}`}
                onChange={(e) => dispatch({ type: 'totals', axis, patch: { [key]: e.target.checked } })} />
              {tx(label)}
            </label>
          ))}
        </fieldset>
        <label>
          {tx('sort')}
          <select value={`${spec.sort.by}:${spec.sort.direction}`} data-testid="pivot-sort"
            onChange={(e) => {
              const [by, direction] = e.target.value.split(':') as [PivotSpec['sort']['by'], PivotSpec['sort']['direction']];
              dispatch({ type: 'sort', patch: { by, direction } });
            }}>
            <option value="label:asc">{tx('sortLabelAsc')}</option>
            <option value="label:desc">{tx('sortLabelDesc')}</option>
            <option value="value:desc">{tx('sortValueDesc')}</option>
            <option value="value:asc">{tx('sortValueAsc')}</option>
          </select>
        </label>
        {spec.sort.by === 'value' && spec.values.length > 1 && (
          <label>
            {tx('sortMeasure')}
            <select value={spec.sort.measure} onChange={(e) => dispatch({ type: 'sort', patch: { measure: Number(e.target.value) } })}>
              {result?.run.plan.measureLabels.map((l, i) => <option key={i} value={i}>{l}</option>)}
            </select>
          </label>
        )}
        <div className="pivot-export">
          <button type="button" disabled={!result} onClick={exportCsv} data-testid="pivot-export-csv">{tx('exportCsv')}</button>
          <button type="button" disabled={!result} onClick={() => void exportXlsx()} data-testid="pivot-export-xlsx">{tx('exportXlsx')}</button>
        </div>
      </div>
      {spec.source.kind === 'query' && (
        <div className="pivot-query">
          <textarea value={queryDraft} onChange={(e) => setQueryDraft(e.target.value)} rows={3} spellCheck={false} aria-label={tx('sourceQuery')} />
          <button type="button" onClick={() => dispatch({ type: 'replace', spec: { ...spec, source: { kind: 'query', sql: queryDraft } } })}>▶</button>
        </div>
      )}
      {preset && <p className="pivot-hint">{pivotPresetText(preset, locale).description}</p>}
      <div className="pivot-body">
        <FieldZones spec={spec} fields={fields} dispatch={dispatch} engine={engine} />
        <div className="pivot-output">
          <div className="pivot-status" aria-live="polite" data-testid="pivot-status">
            {pivotState === 'running' ? tx('running') : result && drawnMs !== null ? tx('rowsShown', { rows: formatNumber(result.grid.rows.length), ms: formatNumber(Math.round(drawnMs)) }) : ''}
          </div>
          {result?.unitMix && result.spec === spec && (
            <div className="pivot-warning" role="status" data-testid="pivot-unit-warning">
              {tx('unitMix', { column: fieldLabel(result.unitMix.column, locale), units: result.unitMix.units.join('・') })}
            </div>
          )}
          {error && <div className="pivot-error" role="alert"><strong>{tx('error')}:</strong> {error}</div>}
          {sourceEmpty && <div className="pivot-empty" role="status" data-testid="pivot-empty">{(preset && pivotPresetText(preset, locale).emptyNote) ?? tx('emptySource')}</div>}
          {!sourceEmpty && result && detailRows === 0 && result.spec.rows.length > 0 && <div className="pivot-empty" role="status">{tx('emptyResult')}</div>}
          <div className={pivotState === 'running' ? 'pivot-result pivot-stale' : 'pivot-result'}>
            {result && <PivotGridView grid={result.grid} onPick={onPick} onDrawn={onDrawn} />}
            {result && (
              <SqlPanel sql={result.run.plan.sql} keysSql={result.run.keysSql}
                onOpenInSql={openInSqlEditor ? () => openInSqlEditor(result.run.plan.sql, result.run.table) : undefined}
                onOpenInCharts={openInCharts ? () => void chartDetailRows(result.run.plan) : undefined}>
                {pivotActions?.(result.spec)}
              </SqlPanel>
            )}
          </div>
          <p className="pivot-hint">{tx('drillHint')}</p>
          {drill && <DrilldownPanel drill={drill} onClose={() => setDrill(null)} onOpenSource={openSource} />}
        </div>
      </div>
    </div>
  );
}
