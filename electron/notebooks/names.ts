import path from 'node:path';
import { NOTEBOOK_EXTENSION } from './format.js';
import { NotebookError } from './parse.js';

/** A notebook name the user types (Japanese welcome); never a path: no separators, no leading dot, no control characters. */
const NAME_PATTERN = /^[^\\/:*?"<>|\u0000-\u001f\u007f]{1,80}$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function isNotebookName(name: string): boolean {
  return NAME_PATTERN.test(name) && !/^[.\s]/.test(name) && !/[.\s]$/.test(name) && !WINDOWS_RESERVED.test(name);
}

export function checkNotebookName(name: string): string {
  const trimmed = name.endsWith(NOTEBOOK_EXTENSION) ? name.slice(0, -NOTEBOOK_EXTENSION.length) : name;
  if (!isNotebookName(trimmed)) {
    throw new NotebookError(
      'bad-name',
      `「${name.slice(0, 80)}」はノートブックの名前に使えません。/ \\ : * ? " < > | と先頭の「.」を除いた80文字以内の名前にしてください。`,
    );
  }
  return trimmed;
}

/** The file of a named notebook inside the notebooks folder; the check above makes escaping the folder impossible. */
export function fileForName(notebooksDir: string, name: string): string {
  const file = path.join(notebooksDir, `${checkNotebookName(name)}${NOTEBOOK_EXTENSION}`);
  if (path.dirname(file) !== path.resolve(notebooksDir) && path.dirname(file) !== notebooksDir) {
    throw new NotebookError('bad-name', `「${name}」はノートブックの名前に使えません。`);
  }
  return file;
}

export function nameOfFile(file: string): string | null {
  const base = path.basename(file);
  return base.endsWith(NOTEBOOK_EXTENSION) ? base.slice(0, -NOTEBOOK_EXTENSION.length) : null;
}
