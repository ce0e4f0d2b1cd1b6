import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respondAppRequest } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/serving/contentPolicy';

describe('app:// protocol handler', () => {
  let root: string;
  let dist: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kyosei-protocol-'));
    dist = path.join(root, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>共生</title>');
    writeFileSync(path.join(dist, 'assets', 'engine.wasm'), new Uint8Array([0, 97, 115, 109]));
    writeFileSync(path.join(root, 'secret.txt'), 'outside dist');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves index.html with the CSP', async () => {
    const res = await respondAppRequest('app://workbench/', dist);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('共生');
  });

  it('serves wasm bytes with application/wasm', async () => {
    const res = await respondAppRequest('app://workbench/assets/engine.wasm', dist);
    expect(res.headers.get('content-type')).toBe('application/wasm');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([0, 97, 115, 109]);
  });

  it('never serves a file outside dist, nor another host', async () => {
    // The URL parser folds ../ and %2e%2e/ into the root: they ask for dist/secret.txt, which is not there.
    expect((await respondAppRequest('app://workbench/../secret.txt', dist)).status).toBe(404);
    expect((await respondAppRequest('app://workbench/%2e%2e/secret.txt', dist)).status).toBe(404);
    // An encoded slash survives the parser and is refused after decoding.
    expect((await respondAppRequest('app://workbench/..%2fsecret.txt', dist)).status).toBe(403);
    expect((await respondAppRequest('app://other/index.html', dist)).status).toBe(404);
    expect((await respondAppRequest('app://workbench/missing.js', dist)).status).toBe(404);
  });
});
