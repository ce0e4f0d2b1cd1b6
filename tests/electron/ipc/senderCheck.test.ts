import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/ipc/senderCheck';

describe('IPC sender check', () => {
  it('trusts the app’s own top-level page', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://workbench/index.html', parent: null } })).toBe(true);
  });
  it.each([
    ['a page navigated to the web', { url: 'https://example.com/', parent: null }],
    ['a file:// page', { url: 'file:///etc/passwd', parent: null }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['a subframe of the app', { url: 'app://workbench/index.html', parent: {} }],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender({ senderFrame: frame })).toBe(false);
  });
  it('refuses an event without a frame (the frame was destroyed)', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});
