import { describe, expect, it } from 'vitest';
import { splitStatements, statementAt } from '../../../renderer/sql/statementAt';

const script = `-- 高齢化率
SELECT entity_id FROM entities WHERE municipality = '札幌;市';
SELECT count(*) /* ; */ FROM lines;

SELECT "a;b" FROM t`;

describe('statements of a script', () => {
  it('splits at semicolons outside strings, quoted names and comments', () => {
    const parts = splitStatements(script);
    expect(parts.map((p) => p.sql.trim())).toEqual([
      "-- 高齢化率\nSELECT entity_id FROM entities WHERE municipality = '札幌;市'",
      'SELECT count(*) /* ; */ FROM lines',
      'SELECT "a;b" FROM t',
    ]);
    for (const p of parts) expect(script.slice(p.from, p.from + p.sql.length)).toBe(p.sql);
  });

  it('finds the statement under the cursor, or the one just before it', () => {
    expect(statementAt(script, script.indexOf('count'))!.sql.trim()).toBe('SELECT count(*) /* ; */ FROM lines');
    expect(statementAt(script, script.indexOf('FROM lines;') + 'FROM lines;'.length)!.sql.trim()).toBe('SELECT count(*) /* ; */ FROM lines');
    expect(statementAt(script, script.length)!.sql.trim()).toBe('SELECT "a;b" FROM t');
    expect(statementAt(script, 0)!.sql).toContain('札幌;市');
  });

  it('ignores empty statements and comment-only tails', () => {
    expect(splitStatements('SELECT 1;;\n-- done\n')).toEqual([{ sql: 'SELECT 1', from: 0 }]);
    expect(statementAt('  ', 1)).toBeNull();
  });
});
