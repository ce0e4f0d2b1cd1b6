/** Where in the SQL text DuckDB says its error is: 0-based offset into the text that was run. */
export interface SqlErrorPosition {
  offset: number;
  line: number;
  column: number;
}

/**
 * DuckDB marks the error with "LINE n: <snippet>" and a caret line under it. The snippet may be cut around the
 * error with "...", so the caret is mapped back by finding the snippet in the real line.
 */
export function sqlErrorPosition(message: string, sql: string): SqlErrorPosition | null {
  const lines = message.split('\n');
  const at = lines.findIndex((l) => /^LINE \d+: /.test(l));
  if (at < 0 || at + 1 >= lines.length) return null;
  const header = /^LINE (\d+): /.exec(lines[at])!;
  const lineNo = Number(header[1]);
  const snippet = lines[at].slice(header[0].length);
  const caret = lines[at + 1].indexOf('^');
  if (caret < header[0].length) return null;
  const caretInSnippet = caret - header[0].length;
  const sqlLines = sql.split('\n');
  const real = sqlLines[lineNo - 1];
  if (real === undefined) return null;
  let column = caretInSnippet;
  if (snippet.startsWith('...')) {
    const body = snippet.slice(3).replace(/\.\.\.$/, '');
    const found = real.indexOf(body);
    if (found < 0) return null;
    column = found + caretInSnippet - 3;
  }
  column = Math.max(0, Math.min(column, real.length));
  const offset = sqlLines.slice(0, lineNo - 1).reduce((n, l) => n + l.length + 1, 0) + column;
  return { offset, line: lineNo, column: column + 1 };
}

/** The first line of DuckDB's message, without the "LINE n:" snippet (the editor shows the place instead). */
export function sqlErrorSummary(message: string): string {
  const cut = message.indexOf('\n\nLINE ');
  return (cut >= 0 ? message.slice(0, cut) : message).trim();
}
