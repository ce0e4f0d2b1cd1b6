import type { Workbench } from '../app/workbenchContext';

/** Records per prefecture among the last search's hits. */
export const SEARCH_BY_PREFECTURE_SQL = `SELECT prefecture, count(DISTINCT entity_id) AS records
FROM search_hits
GROUP BY prefecture
ORDER BY prefecture`;

/** Records per prefecture and theme: what the analyst charts after coding. */
export const THEMES_BY_PREFECTURE_SQL = `SELECT prefecture, theme, count(DISTINCT entity_id) AS records
FROM theme_hits
GROUP BY prefecture, theme
ORDER BY prefecture, theme`;

export const SEARCH_HITS_SQL = 'SELECT * FROM search_hits ORDER BY rank';
export const THEME_HITS_SQL = 'SELECT * FROM theme_hits ORDER BY theme, score DESC';

/** Runs the SQL and hands its result to another room, as the SQL room's "open in" does. */
export async function openQueryIn(wb: Workbench, roomId: string, sql: string): Promise<void> {
  const table = await wb.engine.query(sql);
  wb.openInRoom(roomId, { sql, table, from: 'search' });
}
