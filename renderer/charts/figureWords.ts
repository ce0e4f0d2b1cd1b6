/** The words a chart draws into itself (titles, legends, hover texts, notes), in the user's language. */
import type { Locale } from '../i18n/messages';

export interface FigureWords {
  /** The measure when no Y column is chosen. */
  rows: string;
  trend: string;
  trendTooFew: string;
  trendFlatX: string;
  onTarget: string;
  reference(value: string): string;
  pickAxis(axis: 'x' | 'y'): string;
  missingColumn(column: string): string;
  coloursMerged(kept: number, merged: string, other: string): string;
  dropped(dropped: string, total: string): string;
  barTitle(y: string, x: string): string;
  distribution(of: string, by: string | null): string;
  heatmapTitle(value: string, y: string, x: string): string;
  sumOfRows(n: string): string;
  curatedPairs(n: string): string;
  curatedRecords(n: string): string;
}

export const FIGURE_WORDS: Record<Locale, FigureWords> = {
  ja: {
    rows: '行数',
    trend: '回帰直線',
    trendTooFew: '回帰直線: 点が2つ以上必要です',
    trendFlatX: '回帰直線: X が一定のため引けません',
    onTarget: '目標どおり (1)',
    reference: (v) => `基準 ${v}`,
    pickAxis: (axis) => `${axis === 'x' ? 'X 軸' : 'Y 軸'}の列を選んでください`,
    missingColumn: (c) => `列「${c}」が結果にありません`,
    coloursMerged: (kept, merged, other) => `色: 多い順に ${kept} 種類まで。残り ${merged} 種類は「${other}」`,
    dropped: (d, total) => `NULL などで除外: ${d}行（全${total}行）`,
    barTitle: (y, x) => `${y}（${x}別）`,
    distribution: (of, by) => `${of}の分布${by ? `（${by}別）` : ''}`,
    heatmapTitle: (v, y, x) => `${v}（${y} × ${x}）`,
    sumOfRows: (n) => `（${n}行の合計）`,
    curatedPairs: (n) => `◆ 分析者が確認した組: ${n}`,
    curatedRecords: (n) => `◆ = 分析者が確認した組を含む記録 (${n})`,
  },
  en: {
    rows: 'Rows',
    trend: 'Regression line',
    trendTooFew: 'Regression line: needs at least 2 points',
    trendFlatX: 'Regression line: X does not vary',
    onTarget: 'On target (1)',
    reference: (v) => `Reference ${v}`,
    pickAxis: (axis) => `Choose a column for the ${axis === 'x' ? 'X' : 'Y'} axis`,
    missingColumn: (c) => `Column “${c}” is not in the result`,
    coloursMerged: (kept, merged, other) => `Colours: the ${kept} most frequent; the other ${merged} are “${other}”`,
    dropped: (d, total) => `Left out (NULL etc.): ${d} of ${total} rows`,
    barTitle: (y, x) => `${y} by ${x}`,
    distribution: (of, by) => `Distribution of ${of}${by ? ` by ${by}` : ''}`,
    heatmapTitle: (v, y, x) => `${v} (${y} × ${x})`,
    sumOfRows: (n) => `(sum of ${n} rows)`,
    curatedPairs: (n) => `◆ Pairs curated by an analyst: ${n}`,
    curatedRecords: (n) => `◆ = records with a pair an analyst curated (${n})`,
  },
};
