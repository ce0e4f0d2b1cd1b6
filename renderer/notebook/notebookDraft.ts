import type { JsonObject, NotebookCell } from '../../common/notebookFormat';

/**
 * What another room sends to the notebook ("ノートブックに追加"): the query it shows and, for the pivot and chart
 * rooms, the spec that draws it. It becomes a SQL cell, then a pivot or chart cell reading that cell's result.
 */
export interface NotebookDraft {
  from: 'sql' | 'pivot' | 'charts';
  sql: string;
  pivot?: JsonObject;
  chart?: JsonObject;
}

/** The cells a draft becomes, named by `uniqueName` (free in the notebook) and given the `ids` in order. */
export function cellsFromDraft(draft: NotebookDraft, uniqueName: (stem: string) => string, ids: readonly string[]): NotebookCell[] {
  let next = 0;
  const newId = () => ids[next++] ?? `${ids[0]}_${next}`;
  const name = uniqueName('result');
  const cells: NotebookCell[] = [{ id: newId(), kind: 'sql', name, source: draft.sql.trim() }];
  if (draft.pivot) {
    // The notebook's pivot reads the cell above; the source the room used is that cell now.
    const { source: _source, ...spec } = draft.pivot;
    cells.push({ id: newId(), kind: 'pivot', name: uniqueName('pivot'), input: name, spec });
  }
  if (draft.chart) cells.push({ id: newId(), kind: 'chart', input: name, spec: draft.chart });
  return cells;
}
