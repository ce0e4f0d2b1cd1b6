import { describe, expect, it, vi } from 'vitest';
import { channel } from '../../../electron/ipc/channel';
import { obj, str } from '../../../electron/ipc/validate';

const handlers = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
vi.mock('electron', () => ({
  ipcMain: { handle: (name: string, fn: (event: unknown, args: unknown) => Promise<unknown>) => handlers.set(name, fn) },
}));

const { registerApi } = await import('../../../electron/ipc/handle');

const appPage = { senderFrame: { url: 'app://workbench/index.html', parent: null } };
const webPage = { senderFrame: { url: 'https://example.com/', parent: null } };

describe('IPC handle()', () => {
  const registry = { 'echo.upper': channel(obj({ text: str({ max: 5 }) }), ({ text }) => text.toUpperCase()) };
  registerApi(registry);
  const echo = handlers.get('api:echo.upper')!;

  it('registers every channel of the registry under api:<name>', () => {
    expect([...handlers.keys()]).toEqual(['api:echo.upper']);
  });

  it('answers the app’s own page with the value', async () => {
    await expect(echo(appPage, { text: 'abc' })).resolves.toEqual({ ok: true, value: 'ABC' });
  });

  it('refuses any other sender before looking at the arguments', async () => {
    await expect(echo(webPage, { text: 'abc' })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(echo({ senderFrame: null }, { text: 'abc' })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('returns invalid arguments as a value naming the field', async () => {
    await expect(echo(appPage, { text: 'too long' })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_args', message: 'args.text: 5 文字以内にしてください (got 8)' },
    });
  });
});
