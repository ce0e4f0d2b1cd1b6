/** Checks on the SQL of a notebook cell before it is wrapped into CREATE OR REPLACE TABLE … AS. */
import type { WorkbenchEngine } from '../engine/types';
import { quoteText } from '../pivot/sqlText';

export const NOT_ONE_QUERY_MESSAGE =
  'ノートブックの SQL セルには問い合わせ（SELECT / WITH / FROM / VALUES）を1つだけ書けます。複数の文や、表・設定を変える文は実行しません。';
const DYNAMIC_PIVOT_HINT = 'PIVOT は ON 列 IN (値, …) と値を並べて書くか、ピボットのセルを使ってください（値を並べない PIVOT は DuckDB の中で複数の文になります）。';

/** DuckDB's own verdict that the text is more than one statement, or not a query. */
function isNotOneSelect(message: string): boolean {
  return /Expected a single SELECT statement/.test(message);
}

/** The first line of a DuckDB error about the probe: its LINE/caret block quotes the probe, not the user's text. */
function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/**
 * Lets DuckDB's own parser decide that `sql` is exactly one query (a SELECT in any of its forms): the text is handed,
 * as a string, to DuckDB's query() table function, which refuses anything else, and DESCRIBE binds it without running
 * it. A hand-written scanner cannot keep up with DuckDB's lexer (E'…' and $$…$$ strings, nested comments); the
 * parser itself can. Returns the text unchanged; throws a Japanese message when it is not one query.
 *
 * Wrapping the checked text after `CREATE OR REPLACE TABLE "name" AS` and a line break cannot add a statement: the
 * prefix opens no string, comment or bracket, so DuckDB reads the text's tokens exactly as it read them here, and it
 * parses every statement of a text before it runs any.
 */
export async function checkSingleQuery(engine: WorkbenchEngine, sql: string, signal?: AbortSignal): Promise<string> {
  if (!sql.trim()) throw new Error('SQL が空です。SELECT 文を書いてください。');
  if (sql.includes('\u0000')) throw new Error('SQL に NUL 文字 (U+0000) が含まれています。取り除いてください。');
  try {
    await engine.query(`DESCRIBE SELECT * FROM query(${quoteText(sql)})`, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (isNotOneSelect(message)) {
      throw new Error(/\b(un)?pivot\b/i.test(sql) ? `${NOT_ONE_QUERY_MESSAGE}\n${DYNAMIC_PIVOT_HINT}` : NOT_ONE_QUERY_MESSAGE);
    }
    // A text DuckDB cannot parse is refused here, with the parser's own words.
    if (/^Parser Error/i.test(message)) throw new Error(firstLine(message));
    // It parsed as one query but does not bind (a misspelt column): the real run reports it with the right position.
  }
  return sql;
}
