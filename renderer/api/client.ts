import { ARROW_STREAM_TYPE, type ArgsOf, type ChannelName, type ResultOf, type WorkbenchApi } from '../../common/api';
import type { Result } from '../../common/result';

declare global {
  interface Window {
    kyosei?: WorkbenchApi;
  }
}


/** Electron's preload API: a plain object of functions. An element named "kyosei" (a clobbering note) is not one. */
export function isPreloadApi(value: unknown): value is WorkbenchApi {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof Node !== 'undefined' && value instanceof Node) return false;
  return typeof (value as Record<string, unknown>)['corpus.info'] === 'function' && typeof (value as Record<string, unknown>)['notebook.save'] === 'function';
}

/**
 * Read once, when the app's code first loads and before any note is shown: whatever a page later names "kyosei"
 * cannot replace it. Null in browser mode, where the API is HTTP.
 */
const PRELOAD: WorkbenchApi | null = typeof window !== 'undefined' && isPreloadApi(window.kyosei) ? window.kyosei : null;

/** Whether the app runs in Electron (the preload API was there at start-up), whatever the page holds now. */
export const hasPreloadApi = (): boolean => PRELOAD !== null;

/** Calls the API over the preload in Electron, or over HTTP in browser mode; failures are values either way. */
export async function callApi<K extends ChannelName>(name: K, args: ArgsOf<K>): Promise<Result<ResultOf<K>>> {
  if (PRELOAD) return PRELOAD[name](args);
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args ?? {}),
    });
  } catch (e) {
    return { ok: false, error: { code: 'failed', message: `サーバーに接続できません: ${e instanceof Error ? e.message : String(e)}` } };
  }
  if (response.headers.get('content-type') === ARROW_STREAM_TYPE) {
    return { ok: true, value: new Uint8Array(await response.arrayBuffer()) as ResultOf<K> };
  }
  try {
    return (await response.json()) as Result<ResultOf<K>>;
  } catch {
    return { ok: false, error: { code: 'failed', message: `サーバーの応答を読めません (HTTP ${response.status})` } };
  }
}

/** Same as callApi, but throws the error's message: for code that already sits inside a try. */
export async function requireApi<K extends ChannelName>(name: K, args: ArgsOf<K>): Promise<ResultOf<K>> {
  const result = await callApi(name, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
