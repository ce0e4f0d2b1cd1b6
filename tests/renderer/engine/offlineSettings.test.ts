import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { tableToRows } from '../../../common/arrowAdapters';
import { offlineSettings } from '../../../renderer/engine/offlineSettings';

describe('offline engine settings', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
    for (const s of offlineSettings("http://127.0.0.1:5178")) db.query(s);
  });
  afterAll(() => db?.close());

  it('turn extension autoload and autoinstall off and point the repository at the app’s own origin', () => {
    const [row] = tableToRows(
      db.query("SELECT current_setting('autoload_known_extensions') AS autoload, current_setting('autoinstall_known_extensions') AS autoinstall, current_setting('custom_extension_repository') AS repo"),
    );
    expect(row).toEqual({ autoload: false, autoinstall: false, repo: 'http://127.0.0.1:5178/extensions' });
  });

  it('make a query that needs a missing extension fail at once with DuckDB’s message, instead of fetching it', () => {
    const started = Date.now();
    expect(() => db.query("SELECT * FROM read_parquet('missing.parquet')")).toThrow(/parquet/i);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('quote the origin safely', () => {
    expect(offlineSettings("app://work'bench")[2]).toBe("SET custom_extension_repository = 'app://work''bench/extensions'");
  });
});
