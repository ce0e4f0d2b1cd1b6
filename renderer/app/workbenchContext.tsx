import { createContext, useContext } from 'react';
import type { Table } from 'apache-arrow';
import type { CorpusInfo } from '../../common/api';
import type { WorkbenchEngine } from '../engine/types';
import type { TableLoader } from '../imports/importedTables';
import type { CurationStore } from '../curation/curationStore';
import type { NotebookDraft } from '../notebook/notebookDraft';

/** A place in the corpus: lines (1-based, inclusive) and, when known, the record they belong to. */
export interface SourceRef {
  entity_id?: string | null;
  line_start: number;
  line_end: number;
}

/** A SQL result handed from one room to another ("ピボットで開く"). */
export interface Handoff {
  sql: string;
  table: Table;
  from: string;
}

export interface SchemaColumn {
  table: string;
  column: string;
  type: string;
}

/** What every room may use: the engine, the corpus, the live schema, the source viewer and hand-offs. */
export interface Workbench {
  engine: WorkbenchEngine;
  corpus: CorpusInfo;
  schema: SchemaColumn[];
  /** Rows in each table now (imports and other corpora included). */
  rowCounts: Record<string, number>;
  /** Puts imported Arrow bytes into the engine: a table of its own, or another corpus's rows. */
  tables: TableLoader;
  /** Re-reads the schema (after CREATE TABLE and the like). */
  refreshSchema(): void;
  openSource(ref: SourceRef): void;
  /** Switches to a room, giving it a result to start from. */
  openInRoom(roomId: string, handoff: Handoff): void;
  /** The hand-off last sent to this room, or null. */
  handoffFor(roomId: string): Handoff | null;
  /** Adds the query (and pivot or chart) a room shows to the open notebook, and switches to it. */
  sendToNotebook(draft: NotebookDraft): void;
  /** The drafts sent since the notebook room last took them (taking empties the list). */
  takeNotebookDrafts(): NotebookDraft[];
  /** Which rooms are registered: rooms offer "open in" only for rooms that exist. */
  roomIds: string[];
  /** The analyst's curations of attainment pairs in the bundled corpus. */
  curations: CurationStore;
  /** Moves when the corpus tables changed under the rooms (a curation): rooms showing attainment run again. */
  dataVersion: number;
}

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const wb = useContext(WorkbenchContext);
  if (!wb) throw new Error('useWorkbench must be used inside the workbench shell');
  return wb;
}
