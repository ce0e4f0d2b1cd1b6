import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../api/dispatch.js';
import type { AnyChannel } from './channel.js';
import { fail, type Result } from '../../common/result.js';
import { isTrustedSender } from './senderCheck.js';

/** The IPC channel name of an API channel. */
export const ipcChannelName = (name: string): string => `api:${name}`;

/** The one typed handler every API call goes through: sender checked, arguments validated, errors as values. */
export function handle<Registry extends Record<string, AnyChannel>>(name: keyof Registry & string, registry: Registry): void {
  ipcMain.handle(ipcChannelName(name), async (event: IpcMainInvokeEvent, args: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) return fail('forbidden', 'このページからは API を呼び出せません');
    return dispatch(registry, name, args);
  });
}

export function registerApi<Registry extends Record<string, AnyChannel>>(registry: Registry): void {
  for (const name of Object.keys(registry) as (keyof Registry & string)[]) handle(name, registry);
}
