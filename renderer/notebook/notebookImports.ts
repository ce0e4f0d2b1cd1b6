import type { ImportedTableInfo } from '../../common/api';
import type { Notebook, NotebookCell, NotebookImport } from '../../common/notebookFormat';
import type { CellRunState } from './CellView';

/** Whether a cell reads a table by this name: its SQL names it as a word (quoted or not), or it is its input. */
function reads(cell: NotebookCell, name: string): boolean {
  if (cell.kind === 'pivot' || cell.kind === 'chart') return cell.input.toLowerCase() === name.toLowerCase();
  if (cell.kind !== 'sql') return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}_])"?${escaped}"?($|[^\\p{L}\\p{N}_])`, 'iu').test(cell.source);
}

/**
 * The notebook as it is saved: with the imported tables its cells read, and their files, in metadata.imports — so a
 * colleague who opens it is told what to import. Imports no cell reads are left out.
 */
export function withImports(notebook: Notebook, imports: readonly ImportedTableInfo[]): Notebook {
  const used: NotebookImport[] = imports
    .filter((i) => i.kind === 'table' && notebook.cells.some((c) => reads(c, i.name)))
    .map((i) => ({ name: i.name, file: i.file }));
  const { imports: _old, ...rest } = notebook.metadata;
  return { ...notebook, metadata: used.length ? { ...rest, imports: used } : rest };
}

/** A cell's error about a missing table, told in the notebook's own terms when the table is one of its imports. */
export function explainMissingImport(run: CellRunState, imports: readonly NotebookImport[] | undefined): CellRunState {
  if (run === 'running' || !run || run.status !== 'error' || !imports?.length) return run;
  const missing = /表「(.+?)」がありません/.exec(run.message);
  const known = missing && imports.find((i) => i.name.toLowerCase() === missing[1].toLowerCase());
  if (!known) return run;
  return { ...run, message: `${run.message}\nこのノートブックは取り込んだ表「${known.name}」（元のファイル: ${known.file}）を使います。そのファイルを取り込んでから実行してください。` };
}
