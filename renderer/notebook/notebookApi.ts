import { callApi, hasPreloadApi, requireApi } from '../api/client';
import type { Notebook } from '../../common/notebookFormat';

/** The notebook channels as the room uses them; failures are thrown as the API's Japanese message. */
export const notebookApi = {
  startup: () => requireApi('notebook.startup', {}),
  list: () => requireApi('notebook.list', {}),
  open: (ref: string) => requireApi('notebook.open', { ref }),
  openDialog: () => requireApi('notebook.openDialog', {}),
  openText: (name: string, text: string) => requireApi('notebook.openText', { name, text }),
  save: (ref: string, notebook: Notebook) => requireApi('notebook.save', { ref, notebook }),
  saveAs: (name: string, notebook: Notebook, overwrite = false) => requireApi('notebook.saveAs', { name, notebook, overwrite }),
  recent: () => requireApi('notebook.recent', {}),
  /** Autosave is best effort: a failure must not interrupt typing. */
  autosave: (ref: string | null, session: string, notebook: Notebook) => callApi('notebook.autosave', { ref, session, notebook }),
  discardRecovery: (key: string) => requireApi('notebook.discardRecovery', { key }),
  examples: () => requireApi('notebook.examples', {}),
};

/** Electron has native Open/Save dialogs; browser mode keeps notebooks by name in its data folder. */
export const hasNativeDialogs = hasPreloadApi;
