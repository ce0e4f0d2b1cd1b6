import { readLabelledCell } from './sections.js';
import { decodeEntities, squash } from './text.js';

const TABLE = /<table\b[^>]*>[\s\S]*?<\/table>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi;
const CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi;

const cellText = (html: string) => squash(decodeEntities(html.replace(/<\/?[a-zA-Z][^>]*>/g, ' ')));
/** Text put back into markup, so that a decoded "<" or "&" is not read as a tag or an entity again. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A row every cell of which is a bare form label: "(対象地域)", "(人口)". */
function isLabelRow(cells: string[]): boolean {
  return cells.length > 0 && cells.every((c) => {
    const l = readLabelledCell(c);
    return l !== null && l.value === '';
  });
}

/** A row of answers: it holds no form label, bare or with its value. */
const isValueRow = (cells: string[]) => cells.every((c) => c === '' || readLabelledCell(c) === null);

/** A row every cell of which opens with a form label, bare or with its value: "(研修の対象) ①地域住民…". */
const isLabelledRow = (cells: string[]) => cells.length >= 2 && cells.every((c) => readLabelledCell(c) !== null);

/**
 * Rewrites the HTML tables of a line so that each value is read under its own label, in the layout the rest of the form
 * uses (one row of "(label) value" cells):
 * - labels in one row and values in the next (`<tr><td>(対象地域)</td><td>(人口)</td></tr><tr><td>千葉市全域</td>
 *   <td>970,049 人</td></tr>`) become one row of "(label) value" cells;
 * - rows of unlabelled cells under a row of labelled ones (秋田県: "(研修の対象) ①…⇥(研修の内容) ①…", then
 *   "②…⇥②…") go on with the cell above them, column by column, as another paragraph of it.
 * Any number of columns and rows; a table of any other shape is left as written.
 */
export function pairHeaderRows(line: string): string {
  if (!/<tr\b/i.test(line)) return line;
  return line.replace(TABLE, (table) => {
    const rows = [...table.matchAll(ROW)].map((r) => [...r[1].matchAll(CELL)].map((c) => cellText(c[1])));
    let changed = false;
    const out: string[][] = [];
    for (let r = 0; r < rows.length; r++) {
      const labels = rows[r];
      const values = rows[r + 1];
      let row = labels.map(escape);
      if (isLabelRow(labels) && values && values.length === labels.length && isValueRow(values)) {
        row = labels.map((l, k) => `${escape(l)}${values[k] ? ` ${escape(values[k])}` : ''}`);
        changed = true;
        r++;
      } else if (!isLabelledRow(labels)) {
        out.push(row);
        continue;
      }
      // Rows of answers only, as wide as the labelled row: each cell continues the one above it.
      while (rows[r + 1] && rows[r + 1].length === row.length && isValueRow(rows[r + 1]) && rows[r + 1].some((c) => c)) {
        const more = rows[++r];
        row = row.map((cell, k) => (more[k] ? `${cell}<br>${escape(more[k])}` : cell));
        changed = true;
      }
      out.push(row);
    }
    return changed ? `<table>${out.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>` : table;
  });
}

/**
 * The labels of a line's last table row when that row is a header row with no value row after it (調布市: the HTML
 * ends at "(場所・機関等の名称)⇥(相談を受け止める人)" and the values follow only in the tab-separated copy), or null.
 */
export function trailingLabelRow(line: string): string[] | null {
  const tables = line.match(TABLE);
  if (!tables) return null;
  const rows = [...tables[tables.length - 1].matchAll(ROW)].map((r) => [...r[1].matchAll(CELL)].map((c) => cellText(c[1])));
  const last = rows.at(-1);
  return last && last.length >= 2 && isLabelRow(last) ? last.map((c) => readLabelledCell(c)!.label) : null;
}
