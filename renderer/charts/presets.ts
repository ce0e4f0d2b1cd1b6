import { emptySpec, type ChartSpec } from './chartSpec.js';
import type { Locale } from '../i18n/messages.js';

/** A ready-made chart: its SQL, its spec, and how to list the evidence behind one of its marks. */
export interface ChartPreset {
  id: string;
  label: string;
  description: string;
  sql: string;
  spec: ChartSpec;
  /** SQL listing the rows behind a clicked mark (one result row), or null to list the result rows themselves. */
  drillSql: ((row: Record<string, unknown>) => string | null) | null;
  /** The label, description and chart title in English mode. */
  en: { label: string; description: string; title: string };
}

/** A preset's button text and description in the user's language. */
export function presetText(preset: ChartPreset, locale: Locale): { label: string; description: string } {
  return locale === 'en' ? preset.en : preset;
}

/** The spec a preset opens with, titled in the user's language. */
export function presetSpec(preset: ChartPreset, locale: Locale): ChartSpec {
  return locale === 'en' ? { ...preset.spec, title: preset.en.title } : preset.spec;
}

/** A SQL string literal. */
export function sqlText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Which programs a record runs, as one label: the colour of the mission's chart. */
export const PROGRAM_GROUP_SQL = `CASE
    WHEN e.runs_prefectural THEN '都道府県事業'
    WHEN e.runs_chiiki AND e.runs_takikan THEN '両方'
    WHEN e.runs_chiiki THEN '地域力のみ'
    WHEN e.runs_takikan THEN '多機関のみ'
    ELSE 'なし'
  END`;

/** The confidences an attainment figure is taken from unless the analyst says otherwise: low pairs are guesses. */
export const DEFAULT_CONFIDENCES = ['high', 'medium'] as const;

/**
 * 達成率 × 高齢化率: one point per record, its ratio the median of its pairs of the given confidences (high + medium by
 * default, as entity_attainment), so the analyst can widen or narrow it by editing one IN list.
 */
export function attainmentVsAgingSql(confidences: readonly string[] = DEFAULT_CONFIDENCES): string {
  return `-- 達成率 (記録ごとの中央値) × 高齢化率: 達成率のある記録を 1 点ずつ
-- 確からしさ (confidence) で絞る: 既定は high と medium。low も含めるには IN に 'low' を足す
WITH a AS (
  SELECT corpus, entity_id, round(median(ratio), 3) AS ratio, count(*) AS pairs,
    count(*) FILTER (WHERE method = 'curated') AS curated_pairs
  FROM attainment
  WHERE confidence IN (${confidences.map(sqlText).join(', ')})
  GROUP BY corpus, entity_id
)
SELECT e.corpus, e.entity_id, e.prefecture, e.municipality,
  a.ratio, e.aging_rate, e.population,
  ${PROGRAM_GROUP_SQL} AS program_group,
  a.pairs, a.curated_pairs, e.line_start, e.line_end
FROM entities e
LEFT JOIN a USING (corpus, entity_id)
WHERE a.ratio IS NOT NULL
ORDER BY e.line_start`;
}

export const ATTAINMENT_VS_AGING_SQL = attainmentVsAgingSql();

export const PROGRAM_SHARE_SQL = `-- 都道府県ごと、各事業を実施している記録の割合 (%)
WITH p AS (
  SELECT corpus, prefecture, min(line_start) AS first_line, count(*) AS records,
    count(*) FILTER (WHERE runs_chiiki) AS chiiki,
    count(*) FILTER (WHERE runs_takikan) AS takikan,
    count(*) FILTER (WHERE runs_prefectural) AS prefectural
  FROM entities
  GROUP BY corpus, prefecture
)
SELECT corpus, prefecture, program, running, records, round(100.0 * running / records, 1) AS share_pct
FROM (
  SELECT corpus, prefecture, first_line, 1 AS k, '地域力強化推進事業' AS program, chiiki AS running, records FROM p
  UNION ALL SELECT corpus, prefecture, first_line, 2, '多機関協働事業', takikan, records FROM p
  UNION ALL SELECT corpus, prefecture, first_line, 3, '都道府県事業', prefectural, records FROM p
)
ORDER BY first_line, k`;

const PROGRAM_FLAG: Record<string, string> = {
  地域力強化推進事業: 'runs_chiiki',
  多機関協働事業: 'runs_takikan',
  都道府県事業: 'runs_prefectural',
};

/** The targets and results paired for one record, with the report's own sentences. */
export function attainmentPairsSql(corpus: string, entityId: string): string {
  return `SELECT a.entity_id, a.program, a.indicator, a.target, a.target_unit, a.result, a.result_unit, a.ratio, a.ratio_annualised,
  a.confidence, a.method, a.basis_note, a.target_line, t.text AS target_text, a.result_line, r.text AS result_text
FROM attainment a
LEFT JOIN lines t ON t.corpus = a.corpus AND t.line_no = a.target_line
LEFT JOIN lines r ON r.corpus = a.corpus AND r.line_no = a.result_line
WHERE a.corpus = ${sqlText(corpus)} AND a.entity_id = ${sqlText(entityId)}
ORDER BY a.target_line`;
}

/** The records of one prefecture that run one program. */
export function programRecordsSql(corpus: string, prefecture: string, program: string): string | null {
  const flag = PROGRAM_FLAG[program];
  if (!flag) return null;
  return `SELECT entity_id, prefecture, municipality, entity_kind, population, aging_rate, line_start, line_end
FROM entities
WHERE corpus = ${sqlText(corpus)} AND prefecture = ${sqlText(prefecture)} AND ${flag}
ORDER BY line_start`;
}

export const ATTAINMENT_VS_AGING: ChartPreset = {
  id: 'attainment-aging',
  label: '達成率 × 高齢化率',
  description: '記録ごとの達成率 (実績 ÷ 目標の中央値、確からしさ high と medium の組から) と高齢化率。色は実施事業、大きさは人口、破線は回帰直線。',
  sql: ATTAINMENT_VS_AGING_SQL,
  spec: { ...emptySpec('scatter'), x: 'aging_rate', y: 'ratio', color: 'program_group', size: 'population', trendLine: true, referenceY: 1, title: '達成率 × 高齢化率' },
  drillSql: (row) => (typeof row.entity_id === 'string' && typeof row.corpus === 'string' ? attainmentPairsSql(row.corpus, row.entity_id) : null),
  en: {
    label: 'Attainment × aging rate',
    description: 'Each record’s attainment (median of result ÷ target over its high and medium confidence pairs) against its aging rate. Colour: programmes run; size: population; dashed line: regression.',
    title: 'Attainment × aging rate',
  },
};

export const PROGRAM_SHARE_BY_PREFECTURE: ChartPreset = {
  id: 'program-share',
  label: '都道府県別 事業の実施割合',
  description: '都道府県ごとに、各事業を実施している記録の割合 (%)。棒をクリックするとその記録を一覧します。',
  sql: PROGRAM_SHARE_SQL,
  spec: { ...emptySpec('bar'), x: 'prefecture', y: 'share_pct', color: 'program', title: '都道府県別 事業を実施している記録の割合' },
  drillSql: (row) =>
    typeof row.corpus === 'string' && typeof row.prefecture === 'string' && typeof row.program === 'string'
      ? programRecordsSql(row.corpus, row.prefecture, row.program)
      : null,
  en: {
    label: 'Programmes run, by prefecture',
    description: 'For each prefecture, the share (%) of its records that run each programme. Click a bar to list those records.',
    title: 'Share of records running each programme, by prefecture',
  },
};

export const PRESETS: readonly ChartPreset[] = [ATTAINMENT_VS_AGING, PROGRAM_SHARE_BY_PREFECTURE];
