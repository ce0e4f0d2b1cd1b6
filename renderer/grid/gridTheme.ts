import { themeQuartz } from 'ag-grid-community';

/**
 * AG Grid's theme with the app's own font stack: its default lists system fonts only, so on a machine without a
 * Japanese system font the cells drew boxes although the page ships Noto Sans JP.
 */
export const GRID_THEME = themeQuartz.withParams({
  fontFamily: ['Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', 'sans-serif'],
});
