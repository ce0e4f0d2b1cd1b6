/** How a result row names itself and its values in charts: the record (都道府県 市区町村) and category names. */

import { formatNumberJa } from './columnLabels.js';

type Columns = Record<string, readonly unknown[]>;

export function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A value as a category name: booleans in Japanese, empty and NULL named so they stay visible as a group. */
export function categoryName(v: unknown): string {
  if (v === null || v === undefined) return '（なし）';
  if (typeof v === 'boolean') return v ? 'はい' : 'いいえ';
  if (v === '') return '（空）';
  return String(v);
}

/** The record a row belongs to: 都道府県 市区町村 when the result has them, else entity_id, else the row number. */
export function recordLabel(columns: Columns, i: number): string {
  return recordLabeller(columns)(i);
}

/** recordLabel with the columns looked up once, for labelling every row of a large result. */
export function recordLabeller(columns: Columns): (i: number) => string {
  const prefectures = columns.prefecture;
  const municipalities = columns.municipality;
  const entities = columns.entity_id;
  return (i) => {
    const prefecture = prefectures?.[i];
    if (typeof prefecture === 'string' && prefecture) {
      const municipality = municipalities?.[i];
      return typeof municipality === 'string' && municipality ? `${prefecture} ${municipality}` : prefecture;
    }
    const entity = entities?.[i];
    if (typeof entity === 'string' && entity) return entity;
    return `${formatNumberJa(i + 1)}行目`;
  };
}

/** Row indexes grouped by a key, in order of first appearance (the query's ORDER BY decides the order the user sees). */
export function groupBy(rows: readonly number[], key: (i: number) => string): [string, number[]][] {
  const groups = new Map<string, number[]>();
  for (const i of rows) {
    const k = key(i);
    let members = groups.get(k);
    if (!members) groups.set(k, (members = []));
    members.push(i);
  }
  return [...groups.entries()];
}
