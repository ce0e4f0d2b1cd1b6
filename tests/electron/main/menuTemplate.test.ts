import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/menuTemplate';

const roles = (menu: MenuItemConstructorOptions[]) =>
  menu.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => i.role).filter(Boolean) : []));

describe('application menu', () => {
  const actions = { showAbout: vi.fn(), openHelp: vi.fn() };

  it('has ファイル, 編集, 表示, ヘルプ on Windows and Linux', () => {
    expect(menuTemplate('win32', actions, false).map((m) => m.label)).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
  });

  it('puts the app menu first on macOS', () => {
    const menu = menuTemplate('darwin', actions, false);
    expect(menu[0].role).toBe('appMenu');
    expect(menu.slice(1).map((m) => m.label)).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
  });

  it('offers the usual edit and view shortcuts through Electron roles', () => {
    expect(roles(menuTemplate('linux', actions, false))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']),
    );
  });

  it('shows developer tools only in development', () => {
    expect(roles(menuTemplate('linux', actions, false))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('linux', actions, true))).toContain('toggleDevTools');
  });

  it('runs the help actions', () => {
    const help = menuTemplate('linux', actions, false).find((m) => m.label === 'ヘルプ')!.submenu as MenuItemConstructorOptions[];
    help.find((i) => i.label === '使い方')!.click!({} as never, undefined, {} as never);
    expect(actions.openHelp).toHaveBeenCalledOnce();
    expect(help.find((i) => i.label === '使い方')!.accelerator).toBe('F1');
  });
});
