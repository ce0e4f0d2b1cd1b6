import path from 'node:path';
import type { ExampleNotebook, NotebookListing, NotebookStartup, OpenedNotebook } from '../../common/api.js';
import { loadExamples } from './examples.js';
import { nodeFileOps, writeFileAtomic, type FileOps } from './fileOps.js';
import type { Notebook } from '../../common/notebookFormat.js';
import { fileForName, isNotebookName, nameOfFile } from './names.js';
import { NotebookError } from './parse.js';
import { RecentList } from './recent.js';
import { RecoveryStore } from './recovery.js';
import { NotebookStore } from './store.js';

/** Native file dialogs, in Electron only; browser mode keeps every notebook in its data folder by name. */
export interface NotebookDialogs {
  chooseSavePath(suggestedName: string): Promise<string | null>;
  chooseOpenPath(): Promise<string | null>;
}

export interface NotebookServiceOptions {
  /** User data: notebooks/ (browser mode), recent-notebooks.json, recovery/. */
  dataDir: string;
  examplesDir: string;
  dialogs?: NotebookDialogs;
  ops?: FileOps;
  now?: () => Date;
}




/**
 * Everything the renderer may do with notebook files. A ref is a name inside the notebooks folder, or (Electron only)
 * an absolute path the user picked in a dialog or opened before: the renderer can never name an arbitrary path.
 */
export function createNotebookService(options: NotebookServiceOptions) {
  const ops = options.ops ?? nodeFileOps;
  const now = options.now ?? (() => new Date());
  const notebooksDir = path.join(options.dataDir, 'notebooks');
  const store = new NotebookStore(ops, now);
  const granted = new Set<string>();

  const locate = (ref: string): string | null => {
    if (isNotebookName(ref)) return fileForName(notebooksDir, ref);
    if (options.dialogs && path.isAbsolute(ref)) return ref;
    return null;
  };
  const recent = new RecentList(path.join(options.dataDir, 'recent-notebooks.json'), locate, ops, now);
  const recovery = new RecoveryStore(path.join(options.dataDir, 'recovery'), locate, ops, now);

  async function fileFor(ref: string): Promise<string> {
    if (isNotebookName(ref)) return fileForName(notebooksDir, ref);
    if (options.dialogs && path.isAbsolute(ref) && (granted.has(ref) || (await recent.has(ref)))) return ref;
    throw new NotebookError('bad-name', 'このノートブックの場所は開く・保存する対象として選ばれていません。「開く」または「名前を付けて保存」から選んでください。');
  }

  async function openFile(ref: string, file: string): Promise<OpenedNotebook> {
    const notebook = await store.open(file);
    await recent.touch(ref, notebook.metadata.title);
    return { ref, notebook };
  }

  async function saveTo(ref: string, file: string, notebook: Notebook): Promise<OpenedNotebook> {
    const saved = await store.save(file, notebook);
    await recent.touch(ref, saved.metadata.title);
    return { ref, notebook: saved };
  }

  let examplesCache: Promise<ExampleNotebook[]> | null = null;

  return {
    async startup(): Promise<NotebookStartup> {
      const marker = path.join(options.dataDir, 'first-start-done');
      const firstStart = (await ops.mtime(marker)) === null;
      if (firstStart) await writeFileAtomic(ops, marker, `${now().toISOString()}\n`);
      return { firstStart, recent: await recent.list(), recovery: await recovery.pending() };
    },

    /** Notebooks kept in the notebooks folder, newest first. */
    async list(): Promise<NotebookListing[]> {
      const out: NotebookListing[] = [];
      for (const entry of await ops.list(notebooksDir)) {
        const name = nameOfFile(entry);
        if (name === null || !isNotebookName(name)) continue;
        try {
          const nb = await store.open(path.join(notebooksDir, entry));
          out.push({ ref: name, title: nb.metadata.title, updated: nb.metadata.updated });
        } catch {
          // Unreadable files stay listed by the file system only; opening one explains what is wrong.
          out.push({ ref: name, title: name, updated: '' });
        }
      }
      return out.sort((a, b) => b.updated.localeCompare(a.updated));
    },

    async open(ref: string): Promise<OpenedNotebook> {
      return openFile(ref, await fileFor(ref));
    },

    /** Electron: a dialog picks the file. Null when the user cancels. */
    async openWithDialog(): Promise<OpenedNotebook | null> {
      if (!options.dialogs) throw new NotebookError('bad-name', 'ブラウザー版では一覧から名前を選んで開いてください。');
      const file = await options.dialogs.chooseOpenPath();
      if (file === null) return null;
      granted.add(file);
      return openFile(file, file);
    },

    async save(ref: string, notebook: Notebook): Promise<OpenedNotebook> {
      const result = await saveTo(ref, await fileFor(ref), notebook);
      await recovery.discard(RecoveryStore.keyFor(ref, ''));
      return result;
    },

    /** Browser mode: under `name` (refused if it exists unless overwrite). Electron: a dialog picks the place. */
    async saveAs(notebook: Notebook, name: string, overwrite: boolean): Promise<OpenedNotebook | null> {
      if (options.dialogs) {
        const file = await options.dialogs.chooseSavePath(name);
        if (file === null) return null;
        granted.add(file);
        return saveTo(file, file, notebook);
      }
      const file = fileForName(notebooksDir, name);
      const ref = nameOfFile(file) ?? name;
      if (!overwrite && (await ops.mtime(file)) !== null) {
        throw new NotebookError('protected', `「${ref}」という名前のノートブックはすでにあります。別の名前にするか、上書きを選んでください。`);
      }
      return saveTo(ref, file, notebook);
    },

    recent: () => recent.list(),

    autosave: (ref: string | null, session: string, notebook: Notebook) => recovery.autosave(ref, session, notebook),

    recover: () => recovery.pending(),

    discardRecovery: (key: string) => recovery.discard(key),

    examples(): Promise<ExampleNotebook[]> {
      examplesCache ??= loadExamples(options.examplesDir, ops);
      return examplesCache;
    },
  };
}

export type NotebookService = ReturnType<typeof createNotebookService>;
