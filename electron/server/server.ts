import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { ARROW_STREAM_TYPE } from '../../common/api.js';
import { dispatch } from '../api/dispatch.js';
import type { AnyChannel } from '../ipc/channel.js';
import { fail, httpStatusOf, type Result } from '../../common/result.js';
import { contentTypeFor, resolveAppPath } from '../serving/appFiles.js';
import { securityHeaders } from '../serving/contentPolicy.js';
import { createLaunchToken, type LaunchToken } from './launchToken.js';

/** Notebooks saved with cached results (up to 1,000 rows a cell) travel as JSON: allow them, bound the rest. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WorkbenchServerOptions {
  distDir: string;
  channels: Record<string, AnyChannel>;
  port?: number;
  host?: string;
}

export interface WorkbenchServer {
  /** The address to open: it carries this launch's token once (see launchToken.ts). */
  url: string;
  /** The server's origin, without the token. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Browser mode: the built renderer and the API (POST /api/<channel>) on 127.0.0.1 only. */
export async function startWorkbenchServer(options: WorkbenchServerOptions): Promise<WorkbenchServer> {
  const host = options.host ?? '127.0.0.1';
  let port = 0;
  let token: LaunchToken | null = null;
  const server: Server = createServer((req, res) => {
    if (!token) {
      res.destroy();
      return;
    }
    handle(req, res, options, port, token).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail('failed', e instanceof Error ? e.message : String(e)));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  token = createLaunchToken(port);
  return {
    url: `http://${host}:${port}/?token=${token.value}`,
    origin: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Only our own origin may call: guards against DNS rebinding and pages on other local ports. */
export function isAllowedRequest(headers: { host?: string; origin?: string }, port: number): boolean {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !own.includes(headers.host)) return false;
  if (headers.origin !== undefined && !own.map((h) => `http://${h}`).includes(headers.origin)) return false;
  return true;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WorkbenchServerOptions, port: number, token: LaunchToken): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!isAllowedRequest({ host: req.headers.host, origin: req.headers.origin }, port)) {
    sendJson(res, 403, fail('forbidden', 'このサーバーは 127.0.0.1 のページからのみ利用できます'));
    return;
  }
  if (url.searchParams.has('token')) {
    if (!token.matches(url.searchParams.get('token'))) {
      sendJson(res, 403, fail('forbidden', 'URL のトークンが違います。起動時に表示された URL から開いてください。'));
      return;
    }
    // Traded for a cookie, and dropped from the address bar (and from history) at once.
    url.searchParams.delete('token');
    // Always a path on this server: "//host" would be read as another site.
    const location = `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
    res.writeHead(303, { ...securityHeaders(), 'set-cookie': token.setCookie(), location, 'cache-control': 'no-store' });
    res.end();
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    if (!token.matches(token.fromCookie(req.headers.cookie))) {
      sendJson(res, 403, fail('forbidden', 'このページはワークベンチの起動時に表示された URL（?token=…）から開いてください。'));
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, fail('invalid_args', 'API は POST で呼び出してください'));
      return;
    }
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      sendJson(res, 400, fail('invalid_args', 'API の名前が読めません (bad URL encoding)'));
      return;
    }
    let args: unknown;
    try {
      const body = await readBody(req);
      args = body.length ? JSON.parse(body) : undefined;
    } catch (e) {
      if (e instanceof BodyTooLarge) sendJson(res, 413, fail('invalid_args', e.message));
      else sendJson(res, 400, fail('invalid_args', `引数が JSON ではありません: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    const result = await dispatch(options.channels, name, args);
    sendResult(res, result);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, fail('invalid_args', 'GET のみ'));
    return;
  }
  await sendFile(res, url.pathname, options.distDir, req.method === 'HEAD');
}

function sendResult(res: ServerResponse, result: Result<unknown>): void {
  if (result.ok && result.value instanceof Uint8Array) {
    // Arrow bytes travel raw, never as JSON rows.
    res.writeHead(200, { ...securityHeaders(), 'content-type': ARROW_STREAM_TYPE, 'content-length': result.value.byteLength, 'cache-control': 'no-store' });
    res.end(result.value);
    return;
  }
  const status = result.ok ? 200 : httpStatusOf(result.error.code);
  sendJson(res, status, result);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...securityHeaders(), 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function sendFile(res: ServerResponse, urlPath: string, distDir: string, headOnly: boolean): Promise<void> {
  const file = resolveAppPath(urlPath, distDir);
  const found = file ? await stat(file).then((s) => s.isFile(), () => false) : false;
  if (!file || !found) {
    res.writeHead(404, { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' });
    res.end('見つかりません (not found)');
    return;
  }
  const bytes = await readFile(file);
  const immutable = urlPath.startsWith('/assets/');
  res.writeHead(200, {
    ...securityHeaders(),
    'content-type': contentTypeFor(file),
    'content-length': bytes.byteLength,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(headOnly ? undefined : bytes);
}

class BodyTooLarge extends Error {}

/** The request body as text; past the bound the rest is read and dropped, so the client still gets its answer. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLarge(`引数が大きすぎます (${size} バイト)`)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}
