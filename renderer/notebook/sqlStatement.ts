/** Checks on the SQL of a notebook cell before it is wrapped into CREATE OR REPLACE TABLE … AS. */

/** The text with string literals, quoted identifiers and comments blanked out, so `;` and keywords can be looked for. */
export function codeOnly(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      const stop = end < 0 ? sql.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === ch && sql[j + 1] === ch) j += 2;
        else if (sql[j] === ch) break;
        else j++;
      }
      const stop = Math.min(sql.length, j + 1);
      out += ch + ' '.repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? ch : '');
      i = stop;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/**
 * One query per cell, without its trailing semicolon; throws a Japanese message otherwise. A second statement could
 * change engine settings behind the user's back, so a notebook from someone else may only run queries.
 */
export function singleQuery(sql: string): string {
  const code = codeOnly(sql);
  const trimmedEnd = code.replace(/[\s;]+$/, '').length;
  const body = sql.slice(0, trimmedEnd).trim();
  const bodyCode = code.slice(0, trimmedEnd).trim();
  if (!bodyCode) throw new Error('SQL が空です。SELECT 文を書いてください。');
  if (bodyCode.includes(';')) throw new Error('1つのセルには1つの問い合わせ（SELECT 文）だけを書いてください。');
  if (!/^(select|with|from|values|pivot|unpivot|table|\()/i.test(bodyCode)) {
    throw new Error('ノートブックの SQL セルには問い合わせ（SELECT / WITH / FROM / VALUES / PIVOT）だけを書けます。');
  }
  // Trailing comments and semicolons are cut off with the blanked code, so nothing appended later can be swallowed.
  return body;
}
