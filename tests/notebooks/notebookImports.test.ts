import { describe, expect, it } from 'vitest';
import type { ImportedTableInfo } from '../../common/api';
import { parseNotebookText } from '../../electron/notebooks/parse';
import { serializeNotebook } from '../../electron/notebooks/serialize';
import { explainMissingImport, withImports } from '../../renderer/notebook/notebookImports';
import { sampleNotebook } from './sampleNotebook';

const budget: ImportedTableInfo = { kind: 'table', name: 'budget', file: 'budget.csv', rows: 2, columns: [], problems: [] };
const census: ImportedTableInfo = { kind: 'table', name: 'census', file: 'census.xlsx', rows: 9, columns: [], problems: [] };

describe('a notebook that reads the analyst’s imported tables', () => {
  it('records the imports its cells read, with their files, and survives a save and reopen', () => {
    const nb = sampleNotebook();
    nb.cells.push({ id: 'j', kind: 'sql', name: 'joined', source: 'SELECT * FROM entities e JOIN "budget" b ON e.lg_code = b."団体コード"' });
    const saved = withImports(nb, [budget, census]);
    expect(saved.metadata.imports).toEqual([{ name: 'budget', file: 'budget.csv' }]);
    const reopened = parseNotebookText(serializeNotebook(saved), 'x');
    expect(reopened.metadata.imports).toEqual([{ name: 'budget', file: 'budget.csv' }]);
    expect(withImports(sampleNotebook(), [budget]).metadata).not.toHaveProperty('imports');
  });

  it('does not take a word inside another name for the table (budget_2019 is not budget)', () => {
    const nb = sampleNotebook();
    nb.cells.push({ id: 'j', kind: 'sql', name: 'x', source: 'SELECT * FROM budget_2019' });
    expect(withImports(nb, [budget]).metadata.imports).toBeUndefined();
  });

  it('says which file to import when a cell finds its imported table missing', () => {
    const run = { status: 'error' as const, message: 'Catalog Error: Table with name budget does not exist!\n表「budget」がありません。…', millis: 1 };
    const explained = explainMissingImport(run, [{ name: 'budget', file: 'budget.csv' }]);
    expect(explained !== 'running' && explained?.status === 'error' && explained.message).toContain('取り込んだ表「budget」（元のファイル: budget.csv）');
  });

  it('refuses a malformed imports list on open', () => {
    const bad = { ...sampleNotebook(), metadata: { ...sampleNotebook().metadata, imports: [{ name: 'budget' }] } };
    expect(() => parseNotebookText(JSON.stringify(bad), 'bad')).toThrow(/metadata\.imports\[0\]\.file/);
  });
});
