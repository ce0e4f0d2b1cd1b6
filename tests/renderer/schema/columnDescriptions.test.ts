import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS } from '../../../electron/arrow/schema';
import { TABLE_NAMES } from '../../../electron/corpus/types';
import { TABLE_DESCRIPTIONS, describeColumn } from '../../../renderer/schema/columnDescriptions';

describe('schema browser descriptions', () => {
  it('describe every table of the contract', () => {
    for (const table of TABLE_NAMES) expect(TABLE_DESCRIPTIONS[table], table).toBeTruthy();
  });

  it('describe every column of every table in one line of Japanese', () => {
    const missing: string[] = [];
    for (const table of TABLE_NAMES) {
      for (const column of Object.keys(TABLE_COLUMNS[table])) {
        const text = describeColumn(table, column);
        if (!text) missing.push(`${table}.${column}`);
        else {
          expect(text, `${table}.${column}`).not.toContain('\n');
          expect(text, `${table}.${column}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('says nothing about a user’s own table', () => {
    expect(describeColumn('my_table', 'entity_id')).toBeNull();
  });
});
