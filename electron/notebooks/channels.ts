import path from 'node:path';
import { PROJECT_ROOT } from '../corpus/defaultCorpus.js';
import { channel } from '../ipc/channel.js';
import { ArgumentError, none, obj, optional, str, type Check } from '../ipc/validate.js';
import { MAX_NOTEBOOK_CHARS, type Notebook } from '../../common/notebookFormat.js';
import { parseNotebookText } from './parse.js';
import { formatIssues, validateNotebook } from './validate.js';
import { SESSION_PATTERN } from './recovery.js';
import { createNotebookService, type NotebookDialogs } from './service.js';

/** A notebook arriving from the renderer is untrusted: the same strict validator as for files, with field paths. */
export const notebookArg: Check<Notebook> = (value, at) => {
  const checked = validateNotebook(value);
  if (!checked.ok) throw new ArgumentError(`${at}: ノートブックの内容が不正です\n${formatIssues(checked.issues.map((i) => ({ ...i, path: `${at}.${i.path}` })))}`);
  return checked.notebook;
};

const ref = str({ min: 1, max: 1024 });
const bool: Check<boolean> = (value, at) => {
  if (typeof value !== 'boolean') throw new ArgumentError(`${at}: true か false が必要です`);
  return value;
};
const nullable = <T>(check: Check<T>): Check<T | null> => (value, at) => (value === null ? null : check(value, at));

export const NOTEBOOK_EXAMPLES_DIR = path.join(PROJECT_ROOT, 'data');

/** The notebook channels; the API registry spreads these in. Dialogs are passed by Electron main only. */
export function notebookChannels(ctx: { dataDir: string; notebookDialogs?: NotebookDialogs; examplesDir?: string }) {
  const service = createNotebookService({ dataDir: ctx.dataDir, examplesDir: ctx.examplesDir ?? NOTEBOOK_EXAMPLES_DIR, dialogs: ctx.notebookDialogs });
  return {
    'notebook.startup': channel(none, () => service.startup()),
    'notebook.list': channel(none, () => service.list()),
    'notebook.open': channel(obj({ ref }), (a) => service.open(a.ref)),
    'notebook.openDialog': channel(none, () => service.openWithDialog()),
    'notebook.openText': channel(obj({ name: str({ min: 1, max: 255 }), text: str({ max: MAX_NOTEBOOK_CHARS }) }), (a) => ({
      notebook: parseNotebookText(a.text, a.name),
    })),
    'notebook.save': channel(obj({ ref, notebook: notebookArg }), (a) => service.save(a.ref, a.notebook)),
    'notebook.saveAs': channel(obj({ name: str({ min: 1, max: 200 }), notebook: notebookArg, overwrite: optional(bool) }), (a) =>
      service.saveAs(a.notebook, a.name, a.overwrite ?? false),
    ),
    'notebook.recent': channel(none, () => service.recent()),
    'notebook.autosave': channel(obj({ ref: nullable(ref), session: str({ pattern: SESSION_PATTERN, max: 64 }), notebook: notebookArg }), async (a) => ({
      key: await service.autosave(a.ref, a.session, a.notebook),
    })),
    'notebook.recover': channel(none, () => service.recover()),
    'notebook.discardRecovery': channel(obj({ key: str({ pattern: /^[0-9a-f]{24}$/ }) }), async (a) => {
      await service.discardRecovery(a.key);
      return null;
    }),
    'notebook.examples': channel(none, () => service.examples()),
  };
}
