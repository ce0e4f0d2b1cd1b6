import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS } from '../../../electron/arrow/schema';
import { TABLE_NAMES } from '../../../electron/corpus/types';
import { describeColumn, describeTable } from '../../../renderer/schema/columnDescriptions';
import { COLUMN_DESCRIPTIONS_EN, COMMON_EN, TABLE_DESCRIPTIONS_EN } from '../../../renderer/schema/columnDescriptionsEn';

describe('schema browser descriptions', () => {
  it('describe every table of the contract, in Japanese and in English', () => {
    for (const table of TABLE_NAMES) {
      expect(describeTable(table, 'ja'), table).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(TABLE_DESCRIPTIONS_EN[table], table).toMatch(/^[A-Z]/);
    }
  });

  it('describe every column of every table in one line of Japanese, and in English in English mode', () => {
    const missing: string[] = [];
    for (const table of TABLE_NAMES) {
      for (const column of Object.keys(TABLE_COLUMNS[table])) {
        const ja = describeColumn(table, column, 'ja');
        const en = COLUMN_DESCRIPTIONS_EN[table]?.[column] ?? COMMON_EN[column];
        if (!ja) missing.push(`${table}.${column}`);
        if (!en) missing.push(`${table}.${column} (en)`);
        if (!ja || !en) continue;
        expect(ja, `${table}.${column}`).not.toContain('\n');
        expect(ja, `${table}.${column}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(describeColumn(table, column, 'en'), `${table}.${column}`).toBe(en);
        // English mode says it in English: Japanese only inside names and quotations from the form.
        expect(en.replace(/[\u3040-\u30ff\u4e00-\u9fff～・〜]+/g, ''), `${table}.${column}`).toMatch(/[a-z]{2}/);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes the search room’s tables, every column, in both languages', () => {
    const columns = {
      search_hits: ['query', 'rank', 'corpus', 'entity_id', 'prefecture', 'program', 'section', 'label', 'line', 'line_start', 'line_end', 'occurrences', 'score', 'kwic', 'passage_id'],
      themes: ['theme', 'expressions', 'passages', 'records', 'uncoded'],
      theme_hits: ['theme', 'expressions', 'corpus', 'entity_id', 'prefecture', 'program', 'section', 'label', 'line', 'line_start', 'line_end', 'occurrences', 'score', 'kwic', 'passage_id'],
    };
    for (const [table, names] of Object.entries(columns)) {
      expect(describeTable(table, 'en'), table).toMatch(/^One row per/);
      for (const column of names) {
        expect(describeColumn(table, column, 'ja'), `${table}.${column}`).toBeTruthy();
        expect(describeColumn(table, column, 'en'), `${table}.${column}`).not.toMatch(/^[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it('says nothing about a user’s own table', () => {
    expect(describeColumn('my_table', 'entity_id', 'ja')).toBeNull();
    expect(describeColumn('my_table', 'entity_id', 'en')).toBeNull();
    expect(describeTable('my_table', 'en')).toBeNull();
  });
});
