import { Bool, Dictionary, Field, Float64, Int32, Schema, Utf8, type DataType } from 'apache-arrow';
import type { ParsedCorpus, TableName } from '../corpus/types.js';

type ColumnKind = 'text' | 'int' | 'double' | 'bool';

/** Column order and type of every table: the one place the table contract is typed. */
export const TABLE_COLUMNS: { [T in TableName]: Record<keyof ParsedCorpus[T][number] & string, ColumnKind> } = {
  entities: {
    corpus: 'text', entity_id: 'text', prefecture: 'text', municipality: 'text', entity_kind: 'text',
    lg_code: 'text', municipality_kana: 'text', department: 'text', phone: 'text', url: 'text',
    population: 'int', population_text: 'text', households: 'int', households_text: 'text',
    aging_rate: 'double', aging_rate_text: 'text',
    welfare_rate: 'double', welfare_rate_unit: 'text', welfare_rate_text: 'text',
    welfare_rate_permille: 'double', welfare_rate_flag: 'text',
    area_km2: 'double', area_text: 'text', association_rate: 'double', association_rate_text: 'text',
    elementary_schools: 'int', elementary_schools_text: 'text',
    junior_high_schools: 'int', junior_high_schools_text: 'text',
    houkatsu_direct: 'int', houkatsu_consigned: 'int', houkatsu_text: 'text',
    jiritsu_direct: 'int', jiritsu_consigned: 'int', jiritsu_text: 'text',
    marked_chiiki: 'bool', marked_takikan: 'bool', marked_prefectural: 'bool',
    runs_chiiki: 'bool', runs_takikan: 'bool', runs_prefectural: 'bool',
    line_start: 'int', line_end: 'int',
  },
  programs: {
    corpus: 'text', entity_id: 'text', program: 'text', implementer: 'text', contractor: 'text',
    project_name: 'text', suishinin_planned: 'int', line_start: 'int', line_end: 'int',
  },
  fields: {
    corpus: 'text', entity_id: 'text', program: 'text', section: 'text', label: 'text', value: 'text', note: 'text',
    line_start: 'int', line_end: 'int',
  },
  lines: { corpus: 'text', line_no: 'int', entity_id: 'text', text: 'text', used_by: 'text' },
  parse_warnings: { corpus: 'text', line_no: 'int', entity_id: 'text', code: 'text', message: 'text' },
  targets: {
    corpus: 'text', entity_id: 'text', program: 'text', indicator: 'text', value: 'double', value_max: 'double',
    unit: 'text', per: 'text', qualifier: 'text', statistic: 'text', per_unit: 'text', target_year: 'int',
    text: 'text', line: 'int', section: 'text',
  },
  results: {
    corpus: 'text', entity_id: 'text', program: 'text', indicator: 'text', value: 'double', value_max: 'double',
    unit: 'text', per: 'text', months: 'double', kind: 'text', statistic: 'text', per_unit: 'text', text: 'text',
    line: 'int', stated_target: 'double', program_inferred: 'bool',
  },
  attainment: {
    corpus: 'text', entity_id: 'text', program: 'text', indicator: 'text', target: 'double', target_unit: 'text',
    result: 'double', result_unit: 'text', ratio: 'double', ratio_annualised: 'double', confidence: 'text', target_line: 'int',
    result_line: 'int', method: 'text', target_per: 'text', basis_note: 'text', similarity: 'double',
  },
  entity_attainment: { corpus: 'text', entity_id: 'text', ratio: 'double', pairs: 'int', pairs_low: 'int' },
  area_members: { corpus: 'text', entity_id: 'text', municipality: 'text', lg_code: 'text', municipality_kana: 'text' },
};

export function arrowType(kind: ColumnKind): DataType {
  switch (kind) {
    case 'text': return new Utf8();
    case 'int': return new Int32();
    case 'double': return new Float64();
    case 'bool': return new Bool();
  }
}

/**
 * Text columns that repeat a few values row after row (one corpus, one entity for hundreds of lines, three programs,
 * a few dozen sections): dictionary-encoded in the IPC streams loaded into DuckDB, which reads them as plain VARCHAR.
 */
export const DICTIONARY_COLUMNS: ReadonlySet<string> = new Set(['corpus', 'entity_id', 'program', 'section']);

/**
 * The Arrow schema of one table, with DICTIONARY_COLUMNS dictionary-encoded when `dictionaries` is true; each call
 * gives its dictionaries new ids, so one writer's schema stays its own.
 */
export function tableSchema(name: TableName, dictionaries: boolean): Schema {
  const columns = TABLE_COLUMNS[name] as Record<string, ColumnKind>;
  return new Schema(Object.entries(columns).map(([column, kind]) => {
    const encoded = dictionaries && kind === 'text' && DICTIONARY_COLUMNS.has(column);
    const type = encoded ? new Dictionary(new Utf8(), new Int32()) : arrowType(kind);
    return new Field(column, type, true);
  }));
}
