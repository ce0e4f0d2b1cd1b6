import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  showAbout(): void;
  openHelp(): void;
}

/** The application menu (ファイル/編集/表示/ヘルプ) with the usual shortcuts; data only, so it can be tested. */
export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, isDev: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const menu: MenuItemConstructorOptions[] = [
    {
      label: 'ファイル',
      submenu: [{ role: 'reload', label: '再読み込み', accelerator: 'CmdOrCtrl+R' }, { type: 'separator' }, mac ? { role: 'close', label: 'ウィンドウを閉じる' } : { role: 'quit', label: '終了', accelerator: 'Ctrl+Q' }],
    },
    {
      label: '編集',
      submenu: [
        { role: 'undo', label: '元に戻す' },
        { role: 'redo', label: 'やり直す' },
        { type: 'separator' },
        { role: 'cut', label: '切り取り' },
        { role: 'copy', label: 'コピー' },
        { role: 'paste', label: '貼り付け' },
        { role: 'selectAll', label: 'すべて選択' },
      ],
    },
    {
      label: '表示',
      submenu: [
        { role: 'resetZoom', label: '実際のサイズ' },
        { role: 'zoomIn', label: '拡大' },
        { role: 'zoomOut', label: '縮小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全画面表示' },
        ...(isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools', label: '開発者ツール' } as const] : []),
      ],
    },
    {
      label: 'ヘルプ',
      submenu: [
        { label: '使い方', accelerator: 'F1', click: () => actions.openHelp() },
        { label: '共生ワークベンチについて', click: () => actions.showAbout() },
      ],
    },
  ];
  if (mac) menu.unshift({ role: 'appMenu', label: '共生ワークベンチ' });
  return menu;
}
