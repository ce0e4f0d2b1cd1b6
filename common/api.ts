/**
 * The one contract between the processes: every API channel with its arguments and result, and the shapes that cross.
 * Electron's preload, the browser-mode HTTP client and the main-process handlers all take their types from here; the
 * handlers' registry is checked against it at compile time (electron/api/channels.ts).
 */
import type { Curation, CurationListing, CurationRequest } from './curations.js';
import type { Notebook } from './notebookFormat.js';
import type { Result } from './result.js';
import type { Theme } from './search/themes.js';
import type { TableName } from './tables.js';

export interface TableEntry {
  name: TableName;
  rows: number;
  bytes: number;
}

export interface CorpusInfo {
  file: string;
  lines: number;
  entities: number;
  warnings: number;
  tables: TableEntry[];
}

export interface HistoryEntry {
  sql: string;
  ranAt: string;
}

export interface RecentEntry {
  /** How the notebook is found again: a name in the notebooks folder, or an absolute path chosen in a dialog. */
  ref: string;
  title: string;
  openedAt: string;
}

/** An autosaved copy that is newer than the saved file (or of a notebook never saved). */
export interface RecoveryCopy {
  key: string;
  /** The saved notebook it belongs to, or null for a notebook not yet saved. */
  ref: string | null;
  autosavedAt: string;
  notebook: Notebook;
}

export interface ExampleNotebook {
  id: string;
  title: string;
  notebook: Notebook;
}

export interface OpenedNotebook {
  ref: string;
  notebook: Notebook;
}

export interface NotebookListing {
  ref: string;
  title: string;
  updated: string;
}

export interface NotebookStartup {
  firstStart: boolean;
  recent: RecentEntry[];
  recovery: RecoveryCopy[];
}

/** A table the analyst imported: what was read, and what could not be. */
export interface ImportedTableInfo {
  /** A table of its own, or another corpus (another year's reports) whose rows join the corpus tables. */
  kind: 'table' | 'corpus';
  name: string;
  file: string;
  rows: number;
  columns: { name: string; kind: 'double' | 'text' }[];
  problems: string[];
}

type NoArgs = Record<string, never>;

/** Channel name → { args, result }. */
export interface ApiContract {
  'corpus.info': { args: NoArgs; result: CorpusInfo };
  'corpus.tables': { args: NoArgs; result: TableEntry[] };
  /** Arrow IPC stream bytes of one table. */
  'corpus.table': { args: { name: TableName }; result: Uint8Array };
  /** The summary and every table in one Arrow IPC stream (common/corpusBundle.ts): what the app's start asks for. */
  'corpus.bundle': { args: NoArgs; result: Uint8Array };
  'history.list': { args: NoArgs; result: HistoryEntry[] };
  'history.add': { args: { sql: string }; result: HistoryEntry[] };
  'history.clear': { args: NoArgs; result: HistoryEntry[] };
  'notebook.startup': { args: NoArgs; result: NotebookStartup };
  'notebook.list': { args: NoArgs; result: NotebookListing[] };
  'notebook.open': { args: { ref: string }; result: OpenedNotebook };
  'notebook.openDialog': { args: NoArgs; result: OpenedNotebook | null };
  /** A notebook file the user picked or dropped in the page (browser mode has no native dialog): checked, not stored. */
  'notebook.openText': { args: { name: string; text: string }; result: { notebook: Notebook } };
  'notebook.save': { args: { ref: string; notebook: Notebook }; result: OpenedNotebook };
  'notebook.saveAs': { args: { name: string; notebook: Notebook; overwrite: boolean | undefined }; result: OpenedNotebook | null };
  'notebook.recent': { args: NoArgs; result: RecentEntry[] };
  'notebook.autosave': { args: { ref: string | null; session: string; notebook: Notebook }; result: { key: string } };
  'notebook.recover': { args: NoArgs; result: RecoveryCopy[] };
  'notebook.discardRecovery': { args: { key: string }; result: null };
  'notebook.examples': { args: NoArgs; result: ExampleNotebook[] };
  'imports.list': { args: NoArgs; result: ImportedTableInfo[] };
  /** The file's bytes travel as base64 (JSON over HTTP, structured clone over IPC alike). */
  'imports.add': { args: { name: string; fileName: string; base64: string }; result: ImportedTableInfo };
  /** Arrow IPC stream bytes of one imported table. */
  'imports.table': { args: { name: string }; result: Uint8Array };
  'imports.remove': { args: { name: string }; result: null };
  /** Arrow IPC stream bytes of one table of an imported corpus, to append to the corpus table of that name. */
  'imports.corpusTable': { args: { name: string; table: TableName }; result: Uint8Array };
  /** The analyst's curations of attainment pairs in one corpus (its file name), each applied or stale. */
  'curations.list': { args: { corpus: string }; result: CurationListing };
  'curations.add': { args: { corpus: string; curation: CurationRequest }; result: CurationListing };
  'curations.update': { args: { corpus: string; id: string; curation: CurationRequest }; result: CurationListing };
  'curations.remove': { args: { corpus: string; id: string }; result: CurationListing };
  /** Curations received with a notebook: hers for the same pair are kept, never overwritten. */
  'curations.import': { args: { corpus: string; curations: Curation[] }; result: { listing: CurationListing; added: number; skipped: number } };
  /** The analyst's coding themes (検索 room), kept as one plain JSON file in the user data folder. */
  'themes.load': { args: NoArgs; result: Theme[] };
  /** Replaces the saved themes with these (validated on arrival); returns what was saved. */
  'themes.save': { args: { themes: Theme[] }; result: Theme[] };
}

/** The tables a change of curations changes: the renderer loads these again. */
export const CURATED_TABLES = ['attainment', 'entity_attainment', 'parse_warnings'] as const satisfies readonly TableName[];

export type ChannelName = keyof ApiContract & string;
export type ArgsOf<K extends ChannelName> = ApiContract[K]['args'];
export type ResultOf<K extends ChannelName> = ApiContract[K]['result'];

/** What the Electron preload exposes as window.kyosei: one named function per channel, typed from the contract. */
export type WorkbenchApi = { [K in ChannelName]: (args: ArgsOf<K>) => Promise<Result<ResultOf<K>>> };

/** The largest file the workbench imports; the renderer checks it before reading, the main process again on arrival. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The media type of Arrow IPC stream bytes over HTTP. */
export const ARROW_STREAM_TYPE = 'application/vnd.apache.arrow.stream';
