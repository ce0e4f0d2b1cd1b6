import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiChannels } from '../../../electron/api/channels';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import { CONTENT_SECURITY_POLICY } from '../../../electron/serving/contentPolicy';
import { parsePort } from '../../../electron/server/main';
import { ARROW_STREAM_TYPE } from '../../../common/api';
import { decodeCorpusBundle } from '../../../common/corpusBundle';
import { isAllowedRequest, startWorkbenchServer, type WorkbenchServer } from '../../../electron/server/server';

/** The launch cookie the page holds after opening the printed URL; API calls carry it unless a test leaves it out. */
let launchCookie = '';

/** A raw request, so tests can send the Host and Origin headers a hostile page would. */
function send(port: number, method: string, urlPath: string, options: { body?: string; headers?: Record<string, string>; anonymous?: boolean } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const cookie = options.anonymous || !launchCookie ? {} : { cookie: launchCookie };
    const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers: { 'content-type': 'application/json', ...cookie, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode server', () => {
  let root: string;
  let server: WorkbenchServer;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'kyosei-server-'));
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist', 'index.html'), '<!doctype html><title>共生ワークベンチ</title>');
    const channels = createApiChannels({ corpusPath: DEFAULT_CORPUS_PATH, dataDir: path.join(root, 'data'), loadCorpus: loadCorpusFile });
    server = await startWorkbenchServer({ distDir: path.join(root, 'dist'), channels, port: 0 });
    const opened = await send(server.port, 'GET', new URL(server.url).pathname + new URL(server.url).search);
    launchCookie = String(opened.headers['set-cookie']).split(';')[0];
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on the port it was given (0 = random), its URL carrying this launch’s token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{32}$`));
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the curation channels over HTTP with the same checks: 400 for a bad field, 404 for another corpus, the list after an add', async () => {
    const tendo = {
      action: 'accept', entity_id: '山形県 天童市', target_line: 2011, result_line: 2019, note: '9か月分だが同じ指標', who: '評価者A',
    };
    const api = (name: string, args: unknown, headers: Record<string, string> = {}) => send(server.port, 'POST', `/api/${name}`, { body: JSON.stringify(args), headers });
    const bad = await api('curations.add', { corpus: '000_28d5abefee45edbb.txt', curation: { ...tendo, target_line: -1 } });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).error.message).toContain('args.curation.target_line');
    expect((await api('curations.add', { corpus: 'other.txt', curation: tendo })).status).toBe(404);
    expect((await api('curations.add', { corpus: '000_28d5abefee45edbb.txt', curation: tendo }, { origin: 'http://evil.example' })).status).toBe(403);
    const added = await api('curations.add', { corpus: '000_28d5abefee45edbb.txt', curation: tendo });
    expect(added.status).toBe(200);
    expect(JSON.parse(added.body.toString()).value.curations).toMatchObject([{ action: 'accept', entity_id: '山形県 天童市', status: 'applied', who: '評価者A' }]);
  });

  it('trades the URL’s token for an HttpOnly, same-site cookie and drops it from the address', async () => {
    const res = await send(server.port, 'GET', new URL(server.url).pathname + new URL(server.url).search, { anonymous: true });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`^kyosei_token_${server.port}=[\\w-]{32}; Path=/; HttpOnly; SameSite=Strict$`));
    expect((await send(server.port, 'GET', '/?token=guessed', { anonymous: true })).status).toBe(403);
    const doubled = await send(server.port, 'GET', `/.//evil.example/?token=${new URL(server.url).searchParams.get('token')}`, { anonymous: true });
    expect(doubled.headers.location).toBe('/evil.example/');
    expect((await send(server.port, 'POST', '/api/%E0', { body: '{}' })).status).toBe(400);
  });

  it('answers the API only to a page opened from the launch URL', async () => {
    const anonymous = await send(server.port, 'POST', '/api/corpus.info', { body: '{}', anonymous: true });
    expect(anonymous.status).toBe(403);
    expect(JSON.parse(anonymous.body.toString()).error.message).toContain('?token=');
    const forged = await send(server.port, 'POST', '/api/corpus.info', { body: '{}', anonymous: true, headers: { cookie: `kyosei_token_${server.port}=${'A'.repeat(32)}` } });
    expect(forged.status).toBe(403);
    expect((await send(server.port, 'POST', '/api/corpus.info', { body: '{}' })).status).toBe(200);
  });

  it('serves the renderer with the CSP header', async () => {
    const res = await send(server.port, 'GET', '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.body.toString()).toContain('共生ワークベンチ');
  });

  it('refuses paths outside dist and unknown files', async () => {
    expect((await send(server.port, 'GET', '/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await send(server.port, 'GET', '/../package.json')).status).toBe(404);
  });

  it('answers POST /api/corpus.table with Arrow stream bytes', async () => {
    const res = await send(server.port, 'POST', '/api/corpus.table', { body: JSON.stringify({ name: 'programs' }) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(ARROW_STREAM_TYPE);
    const table = tableFromIPC(new Uint8Array(res.body));
    expect(table.numRows).toBeGreaterThan(0);
    expect(table.schema.fields.map((f) => f.name)).toContain('program');
  });

  it('answers POST /api/corpus.bundle with the whole corpus as one Arrow stream', async () => {
    const res = await send(server.port, 'POST', '/api/corpus.bundle', { body: '{}' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(ARROW_STREAM_TYPE);
    const bundle = decodeCorpusBundle(new Uint8Array(res.body));
    expect(bundle.info).toMatchObject({ file: '000_28d5abefee45edbb.txt', entities: 50 });
    expect(tableFromIPC(bundle.tables.find((t) => t.name === 'entities')!.ipc).numRows).toBe(50);
    expect((await send(server.port, 'POST', '/api/corpus.bundle', { body: '{}', anonymous: true })).status).toBe(403);
  });

  it('answers JSON channels with a result value', async () => {
    const res = await send(server.port, 'POST', '/api/corpus.info', { body: '{}' });
    expect(JSON.parse(res.body.toString())).toMatchObject({ ok: true, value: { file: '000_28d5abefee45edbb.txt', entities: 50 } });
  });

  it('validates every argument and says what was wrong', async () => {
    const bad = await send(server.port, 'POST', '/api/corpus.table', { body: JSON.stringify({ name: 'users' }) });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString())).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
    const notJson = await send(server.port, 'POST', '/api/history.add', { body: '{sql:' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body.toString()).error.message).toContain('JSON');
    expect((await send(server.port, 'GET', '/api/corpus.info')).status).toBe(405);
    expect((await send(server.port, 'POST', '/api/nope', { body: '{}' })).status).toBe(400);
  });

  it('saves a notebook whose cached results run to megabytes (1,000 rows in each of three cells)', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`北海道 テスト町${i}`, 1966735 + i, '地域見守りサポーター養成講座修了人数 '.repeat(12)]);
    const cached = { columns: ['entity_id', 'population', 'note'], rows, rowCount: 1000, ranAt: '2026-11-27T12:00:00.000Z' };
    const cells = ['a', 'b', 'c'].map((id) => ({ id, kind: 'sql', name: `result_${id}`, source: 'SELECT entity_id, population FROM entities', cached }));
    const at = '2026-11-27T12:00:00.000Z';
    const notebook = { format: 'kyosei-notebook', version: 1, metadata: { title: '大きなノートブック', created: at, updated: at, corpora: ['000_28d5abefee45edbb.txt'], cacheResults: true }, cells };
    const body = JSON.stringify({ name: '大きなノートブック', notebook });
    expect(Buffer.byteLength(body)).toBeGreaterThan(2_000_000);
    const res = await send(server.port, 'POST', '/api/notebook.saveAs', { body });
    expect(JSON.parse(res.body.toString())).toMatchObject({ ok: true });
  });

  it('refuses a request body beyond its bound', async () => {
    const res = await send(server.port, 'POST', '/api/history.add', { body: JSON.stringify({ sql: 'x'.repeat(33 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body.toString()).error.message).toMatch(/引数が大きすぎます/);
  });

  it('refuses requests from other origins and rebinding host names', async () => {
    const evilOrigin = await send(server.port, 'POST', '/api/history.clear', { body: '{}', headers: { origin: 'http://evil.example' } });
    expect(evilOrigin.status).toBe(403);
    const rebound = await send(server.port, 'GET', '/', { headers: { host: `evil.example:${server.port}` } });
    expect(rebound.status).toBe(403);
  });

  it('isAllowedRequest accepts only our own host and origin', () => {
    expect(isAllowedRequest({ host: '127.0.0.1:80' }, 80)).toBe(true);
    expect(isAllowedRequest({ host: 'localhost:80', origin: 'http://localhost:80' }, 80)).toBe(true);
    expect(isAllowedRequest({ host: '127.0.0.1:80', origin: 'http://127.0.0.1:81' }, 80)).toBe(false);
    expect(isAllowedRequest({}, 80)).toBe(false);
  });

  it('takes the port from --port, then PORT, then 5178', () => {
    expect(parsePort(['--port', '0'], {})).toBe(0);
    expect(parsePort([], { PORT: '6000' })).toBe(6000);
    expect(parsePort([], {})).toBe(5178);
    expect(() => parsePort(['--port', 'abc'], {})).toThrow('ポート番号が正しくありません: abc');
  });
});
