import { describe, expect, it } from 'vitest';
import { runSql } from './support/workbench';
import { workbenchSession } from './support/session';

// Rough edges new users hit in the SQL room (issue 15): each test failed before its fix.
describe('SQL room: rough edges', () => {
  const session = workbenchSession({ removeData: true });

  it('shows a parser error as DuckDB’s sentence with its position, not raw JSON', async () => {
    const { page } = session.tb;
    expect(await runSql(page, 'SELECT entity_id\nFROM entities WHERE')).toBe('error');
    const error = await page.locator('[data-testid="sql-error"]').innerText();
    expect(error).not.toContain('exception_type');
    expect(error).toContain('Parser Error: syntax error at end of input');
    expect(error).toContain('2 行 20 列');
    // The error is past the last character: the last word is underlined.
    await expect(page.locator('.cm-lintRange-error').innerText()).resolves.toBe('WHERE');
    await session.tb.screenshot('rough-edges-01-parser-error');
  });
});
