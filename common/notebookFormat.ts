/** The notebook file format (docs/notebook.schema.json): one plain, diffable JSON file per notebook. */
import type { Curation } from './curations.js';
import type { Theme } from './search/themes.js';
import { TABLE_NAMES } from './tables.js';


export const NOTEBOOK_FORMAT = 'kyosei-notebook';
export const NOTEBOOK_VERSION = 1;
/** File name ending of a notebook; the inner `.json` lets any editor show it as JSON. */
export const NOTEBOOK_EXTENSION = '.kynb.json';
/** More cells than anyone writes by hand; past it the page would freeze drawing them. */
export const MAX_CELLS = 1_000;
/** A notebook file's largest size in characters (cached results included), the same on open and on save. */
export const MAX_NOTEBOOK_CHARS = 32 * 1024 * 1024;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type CellKind = 'markdown' | 'sql' | 'pivot' | 'chart';
export const CELL_KINDS: readonly CellKind[] = ['markdown', 'sql', 'pivot', 'chart'];

/** A result kept in the file only when the author asked for cached results. */
export interface CachedResult {
  columns: string[];
  rows: JsonValue[][];
  /** Rows the query returned; more than rows.length when the cache was cut short. */
  rowCount: number;
  ranAt: string;
}

export interface MarkdownCell {
  id: string;
  kind: 'markdown';
  source: string;
}

export interface SqlCell {
  id: string;
  kind: 'sql';
  /** Later cells read this cell's result under this name (a temporary view). */
  name: string;
  source: string;
  cached?: CachedResult;
}

export interface PivotCell {
  id: string;
  kind: 'pivot';
  name: string;
  /** Name of an earlier cell whose result the pivot reads. */
  input: string;
  /** A PivotSpec (renderer/pivot), kept as plain JSON so the file outlives code changes. */
  spec: JsonObject;
  cached?: CachedResult;
}

export interface ChartCell {
  id: string;
  kind: 'chart';
  input: string;
  /** A ChartSpec (renderer/charts). */
  spec: JsonObject;
}

export type NotebookCell = MarkdownCell | SqlCell | PivotCell | ChartCell;

export interface NotebookMetadata {
  title: string;
  /** ISO 8601 times. */
  created: string;
  updated: string;
  /** Corpus file names the notebook was written against (the `corpus` column values). */
  corpora: string[];
  /** When true, results are written into the file with the cells; off by default to keep files small and diffable. */
  cacheResults: boolean;
  /** The analyst's imported tables the cells read, and the files they came from (so a colleague knows what to import). */
  imports?: NotebookImport[];
  /** The coding themes the cells read (the themes and theme_hits tables), so the notebook reopens with them. */
  themes?: Theme[];
  /** The author's curations of attainment pairs, so a colleague sees the same pairs (she is asked before they apply). */
  curations?: NotebookCurations;
}

export interface NotebookCurations {
  /** The corpus file they were made on, and the hash of its lines then. */
  corpus: string;
  corpus_hash: string;
  curations: Curation[];
}

export interface NotebookImport {
  name: string;
  file: string;
}

export interface Notebook {
  format: typeof NOTEBOOK_FORMAT;
  version: typeof NOTEBOOK_VERSION;
  metadata: NotebookMetadata;
  cells: NotebookCell[];
}

/** Cell names become SQL view names: plain identifiers only, and never one of the corpus tables. */
export const CELL_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** A cell's result may not take the name of a corpus table. */
export const RESERVED_NAMES: readonly string[] = TABLE_NAMES;

/** Cells whose result later cells can use by name. */
export function cellResultName(cell: NotebookCell): string | null {
  return cell.kind === 'sql' || cell.kind === 'pivot' ? cell.name : null;
}

export function emptyNotebook(title: string, now: Date = new Date(), corpora: string[] = []): Notebook {
  const at = now.toISOString();
  return {
    format: NOTEBOOK_FORMAT,
    version: NOTEBOOK_VERSION,
    metadata: { title, created: at, updated: at, corpora, cacheResults: false },
    cells: [],
  };
}
