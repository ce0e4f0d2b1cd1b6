/** Ready-made pivots for the questions evaluators ask first. */
import type { PivotSpec } from './spec';
import type { Locale } from '../i18n/messages';
import { emptySpec, PLAIN_COUNT } from './spec';

export interface PivotPreset {
  id: string;
  label: string;
  description: string;
  spec: PivotSpec;
  /** Said instead of an empty grid when the source table has no rows yet. */
  emptyNote?: string;
  /** The label, description and empty note in English mode (measure names stay: they name the result's columns). */
  en: { label: string; description: string; emptyNote?: string };
}

/** A preset's texts in the user's language. */
export function pivotPresetText(preset: PivotPreset, locale: Locale): { label: string; description: string; emptyNote?: string } {
  return locale === 'en' ? preset.en : preset;
}

const onAllTotals = emptySpec({ kind: 'table', table: 'entities' }).totals;

export const PIVOT_PRESETS: PivotPreset[] = [
  {
    id: 'programs-by-prefecture',
    label: '都道府県別の実施事業',
    description: '都道府県ごとに、各事業を実施している記録(自治体)の数。',
    spec: {
      ...emptySpec({
        kind: 'query',
        sql: [
          'SELECT e.prefecture, e.entity_kind, p.program, p.entity_id, p.line_start, p.line_end',
          'FROM programs AS p',
          'JOIN entities AS e ON e.corpus = p.corpus AND e.entity_id = p.entity_id',
        ].join('\n'),
      }),
      rows: ['prefecture'],
      columns: ['program'],
      values: [{ field: 'entity_id', agg: 'count_distinct', format: PLAIN_COUNT, label: '実施数' }],
      totals: onAllTotals,
    },
    en: { label: 'Programmes run, by prefecture', description: 'For each prefecture, how many records (municipalities) run each programme.' },
  },
  {
    id: 'aging-by-prefecture-kind',
    label: '都道府県×種別の平均高齢化率',
    description: '高齢化率(%)の単純平均を、都道府県と記録の種別(市区町村・都道府県・圏域)で。',
    spec: {
      ...emptySpec({ kind: 'table', table: 'entities' }),
      rows: ['prefecture'],
      columns: ['entity_kind'],
      values: [{ field: 'aging_rate', agg: 'avg', format: { style: 'percent', decimals: 1, thousands: true, fromFraction: false }, label: '平均高齢化率' }],
      totals: onAllTotals,
    },
    en: { label: 'Average aging rate by prefecture and kind', description: 'The plain average of the aging rate (%) by prefecture and kind of record (municipality, prefecture, area).' },
  },
  {
    id: 'attainment-by-program',
    label: '事業別の達成率 (Σ実績÷Σ目標)',
    description: '成果目標と実績の対ごとに、実績の合計を目標の合計で割った達成率。確からしさ high と medium の対だけ (フィルタで変えられます)。単位の違う対が混ざると注意が出ます。',
    spec: {
      ...emptySpec({ kind: 'table', table: 'attainment' }),
      rows: ['program'],
      filters: [{ field: 'confidence', op: 'in', values: ['high', 'medium'] }],
      values: [
        { field: 'result', agg: 'ratio', denominator: 'target', format: { style: 'percent', decimals: 1, thousands: true, fromFraction: true }, label: '達成率 (Σ実績÷Σ目標)' },
        { field: null, agg: 'count', format: PLAIN_COUNT, label: '目標と実績の対の数' },
      ],
      totals: onAllTotals,
    },
    emptyNote: '達成状況の表 (attainment) にはまだ行がありません。成果目標と実績の対応づけが読み込まれると、ここに事業別の達成率が出ます。',
    en: {
      label: 'Attainment by programme (Σ result ÷ Σ target)',
      description: 'For the target–result pairs, the sum of results divided by the sum of targets; high and medium confidence pairs only (change it in the filters). A warning appears when pairs of different units are mixed.',
      emptyNote: 'The attainment table has no rows yet. Once targets and results are paired, attainment by programme appears here.',
    },
  },
  {
    id: 'attainment-by-method',
    label: '達成率: 規則と分析者の確認 (方法別)',
    description: '事業ごとに、規則が対にした組 (extracted) と分析者が確認・修正・追加した組 (curated) を分けて数え、それぞれの達成率 (Σ実績÷Σ目標) を出します。確からしさ high と medium の対だけ。',
    spec: {
      ...emptySpec({ kind: 'table', table: 'attainment' }),
      rows: ['program'],
      columns: ['method'],
      filters: [{ field: 'confidence', op: 'in', values: ['high', 'medium'] }],
      values: [
        { field: null, agg: 'count', format: PLAIN_COUNT, label: '対の数' },
        { field: 'result', agg: 'ratio', denominator: 'target', format: { style: 'percent', decimals: 1, thousands: true, fromFraction: true }, label: '達成率 (Σ実績÷Σ目標)' },
      ],
      totals: onAllTotals,
    },
    en: {
      label: 'Attainment: rules and analyst (by method)',
      description: 'By programme, the pairs the rules made (extracted) and those the analyst accepted, corrected or added (curated), counted apart, each with its attainment (Σ result ÷ Σ target). High and medium confidence pairs only.',
    },
  },
];
