/** How a notebook SQL cell's text becomes its result table, with DuckDB deciding that the text is one query. */
import { quoteIdent, quoteText } from '../pivot/sqlText';

export const NOT_ONE_QUERY_MESSAGE =
  'ノートブックの SQL セルには問い合わせ（SELECT / WITH / FROM / VALUES）を1つだけ書けます。複数の文や、表・設定を変える文は実行しません。';
const DYNAMIC_PIVOT_HINT = 'PIVOT は ON 列 IN (値, …) と値を並べて書くか、ピボットのセルを使ってください（値を並べない PIVOT は DuckDB の中で複数の文になります）。';

/** Texts refused before DuckDB sees them. */
export function checkCellText(sql: string): void {
  if (!sql.trim()) throw new Error('SQL が空です。SELECT 文を書いてください。');
  if (sql.includes('\u0000')) throw new Error('SQL に NUL 文字 (U+0000) が含まれています。取り除いてください。');
}

/**
 * The statement that stores a cell's result. The cell's text is never spliced into SQL as code: it is handed, as a
 * string, to DuckDB's query() table function, whose parser accepts exactly one SELECT (in any of its forms) and
 * refuses anything else. So what DuckDB checks is what runs: no quoting trick, suffix (`WITH NO DATA`) or comment can
 * make the wrapper read the text as several statements.
 */
export function resultTableSql(name: string, sql: string): string {
  checkCellText(sql);
  return `CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT * FROM query(${quoteText(sql)})`;
}

/**
 * DuckDB's message about a cell, in the user's terms: "not one query" in Japanese (with a hint for PIVOT), and other
 * errors with their first line only — the LINE/caret block quotes the wrapper, not the cell.
 */
export function cellErrorMessage(sql: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Expected a single SELECT statement/.test(message)) {
    return /\b(un)?pivot\b/i.test(sql) ? `${NOT_ONE_QUERY_MESSAGE}\n${DYNAMIC_PIVOT_HINT}` : NOT_ONE_QUERY_MESSAGE;
  }
  const first = message.split('\n')[0].trim();
  const missing = /Table with name (.+?) does not exist/.exec(first);
  if (missing) {
    return `${first}\n表「${missing[1]}」がありません。前のセルの結果名か確かめるか、取り込んだ表なら SQL の部屋の「ファイルを取り込む…」で取り込んでください。`;
  }
  return first;
}
