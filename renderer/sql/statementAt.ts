/** One SQL statement of a script and where it starts in it. */
export interface Statement {
  sql: string;
  from: number;
}

/**
 * Splits a script at semicolons that are outside strings, quoted names and comments, keeping each statement's
 * offset so DuckDB's error positions still land in the right place.
 */
export function splitStatements(text: string): Statement[] {
  const out: Statement[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
      continue;
    }
    if (c === ';') {
      out.push({ sql: text.slice(start, i), from: start });
      start = i + 1;
    }
    i++;
  }
  out.push({ sql: text.slice(start), from: start });
  return out.filter((s) => hasCode(s.sql));
}

/** The statement the cursor is in or just after (e.g. right after its semicolon), else the first one. */
export function statementAt(text: string, cursor: number): Statement | null {
  const statements = splitStatements(text);
  if (statements.length === 0) return null;
  let best = statements[0];
  for (const s of statements) {
    const codeStart = s.from + (s.sql.length - s.sql.trimStart().length);
    if (codeStart <= cursor) best = s;
  }
  return best;
}

function hasCode(sql: string): boolean {
  return sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '').trim().length > 0;
}
