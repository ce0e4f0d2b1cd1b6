/**
 * A flag column explains the columns it is named after: `welfare_rate_flag` explains `welfare_rate`,
 * `welfare_rate_permille` and `welfare_rate_unit`. Returns, for each column, the flag column that explains it (or null).
 */
export function flagColumnsFor(columns: readonly string[]): Map<string, string> {
  const flags = columns.filter((c) => c.endsWith('_flag'));
  const out = new Map<string, string>();
  for (const c of columns) {
    if (c.endsWith('_flag')) continue;
    const flag = flags.find((f) => c === f.slice(0, -'_flag'.length) || c.startsWith(`${f.slice(0, -'_flag'.length)}_`));
    if (flag) out.set(c, flag);
  }
  return out;
}
