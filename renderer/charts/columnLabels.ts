import type { Locale } from '../i18n/messages';

/** Japanese display names and units of the table contract's columns, and the Japanese way of writing numbers. */

interface ColumnMeta {
  label: string;
  unit?: string;
}

export const COLUMN_META: Record<string, ColumnMeta> = {
  entity_id: { label: '記録' },
  prefecture: { label: '都道府県' },
  municipality: { label: '市区町村' },
  entity_kind: { label: '記録の種類' },
  population: { label: '人口', unit: '人' },
  households: { label: '世帯数', unit: '世帯' },
  aging_rate: { label: '高齢化率', unit: '%' },
  welfare_rate: { label: '生活保護受給率（記載値）' },
  welfare_rate_permille: { label: '生活保護受給率', unit: '‰' },
  area_km2: { label: '面積', unit: 'km²' },
  association_rate: { label: '自治会加入率', unit: '%' },
  elementary_schools: { label: '小学校数', unit: '校' },
  junior_high_schools: { label: '中学校数', unit: '校' },
  houkatsu_direct: { label: '地域包括支援センター（直営）', unit: 'か所' },
  houkatsu_consigned: { label: '地域包括支援センター（委託）', unit: 'か所' },
  jiritsu_direct: { label: '自立相談支援（直営）', unit: 'か所' },
  jiritsu_consigned: { label: '自立相談支援（委託）', unit: 'か所' },
  runs_chiiki: { label: '地域力強化推進事業' },
  runs_takikan: { label: '多機関協働事業' },
  runs_prefectural: { label: '都道府県事業' },
  program: { label: '事業' },
  program_group: { label: '実施事業' },
  indicator: { label: '指標' },
  target: { label: '目標値' },
  result: { label: '実績値' },
  ratio: { label: '達成率' },
  pairs: { label: '目標と実績の組数', unit: '組' },
  confidence: { label: '確からしさ' },
  share_pct: { label: '実施している記録の割合', unit: '%' },
  records: { label: '記録数', unit: '件' },
  running: { label: '実施している記録数', unit: '件' },
  theme: { label: 'テーマ' },
  passages: { label: '記述の数', unit: '件' },
  line_start: { label: '開始行' },
  line_end: { label: '終了行' },
};

/** English labels, key for key with COLUMN_META (a test keeps them in step); units stay as the reports write them. */
export const COLUMN_LABELS_EN: Record<string, string> = {
  entity_id: 'Record',
  prefecture: 'Prefecture',
  municipality: 'Municipality',
  entity_kind: 'Kind of record',
  population: 'Population',
  households: 'Households',
  aging_rate: 'Aging rate',
  welfare_rate: 'Public assistance rate (as written)',
  welfare_rate_permille: 'Public assistance rate',
  area_km2: 'Area',
  association_rate: 'Neighbourhood association membership',
  elementary_schools: 'Elementary schools',
  junior_high_schools: 'Junior high schools',
  houkatsu_direct: 'Comprehensive support centres (direct)',
  houkatsu_consigned: 'Comprehensive support centres (contracted)',
  jiritsu_direct: 'Self-reliance support (direct)',
  jiritsu_consigned: 'Self-reliance support (contracted)',
  runs_chiiki: '地域力強化推進事業',
  runs_takikan: '多機関協働事業',
  runs_prefectural: '都道府県事業',
  program: 'Programme',
  program_group: 'Programmes run',
  indicator: 'Indicator',
  target: 'Target',
  result: 'Result',
  ratio: 'Attainment ratio',
  pairs: 'Target–result pairs',
  confidence: 'Confidence',
  share_pct: 'Share of records running it',
  records: 'Records',
  running: 'Records running it',
  theme: 'Theme',
  passages: 'Passages',
  line_start: 'First line',
  line_end: 'Last line',
};

/** Display label of a column in the user's language: the contract's name for it, or the column name itself. */
export function columnLabel(column: string, locale: Locale): string {
  return (locale === 'en' ? COLUMN_LABELS_EN[column] : undefined) ?? COLUMN_META[column]?.label ?? column;
}

export function columnUnit(column: string): string | undefined {
  return COLUMN_META[column]?.unit;
}

/** Axis title: label with its unit, e.g. 高齢化率 (%). */
export function axisTitle(column: string, locale: Locale): string {
  const unit = columnUnit(column);
  return unit ? `${columnLabel(column, locale)} (${unit})` : columnLabel(column, locale);
}

/**
 * A number with Japanese digit grouping and at most 3 decimals (1,966,735 · 26.7 · 0.282), as Intl's ja-JP would
 * write it, about ten times faster: hover texts of a 50,000-point chart format 150,000 numbers.
 */
export function formatNumberJa(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e15) return NUMBER_JA.format(value);
  let whole = Math.trunc(abs);
  let thousandths = Math.round((abs - whole) * 1000);
  if (thousandths === 1000) {
    whole += 1;
    thousandths = 0;
  }
  let text = String(whole);
  if (whole >= 1000) {
    let grouped = text.slice(-3);
    for (let end = text.length - 3; end > 0; end -= 3) grouped = `${text.slice(Math.max(0, end - 3), end)},${grouped}`;
    text = grouped;
  }
  if (thousandths > 0) {
    let decimals = thousandths < 10 ? `00${thousandths}` : thousandths < 100 ? `0${thousandths}` : String(thousandths);
    while (decimals.endsWith('0')) decimals = decimals.slice(0, -1);
    text += `.${decimals}`;
  }
  return value < 0 && (whole > 0 || thousandths > 0) ? `-${text}` : text;
}

const NUMBER_JA = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 3 });

/** A value written the Japanese way: 1,966,735人, 26.7%, はい/いいえ, — for null. */
export function formatValue(value: unknown, column?: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    const unit = column ? columnUnit(column) : undefined;
    return `${formatNumberJa(value)}${unit ?? ''}`;
  }
  return String(value);
}
