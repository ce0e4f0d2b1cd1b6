import type { CachedResult, JsonValue, Notebook, NotebookCell } from '../../common/notebookFormat.js';
import { NOTEBOOK_FORMAT, NOTEBOOK_VERSION } from '../../common/notebookFormat.js';
import { formatIssues, validateNotebook } from './validate.js';

/** Specs are other modules' JSON: sort their keys so the same spec always writes the same bytes. */
function sortedJson(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const k of Object.keys(value).sort()) out[k] = sortedJson(value[k]);
    return out;
  }
  return value;
}

function cachedInOrder(c: CachedResult): CachedResult {
  return { columns: [...c.columns], rows: c.rows.map((r) => [...r]), rowCount: c.rowCount, ranAt: c.ranAt };
}

/** Each kind's keys in one fixed order, so a diff shows only what the author changed. */
function cellInOrder(cell: NotebookCell, keepCache: boolean): NotebookCell {
  switch (cell.kind) {
    case 'markdown':
      return { id: cell.id, kind: 'markdown', source: cell.source };
    case 'sql':
      return {
        id: cell.id,
        kind: 'sql',
        name: cell.name,
        source: cell.source,
        ...(keepCache && cell.cached ? { cached: cachedInOrder(cell.cached) } : {}),
      };
    case 'pivot':
      return {
        id: cell.id,
        kind: 'pivot',
        name: cell.name,
        input: cell.input,
        spec: sortedJson(cell.spec) as typeof cell.spec,
        ...(keepCache && cell.cached ? { cached: cachedInOrder(cell.cached) } : {}),
      };
    case 'chart':
      return { id: cell.id, kind: 'chart', input: cell.input, spec: sortedJson(cell.spec) as typeof cell.spec };
  }
}

/** The canonical text of a notebook: 2-space JSON, fixed key order, trailing newline; cached results only when enabled. */
export function serializeNotebook(notebook: Notebook): string {
  const m = notebook.metadata;
  const ordered: Notebook = {
    format: NOTEBOOK_FORMAT,
    version: NOTEBOOK_VERSION,
    metadata: {
      title: m.title, created: m.created, updated: m.updated, corpora: [...m.corpora], cacheResults: m.cacheResults,
      ...(m.imports?.length ? { imports: m.imports.map((x) => ({ name: x.name, file: x.file })) } : {}),
      ...(m.curations?.curations.length ? { curations: sortedJson(m.curations as unknown as JsonValue) as unknown as typeof m.curations } : {}),
    },
    cells: notebook.cells.map((c) => cellInOrder(c, m.cacheResults)),
  };
  const checked = validateNotebook(JSON.parse(JSON.stringify(ordered)));
  // Never write a file we could not open again.
  if (!checked.ok) throw new Error(`ノートブックの内容が不正です:\n${formatIssues(checked.issues)}`);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
