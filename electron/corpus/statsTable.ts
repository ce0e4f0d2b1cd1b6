import { squash } from './text.js';
import type { FieldWalk } from './fieldWalk.js';

/** The 1-1 table's own labels; a value cell never starts with one of them. */
const STAT_LABELS = ['人口', '世帯数', '高齢化率', '生活保護受給率', '面積', '地縁組織', '公立小学校数', '公立中学校数', '地域包括支援センター', '生活困窮者自立相談支援事業'];

export function isStatLabel(cell: string): boolean {
  const key = cell.replace(/\s+/g, '');
  return STAT_LABELS.some((l) => key.startsWith(l));
}

/** 1-1 rows alternate label and value cells; a row of values only continues the previous label (units, dates). */
export function readStatsLine(st: FieldWalk, cells: string[], lineNo: number): void {
  let sawLabel = false;
  for (const cell of cells) {
    if (isStatLabel(cell)) {
      st.close(0);
      st.openField(squash(cell), '', lineNo);
      sawLabel = true;
    } else if (st.open && (sawLabel || st.open.value === '')) {
      st.append(cell, lineNo, ' ');
    } else {
      st.close(0);
      st.openField('注記', cell, lineNo);
      st.close(0);
    }
  }
  st.close(0);
}
