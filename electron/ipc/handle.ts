import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../api/dispatch.js';
import type { AnyChannel } from './channel.js';
import { fail, type Result } from './result.js';
import { isTrustedSender } from './senderCheck.js';

/** The IPC channel name of an API channel. */
export const ipcChannelName = (name: string): string => `api:${name}`;

/** The one typed handler every API call goes through: sender checked, arguments validated, errors as values. */
export function handle(name: string, registry: Record<string, AnyChannel>): void {
  ipcMain.handle(ipcChannelName(name), async (event: IpcMainInvokeEvent, args: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) return fail('forbidden', 'このページからは API を呼び出せません');
    return dispatch(registry, name, args);
  });
}

export function registerApi(registry: Record<string, AnyChannel>): void {
  for (const name of Object.keys(registry)) handle(name, registry);
}
