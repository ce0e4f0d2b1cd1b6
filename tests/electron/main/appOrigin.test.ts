import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isAppUrl } from '../../../electron/main/appOrigin';

describe('navigation rules', () => {
  it('recognises only app://workbench pages as the app', () => {
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://workbench/assets/x.js?v=1')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5178/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('hands only http and https links to the system browser', () => {
    expect(externalUrlToOpen('http://www.town-kyogoku.jp')).toBe('http://www.town-kyogoku.jp/');
    expect(externalUrlToOpen('https://www.mhlw.go.jp/a?b=c')).toBe('https://www.mhlw.go.jp/a?b=c');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://workbench/', 'mailto:a@b.jp', '::']) {
      expect(externalUrlToOpen(url)).toBeNull();
    }
  });
});
