import { isAppUrl } from '../main/appOrigin.js';

/** The parts of an IPC event the sender check reads (Electron's IpcMainInvokeEvent has them). */
export interface IpcSenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
}

/** Only the app's own top-level page may call the API: not a subframe, not a page navigated elsewhere. */
export function isTrustedSender(event: IpcSenderInfo): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
