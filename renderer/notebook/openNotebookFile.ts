import { MAX_NOTEBOOK_CHARS, NOTEBOOK_EXTENSION, type Notebook } from '../../common/notebookFormat';
import { notebookApi } from './notebookApi';

/** A dropped file that is not a notebook, said before anything is read. */
export class NotFileOfNotebook extends Error {}

/** Whether a picked or dropped file looks like a notebook (the checks that count happen when it is read). */
export function looksLikeNotebookFile(file: File): boolean {
  return file.name.toLowerCase().endsWith('.json');
}

/**
 * Reads a notebook file the user picked or dropped. The text goes through the same checks as a notebook opened from
 * the notebooks folder (format, version, every cell), on the main side; nothing is stored and nothing runs.
 */
export async function openNotebookFile(file: File): Promise<Notebook> {
  if (!looksLikeNotebookFile(file)) throw new NotFileOfNotebook(`「${file.name}」はノートブック（${NOTEBOOK_EXTENSION}）ではありません。`);
  // UTF-8 text is at least one byte a character: a file of more bytes than 4 × the limit cannot fit, whatever it holds.
  if (file.size > 4 * MAX_NOTEBOOK_CHARS) throw new Error(`ノートブック「${file.name}」は大きすぎます（${(file.size / 1024 / 1024).toFixed(1)} MB）。`);
  const { notebook } = await notebookApi.openText(file.name, await file.text());
  return notebook;
}
