import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveAppPath } from '../serving/appFiles.js';
import { APP_HOST } from './appOrigin.js';
import { securityHeaders } from '../serving/contentPolicy.js';

/** Answers one app:// request from the built renderer: a plain function of (URL, dist dir) so Node tests can call it. */
export async function respondAppRequest(requestUrl: string, distDir: string): Promise<Response> {
  const headers = securityHeaders();
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return new Response('bad request', { status: 400, headers });
  }
  if (url.host !== APP_HOST) return new Response('not found', { status: 404, headers });
  const file = resolveAppPath(url.pathname, distDir);
  if (!file) return new Response('forbidden', { status: 403, headers });
  try {
    const bytes = await readFile(file);
    return new Response(bytes, { status: 200, headers: { ...headers, 'content-type': contentTypeFor(file) } });
  } catch {
    return new Response('not found', { status: 404, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
  }
}
