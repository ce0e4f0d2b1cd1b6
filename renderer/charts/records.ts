/** How a result row names itself and its values in charts: the record (都道府県 市区町村) and category names. */

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
  const prefecture = columns.prefecture?.[i];
  const municipality = columns.municipality?.[i];
  if (typeof prefecture === 'string' && prefecture) {
    return typeof municipality === 'string' && municipality ? `${prefecture} ${municipality}` : prefecture;
  }
  const entity = columns.entity_id?.[i];
  if (typeof entity === 'string' && entity) return entity;
  return `${(i + 1).toLocaleString('ja-JP')}行目`;
}
