import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

/** DuckDB words beyond standard SQL: what the editor highlights and completes. */
const DUCKDB_KEYWORDS = [
  'pivot', 'unpivot', 'using', 'qualify', 'summarize', 'describe', 'exclude', 'replace', 'columns', 'rollup', 'cube',
  'grouping', 'sets', 'asof', 'positional', 'anti', 'semi', 'lateral', 'macro', 'install', 'load', 'pragma', 'attach',
  'detach', 'copy', 'export', 'import', 'ilike', 'glob', 'similar', 'struct', 'map', 'union', 'filter', 'within',
  'window', 'over', 'partition', 'range', 'rows', 'groups', 'preceding', 'following', 'unbounded', 'current', 'row',
  'nulls', 'first', 'last', 'recursive', 'materialized', 'returning', 'conflict', 'sample', 'tablesample', 'reservoir',
];

/** Built-in functions worth completing (core DuckDB only: extensions are not available offline). */
export const DUCKDB_FUNCTIONS = [
  'abs', 'any_value', 'approx_count_distinct', 'approx_quantile', 'arg_max', 'arg_min', 'array_agg', 'avg', 'bit_and',
  'bool_and', 'bool_or', 'ceil', 'coalesce', 'concat', 'concat_ws', 'contains', 'corr', 'count', 'count_star',
  'covar_pop', 'cume_dist', 'current_date', 'date_diff', 'date_part', 'date_trunc', 'dense_rank', 'ends_with', 'epoch',
  'exp', 'first', 'first_value', 'floor', 'format', 'generate_series', 'greatest', 'group_concat', 'hash', 'histogram',
  'if', 'ifnull', 'instr', 'lag', 'last', 'last_value', 'lead', 'least', 'left', 'length', 'levenshtein', 'list',
  'list_aggregate', 'list_contains', 'list_distinct', 'list_sort', 'list_value', 'ln', 'log10', 'log2', 'lower', 'lpad',
  'ltrim', 'max', 'max_by', 'md5', 'median', 'min', 'min_by', 'mode', 'nfc_normalize', 'now', 'nth_value', 'ntile',
  'nullif', 'percent_rank', 'position', 'pow', 'prefix', 'printf', 'quantile', 'quantile_cont', 'quantile_disc', 'random',
  'range', 'rank', 'regexp_extract', 'regexp_extract_all', 'regexp_full_match', 'regexp_matches', 'regexp_replace',
  'regexp_split_to_array', 'regr_intercept', 'regr_r2', 'regr_slope', 'repeat', 'replace', 'reverse', 'right', 'round',
  'row_number', 'rpad', 'rtrim', 'sign', 'split_part', 'sqrt', 'starts_with', 'stddev', 'stddev_pop', 'stddev_samp',
  'string_agg', 'string_split', 'strftime', 'strip_accents', 'strlen', 'strptime', 'struct_pack', 'substr', 'substring',
  'sum', 'to_json', 'today', 'trim', 'trunc', 'try_cast', 'typeof', 'unnest', 'upper', 'var_pop', 'var_samp', 'variance',
];

const DUCKDB_TYPES = 'bigint boolean blob date decimal double float hugeint integer interval json list map real smallint struct time timestamp timestamptz tinyint ubigint uhugeint uinteger usmallint utinyint uuid varchar';

export const DuckDbDialect = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} ${DUCKDB_KEYWORDS.join(' ')}`,
  builtin: `${PostgreSQL.spec.builtin ?? ''} ${DUCKDB_FUNCTIONS.join(' ')}`,
  types: `${PostgreSQL.spec.types ?? ''} ${DUCKDB_TYPES}`,
  doubleQuotedStrings: false,
});
