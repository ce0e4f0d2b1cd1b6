/** The widest source line DuckDB shows under "LINE n:"; longer lines are cut around the error with "...". */
const SNIPPET_WIDTH = 80;

interface DuckDbJsonError {
  exception_type: string;
  exception_message: string;
  position?: string;
}

function parseJsonError(message: string): DuckDbJsonError | null {
  if (!message.trimStart().startsWith('{')) return null;
  try {
    const parsed = JSON.parse(message) as Partial<DuckDbJsonError>;
    return typeof parsed.exception_type === 'string' && typeof parsed.exception_message === 'string' ? (parsed as DuckDbJsonError) : null;
  } catch {
    return null;
  }
}

/** DuckDB's own "LINE n: <line>" block with a caret under the character at `offset` of `sql`. */
function lineBlock(sql: string, offset: number): string {
  const at = Math.max(0, Math.min(offset, sql.length));
  const lineStart = at === 0 ? 0 : sql.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = sql.indexOf('\n', at) < 0 ? sql.length : sql.indexOf('\n', at);
  const lineNo = sql.slice(0, lineStart).split('\n').length;
  const line = sql.slice(lineStart, lineEnd);
  const column = at - lineStart;
  let start = 0;
  let end = line.length;
  if (line.length > SNIPPET_WIDTH) {
    start = Math.max(0, Math.min(column - SNIPPET_WIDTH / 2, line.length - SNIPPET_WIDTH));
    end = start + SNIPPET_WIDTH;
  }
  const head = `LINE ${lineNo}: `;
  const snippet = `${start > 0 ? '...' : ''}${line.slice(start, end)}${end < line.length ? '...' : ''}`;
  const caret = head.length + (start > 0 ? 3 : 0) + column - start;
  return `${head}${snippet}\n${' '.repeat(caret)}^`;
}

/** DuckDB repeats the "LINE n: …" block at the end of some messages (the Node build does for parser errors). */
function withoutRepeatedBlock(message: string): string {
  const blocks = message.split('\n\n');
  return blocks.filter((b, i) => !(i > 0 && b.startsWith('LINE ') && blocks.indexOf(b) < i)).join('\n\n');
}

/**
 * One readable form for every DuckDB error: "Parser Error: …" followed by the "LINE n:" block with its caret.
 * duckdb-wasm's worker sends parser errors as JSON with a character offset; those are turned into DuckDB's text form
 * (so the editor can underline the place), and a block DuckDB printed twice is printed once.
 */
export function readableDuckDbError(message: string, sql: string): string {
  const json = parseJsonError(message);
  if (!json) return withoutRepeatedBlock(message);
  const summary = `${json.exception_type} Error: ${json.exception_message}`;
  const offset = json.position !== undefined && /^\d+$/.test(json.position) ? Number(json.position) : null;
  return offset === null ? summary : `${summary}\n\n${lineBlock(sql, offset)}`;
}
