import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath } from '../../../electron/serving/appFiles';

const dist = path.resolve('/srv/app/dist');

describe('app file resolution', () => {
  it('maps / to index.html and asset paths inside dist', () => {
    expect(resolveAppPath('/', dist)).toBe(path.join(dist, 'index.html'));
    expect(resolveAppPath('/assets/index-abc.js?x=1#h', dist)).toBe(path.join(dist, 'assets', 'index-abc.js'));
    expect(resolveAppPath('/assets/%E6%97%A5.js', dist)).toBe(path.join(dist, 'assets', '日.js'));
  });

  it.each(['/../package.json', '/assets/../../seeds/x.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2fpackage.json', '/a%00b', '/%E0%A4%A', '/..\\..\\x'])(
    'refuses %s, which would leave dist or is malformed',
    (url) => {
      expect(resolveAppPath(url, dist)).toBeNull();
    },
  );

  it('serves wasm as application/wasm (streaming compile needs it) and scripts as JavaScript', () => {
    expect(contentTypeFor('x/duckdb-eh.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('noext')).toBe('application/octet-stream');
  });
});
