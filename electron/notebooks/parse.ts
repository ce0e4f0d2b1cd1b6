import { MAX_NOTEBOOK_CHARS, NOTEBOOK_FORMAT, NOTEBOOK_VERSION, type Notebook } from '../../common/notebookFormat.js';
import { UserError } from '../../common/result.js';
import { formatIssues, validateNotebook, type ValidationIssue } from './validate.js';

export type NotebookErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'corrupt'
  | 'not-a-notebook'
  | 'newer-version'
  | 'invalid'
  | 'protected'
  | 'bad-name'
  | 'write-failed'
  | 'too-large';

/** A notebook problem with a message a user can act on (Japanese first). */
export class NotebookError extends UserError {
  constructor(
    readonly code: NotebookErrorCode,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(code === 'not-found' ? 'not_found' : 'refused', message);
    this.name = 'NotebookError';
  }
}

export const NEWER_VERSION_MESSAGE = '新しいバージョンのワークベンチで作成されたノートブックです';

/** Turns file text into a notebook, or throws a NotebookError that says what is wrong and where. */
export function parseNotebookText(text: string, label: string): Notebook {
  if (text.length > MAX_NOTEBOOK_CHARS) throw tooLarge(label, text.length);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new NotebookError(
      'corrupt',
      `ノートブック「${label}」は壊れています（JSON として読めません）。ファイルは変更していません。バックアップから戻すか、別の名前で保存し直してください。\n(${detail})`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== NOTEBOOK_FORMAT) {
    throw new NotebookError('not-a-notebook', `「${label}」は共生ワークベンチのノートブックではありません（format が "${NOTEBOOK_FORMAT}" ではありません）。`);
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > NOTEBOOK_VERSION) {
    throw new NotebookError(
      'newer-version',
      `${NEWER_VERSION_MESSAGE}（ファイルの形式 ${version}、このワークベンチは ${NOTEBOOK_VERSION} まで）。ワークベンチを更新してから開いてください。ファイルは変更していません。`,
    );
  }
  const checked = validateNotebook(value);
  if (!checked.ok) {
    throw new NotebookError('invalid', `ノートブック「${label}」の内容に誤りがあります。ファイルは変更していません。\n${formatIssues(checked.issues)}`, checked.issues);
  }
  return checked.notebook;
}

/** A notebook past the size the app can open and save again: said before anything is lost, not after. */
export function tooLarge(label: string, chars: number): NotebookError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new NotebookError(
    'too-large',
    `ノートブック「${label}」は大きすぎます（${mb(chars)}、上限 ${mb(MAX_NOTEBOOK_CHARS)}）。「実行結果も保存」を外すか、セルを分けてください。`,
  );
}
