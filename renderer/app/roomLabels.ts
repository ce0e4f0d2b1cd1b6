import type { Locale } from '../i18n/messages';

/** Each room's name in the tab bar and in "open in …" buttons; rooms.ts and the rooms themselves read it here. */
export const ROOM_LABELS: Record<string, Record<Locale, string>> = {
  sql: { ja: 'SQL', en: 'SQL' },
  pivot: { ja: 'ピボット', en: 'Pivot' },
  charts: { ja: 'グラフ', en: 'Charts' },
  notebook: { ja: 'ノートブック', en: 'Notebook' },
  search: { ja: '検索', en: 'Search' },
};
