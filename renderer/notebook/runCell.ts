import type { Table } from 'apache-arrow';
import type { WorkbenchEngine } from '../engine/types';
import { tableToColumns } from '../../common/arrowAdapters';
import { CELL_NAME_PATTERN, RESERVED_NAMES, type NotebookCell, type PivotCell, type ChartCell, type SqlCell } from '../../common/notebookFormat';
import { emptySpec as emptyPivotSpec, type PivotSpec } from '../pivot/spec';
import { loadSourceFields, runPivot, schemaOf } from '../pivot/runPivot';
import { fitFormatToField } from '../pivot/formats';
import { shapePivot, type PivotGrid } from '../pivot/shape';
import type { PivotPlan } from '../pivot/generateSql';
import { quoteIdent, quoteText } from '../pivot/sqlText';
import { emptySpec as emptyChartSpec, type ChartSpec } from '../charts/chartSpec';
import { buildFigure, type ChartFigure } from '../charts/figure';
import type { Locale } from '../i18n/messages';
import { cellErrorMessage, resultTableSql } from './sqlStatement';

/** Rows of a SQL cell's result kept for display; the full result stays in the engine under the cell's name. */
export const DISPLAY_ROW_LIMIT = 10_000;

export type CellRun =
  | { status: 'ok'; kind: 'sql'; table: Table; rowCount: number; millis: number }
  | { status: 'ok'; kind: 'pivot'; grid: PivotGrid; plan: PivotPlan; columns: string[]; millis: number }
  | { status: 'ok'; kind: 'chart'; figure: ChartFigure; spec: ChartSpec; table: Table; millis: number }
  | { status: 'error'; message: string; millis: number };

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A pivot cell reads its input cell's result; whatever source its saved spec names is replaced. */
export function pivotSpecOf(cell: PivotCell): PivotSpec {
  const source = { kind: 'table', table: cell.input } as const;
  return { ...emptyPivotSpec(source), ...(cell.spec as unknown as Partial<PivotSpec>), source };
}

export function chartSpecOf(cell: ChartCell): ChartSpec {
  return { ...emptyChartSpec(), ...(cell.spec as unknown as Partial<ChartSpec>) };
}

async function count(engine: WorkbenchEngine, name: string, signal?: AbortSignal): Promise<number> {
  const t = await engine.query(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(name)}`, { signal });
  return Number(t.getChild('n')?.get(0) ?? 0);
}

/** A result name must be a plain identifier and never a corpus table: the result is written under that name. */
export function checkResultName(name: string): string {
  if (!CELL_NAME_PATTERN.test(name)) throw new Error(`結果名「${name}」は使えません。英字または _ で始まる英数字と _ だけにしてください。`);
  if (RESERVED_NAMES.includes(name.toLowerCase())) throw new Error(`結果名「${name}」はコーパスの表の名前なので使えません。`);
  return name;
}

/** Tables this page's notebook cells made: a cell may replace these, and no other table (imports, the SQL room's). */
const notebookResults = new Set<string>();

/** The result name, once sure that writing it replaces nothing the analyst made or imported. */
async function resultNameFor(engine: WorkbenchEngine, name: string, signal?: AbortSignal): Promise<string> {
  checkResultName(name);
  const key = name.toLowerCase();
  if (!notebookResults.has(key)) {
    const found = await engine.query(`SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE lower(table_name) = ${quoteText(key)}`, { signal });
    if (Number(found.getChild('n')?.get(0) ?? 0) > 0) {
      throw new Error(`結果名「${name}」の表はすでにあります（取り込んだ表や SQL で作った表）。上書きしないよう、別の結果名にしてください。`);
    }
  }
  notebookResults.add(key);
  return name;
}

async function runSql(engine: WorkbenchEngine, cell: SqlCell, signal?: AbortSignal) {
  // A table, not a view: later cells read a snapshot, and a pivot's several queries do not re-run this one.
  // Not TEMP: the engine may use a new connection per query, and temp objects live only as long as one connection.
  const store = resultTableSql(await resultNameFor(engine, cell.name, signal), cell.source);
  try {
    await engine.query(store, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new Error(cellErrorMessage(cell.source, e));
  }
  const table = await engine.query(`SELECT * FROM ${quoteIdent(cell.name)} LIMIT ${DISPLAY_ROW_LIMIT}`, { signal });
  return { table, rowCount: await count(engine, cell.name, signal) };
}

async function runPivotCell(engine: WorkbenchEngine, cell: PivotCell, locale: Locale, signal?: AbortSignal) {
  const cellSpec = pivotSpecOf(cell);
  const fields = await loadSourceFields(engine, cellSpec, signal);
  const schema = schemaOf(fields);
  const spec = { ...cellSpec, values: cellSpec.values.map((m) => fitFormatToField(m, schema)) };
  const run = await runPivot(engine, spec, schema, signal);
  await engine.query(`CREATE OR REPLACE TABLE ${quoteIdent(await resultNameFor(engine, cell.name, signal))} AS\n${run.plan.sql}`, { signal });
  return { grid: shapePivot(run.table, run.plan, 'v', locale), plan: run.plan, columns: run.table.schema.fields.map((f) => f.name) };
}

/** The columns a later cell can read from this run's result table (a chart's X/Y choices): none until it has run. */
export function resultColumnsOf(run: CellRun | 'running' | null | undefined): string[] {
  if (!run || run === 'running' || run.status !== 'ok') return [];
  if (run.kind === 'sql') return run.table.schema.fields.map((f) => f.name);
  if (run.kind === 'pivot') return run.columns;
  return [];
}

async function runChart(engine: WorkbenchEngine, cell: ChartCell, locale: Locale, signal?: AbortSignal) {
  const spec = chartSpecOf(cell);
  const table = await engine.query(`SELECT * FROM ${quoteIdent(cell.input)}`, { signal });
  const figure = buildFigure(spec, tableToColumns(table), locale);
  if (figure.problems.length) throw new Error(figure.problems.join('\n'));
  return { figure, spec, table };
}

/** Runs one cell. Markdown needs no engine and is rendered by the room. Errors come back as values. */
export async function runCell(engine: WorkbenchEngine, cell: NotebookCell, signal?: AbortSignal, locale: Locale = 'ja'): Promise<CellRun | null> {
  const t0 = performance.now();
  const millis = () => Math.round(performance.now() - t0);
  try {
    switch (cell.kind) {
      case 'markdown':
        return null;
      case 'sql':
        return { status: 'ok', kind: 'sql', ...(await runSql(engine, cell, signal)), millis: millis() };
      case 'pivot':
        return { status: 'ok', kind: 'pivot', ...(await runPivotCell(engine, cell, locale, signal)), millis: millis() };
      case 'chart':
        return { status: 'ok', kind: 'chart', ...(await runChart(engine, cell, locale, signal)), millis: millis() };
    }
  } catch (e) {
    if (signal?.aborted) throw e;
    return { status: 'error', message: messageOf(e), millis: millis() };
  }
}

export interface RunAllProgress {
  index: number;
  total: number;
  cell: NotebookCell;
}

/** Runs every cell in order and stops at the first failing one; returns the runs so far, by cell id. */
export async function runAll(
  engine: WorkbenchEngine,
  cells: readonly NotebookCell[],
  onCell: (progress: RunAllProgress, run: CellRun | null) => void,
  signal?: AbortSignal,
): Promise<{ runs: Map<string, CellRun | null>; stoppedAt: number | null }> {
  const runs = new Map<string, CellRun | null>();
  for (let i = 0; i < cells.length; i++) {
    const run = await runCell(engine, cells[i], signal);
    runs.set(cells[i].id, run);
    onCell({ index: i, total: cells.length, cell: cells[i] }, run);
    if (run?.status === 'error') return { runs, stoppedAt: i };
  }
  return { runs, stoppedAt: null };
}
