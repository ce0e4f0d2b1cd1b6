import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, shell, session, type WebContents } from 'electron';
import { createApiChannels } from '../api/channels.js';
import { DEFAULT_CORPUS_PATH } from '../corpus/defaultCorpus.js';
import { loadCorpusFile } from '../corpus/loadCorpus.js';
import { registerApi } from '../ipc/handle.js';
import { electronNotebookDialogs } from '../notebooks/electronDialogs.js';
import { APP_SCHEME, APP_START_URL, externalUrlToOpen, isAppUrl } from './appOrigin.js';
import { respondAppRequest } from './appProtocol.js';
import { menuTemplate } from './menuTemplate.js';
import { mainWindowOptions } from './windowOptions.js';

// Compiled to dist-electron/electron/main/: the preload sits beside it; the renderer and corpus at the app root.
const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');
const appRoot = app.getAppPath();
const distDir = path.join(appRoot, 'dist');
const corpusPath = path.join(appRoot, 'seeds', path.basename(DEFAULT_CORPUS_PATH));

// Must run before 'ready': app:// behaves like https (standard, secure, fetch, streaming for wasm).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

/** Every web contents stays on the app: no new windows, no navigation away, no webviews; web links go to the system browser. */
function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
  const stayOnApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

app.on('web-contents-created', (_event, contents) => harden(contents));

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}

void app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, (request) => respondAppRequest(request.url, distDir));
  // Nothing in the app needs a permission (camera, notifications…): refuse them all.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  let win: BrowserWindow | null = null;
  registerApi(
    createApiChannels({
      corpusPath,
      dataDir: app.getPath('userData'),
      loadCorpus: loadCorpusFile,
      notebookDialogs: electronNotebookDialogs(() => win, app.getPath('documents')),
      examplesDir: path.join(appRoot, 'data'),
    }),
  );
  win = createWindow();
  const owner = win;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        process.platform,
        {
          showAbout: () =>
            void dialog.showMessageBox(owner, {
              type: 'info',
              title: '共生ワークベンチについて',
              message: `共生ワークベンチ ${app.getVersion()}`,
              detail: '地域福祉モデル事業の報告書をオフラインで分析するワークベンチです。',
            }),
          openHelp: () =>
            void dialog.showMessageBox(owner, {
              type: 'info',
              title: '使い方',
              message: 'SQL を書いて Ctrl+Enter (Mac は ⌘+Enter) で実行します。',
              detail: '左の一覧のテーブル名・列名をクリックするとエディタに入ります。結果の「原文」ボタンで報告書の該当行を表示します。Esc で実行中のクエリを中止します。',
            }),
        },
        !app.isPackaged,
      ),
    ),
  );
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
