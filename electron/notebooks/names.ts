import path from 'node:path';
import { NOTEBOOK_EXTENSION } from '../../common/notebookFormat.js';
import { NotebookError } from './parse.js';

/** A notebook name the user types (Japanese welcome); never a path: no separators, no leading dot, no control characters. */
const NAME_PATTERN = /^[^\\/:*?"<>|\u0000-\u001f\u007f]{1,80}$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
/** Bidirectional controls can make "report\u202Egpj.exe" look like another name: they never belong in a file name. */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');
/**
 * File systems cap a name at 255 bytes, and a save also writes `.<name>.kynb.json.<12 hex>.tmp` beside it. Japanese
 * takes 3 bytes a character in UTF-8, so the cap is counted in bytes: 80 kanji would not fit.
 */
export const MAX_NAME_BYTES = 255 - NOTEBOOK_EXTENSION.length - '..123456789012.tmp'.length;

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function isNotebookName(name: string): boolean {
  return (
    NAME_PATTERN.test(name) &&
    !/^[.\s]/.test(name) &&
    !/[.\s]$/.test(name) &&
    !WINDOWS_RESERVED.test(name) &&
    !BIDI_CONTROL.test(name) &&
    utf8Bytes(name) <= MAX_NAME_BYTES
  );
}

/** The name as it will be stored (without the extension and without bidi controls), or a NotebookError saying why not. */
export function checkNotebookName(name: string): string {
  const bare = (name.endsWith(NOTEBOOK_EXTENSION) ? name.slice(0, -NOTEBOOK_EXTENSION.length) : name).replace(BIDI_CONTROLS, '');
  if (!isNotebookName(bare)) {
    const tooLong = utf8Bytes(bare) > MAX_NAME_BYTES;
    throw new NotebookError(
      'bad-name',
      tooLong
        ? `「${bare.slice(0, 40)}…」は長すぎます（UTF-8 で ${utf8Bytes(bare)} バイト、上限 ${MAX_NAME_BYTES} バイト。漢字ならおよそ ${Math.floor(MAX_NAME_BYTES / 3)} 文字まで）。`
        : `「${bare.slice(0, 80)}」はノートブックの名前に使えません。/ \\ : * ? " < > | と先頭の「.」を除いた80文字以内の名前にしてください。`,
    );
  }
  return bare;
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
