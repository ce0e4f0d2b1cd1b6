import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/windowOptions';

describe('main window options', () => {
  it('holds the Electron security checklist', () => {
    const web = mainWindowOptions('/app/preload.cjs').webPreferences!;
    expect(web).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
  it('opens hidden until ready, titled in Japanese', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('共生ワークベンチ');
  });
});
