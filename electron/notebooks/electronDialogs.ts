import { dialog, type BrowserWindow } from 'electron';
import { NOTEBOOK_EXTENSION } from '../../common/notebookFormat.js';
import type { NotebookDialogs } from './service.js';

const FILTERS = [{ name: '共生ワークベンチ ノートブック', extensions: [NOTEBOOK_EXTENSION.slice(1)] }];

/** Native Open / Save As dialogs for the notebook service (Electron main only; the store itself has no Electron import). */
export function electronNotebookDialogs(window: () => BrowserWindow | null, documentsDir: string): NotebookDialogs {
  return {
    async chooseSavePath(suggestedName) {
      const win = window();
      const options = {
        title: '名前を付けて保存',
        defaultPath: `${documentsDir}/${suggestedName.replace(/[\\/:*?"<>|]/g, '_')}${NOTEBOOK_EXTENSION}`,
        filters: FILTERS,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenPath() {
      const win = window();
      const options = { title: 'ノートブックを開く', defaultPath: documentsDir, filters: FILTERS, properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    },
  };
}
