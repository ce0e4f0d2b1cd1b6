import path from 'node:path';
import { writeFileAtomic, nodeFileOps, removeStaleTempFiles, type FileOps } from './fileOps.js';
import type { Notebook } from '../../common/notebookFormat.js';
import { NotebookError, parseNotebookText, tooLarge } from './parse.js';
import { MAX_NOTEBOOK_CHARS } from '../../common/notebookFormat.js';
import { serializeNotebook } from './serialize.js';

/** Opens and saves notebook files. Saving is atomic and refuses to replace a file it could not open itself. */
export class NotebookStore {
  /** The last save queued for each file: two saves of one file run one after the other, never interleaved. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ops: FileOps = nodeFileOps,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async open(file: string): Promise<Notebook> {
    let text: string;
    try {
      text = await this.ops.readText(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new NotebookError('not-found', `ノートブック「${path.basename(file)}」が見つかりません。移動または削除された可能性があります。`);
      throw new NotebookError('unreadable', `ノートブック「${path.basename(file)}」を読み込めません (${code ?? String(e)})。`);
    }
    return parseNotebookText(text, path.basename(file));
  }

  /** Writes the notebook (with `updated` set to now) and returns what was written; saves of one file are queued. */
  save(file: string, notebook: Notebook): Promise<Notebook> {
    const key = path.resolve(file);
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.saveNow(file, notebook));
    this.queues.set(key, next);
    const forget = () => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    };
    next.then(forget, forget);
    return next;
  }

  private async saveNow(file: string, notebook: Notebook): Promise<Notebook> {
    await this.refuseToReplaceForeign(file);
    const saved: Notebook = { ...notebook, metadata: { ...notebook.metadata, updated: this.now().toISOString() } };
    const text = serializeNotebook(saved);
    // Refused before writing: a file the app could not open again is no save at all.
    if (text.length > MAX_NOTEBOOK_CHARS) throw tooLarge(path.basename(file), text.length);
    await removeStaleTempFiles(this.ops, file);
    try {
      await writeFileAtomic(this.ops, file, text);
    } catch (e) {
      const detail = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
      throw new NotebookError('write-failed', `ノートブック「${path.basename(file)}」を保存できませんでした (${detail})。元のファイルはそのままです。`);
    }
    return saved;
  }

  /** A corrupt file or one from a newer version may hold work we cannot read: never write over it. */
  private async refuseToReplaceForeign(file: string): Promise<void> {
    if ((await this.ops.mtime(file)) === null) return;
    try {
      parseNotebookText(await this.ops.readText(file), path.basename(file));
    } catch (e) {
      if (e instanceof NotebookError) {
        throw new NotebookError(
          'protected',
          `「${path.basename(file)}」は開けないファイルのため上書きしません（${e.code === 'newer-version' ? '新しいバージョンの形式' : '壊れているか別の形式'}）。別の名前で保存してください。`,
        );
      }
      throw e;
    }
  }
}
