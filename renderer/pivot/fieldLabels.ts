import type { Locale } from '../i18n/messages';

/** Japanese names of the table-contract columns, for chips and headers; SQL keeps the English column names. */
const LABELS: Record<string, string> = {
  corpus: 'コーパス', entity_id: '自治体ID', prefecture: '都道府県', municipality: '市区町村', entity_kind: '種別',
  department: '担当部署', phone: '電話番号', url: 'URL', population: '人口', households: '世帯数',
  aging_rate: '高齢化率', welfare_rate: '生活保護受給率', welfare_rate_unit: '受給率の単位',
  welfare_rate_permille: '生活保護受給率(‰)', welfare_rate_flag: '受給率の注記', area_km2: '面積(km²)',
  association_rate: '地縁組織加入率', elementary_schools: '公立小学校数', junior_high_schools: '公立中学校数',
  houkatsu_direct: '地域包括(直営)', houkatsu_consigned: '地域包括(委託)', jiritsu_direct: '自立相談(直営)',
  jiritsu_consigned: '自立相談(委託)', marked_chiiki: '地域力強化(○)', marked_takikan: '多機関協働(○)',
  marked_prefectural: '都道府県事業(○)', runs_chiiki: '地域力強化を実施', runs_takikan: '多機関協働を実施',
  runs_prefectural: '都道府県事業を実施', line_start: '開始行', line_end: '終了行', program: '事業',
  implementer: '実施主体', contractor: '委託先', project_name: '事業名', suishinin_planned: '推進員(予定)',
  section: '節', label: '項目', value: '値', indicator: '指標', unit: '単位', per: '期間', target: '目標',
  result: '実績', ratio: '達成率', confidence: '確度', method: '方法', target_line: '目標の行', result_line: '実績の行',
  target_unit: '目標の単位', result_unit: '実績の単位', ratio_annualised: '達成率(12か月換算)', basis_note: '基準の注記',
  value_max: '上限', statistic: '数え方', per_unit: '単位あたり', target_year: '目標年度', kind: '種類',
  theme: 'テーマ', expressions: '検索式', kwic: '前後の文',
};

/** English names, key for key with LABELS (a test keeps them in step). */
const LABELS_EN: Record<string, string> = {
  corpus: 'Corpus', entity_id: 'Record ID', prefecture: 'Prefecture', municipality: 'Municipality', entity_kind: 'Kind',
  department: 'Department', phone: 'Phone', url: 'URL', population: 'Population', households: 'Households',
  aging_rate: 'Aging rate', welfare_rate: 'Public assistance rate', welfare_rate_unit: 'Unit of the rate',
  welfare_rate_permille: 'Public assistance rate (‰)', welfare_rate_flag: 'Note on the rate', area_km2: 'Area (km²)',
  association_rate: 'Association membership', elementary_schools: 'Elementary schools', junior_high_schools: 'Junior high schools',
  houkatsu_direct: 'Support centres (direct)', houkatsu_consigned: 'Support centres (contracted)', jiritsu_direct: 'Self-reliance (direct)',
  jiritsu_consigned: 'Self-reliance (contracted)', marked_chiiki: '地域力強化 (ticked)', marked_takikan: '多機関協働 (ticked)',
  marked_prefectural: '都道府県事業 (ticked)', runs_chiiki: 'Runs 地域力強化', runs_takikan: 'Runs 多機関協働',
  runs_prefectural: 'Runs 都道府県事業', line_start: 'First line', line_end: 'Last line', program: 'Programme',
  implementer: 'Implementer', contractor: 'Contractor', project_name: 'Project name', suishinin_planned: 'Coordinators (planned)',
  section: 'Section', label: 'Item', value: 'Value', indicator: 'Indicator', unit: 'Unit', per: 'Period', target: 'Target',
  result: 'Result', ratio: 'Attainment', confidence: 'Confidence', method: 'Method', target_line: 'Target line', result_line: 'Result line',
  target_unit: 'Target unit', result_unit: 'Result unit', ratio_annualised: 'Attainment (12 months)', basis_note: 'Basis note',
  value_max: 'Upper end', statistic: 'Statistic', per_unit: 'Per unit', target_year: 'Target year', kind: 'Kind',
  theme: 'Theme', expressions: 'Expressions', kwic: 'In context',
};

/** A column's name for chips and headers in the user's language; the column name itself when it has none. */
export function fieldLabel(field: string, locale: Locale): string {
  return (locale === 'en' ? LABELS_EN[field] : undefined) ?? LABELS[field] ?? field;
}

/** Every column that has a Japanese name (for the test that each has an English one). */
export const LABELLED_FIELDS: readonly string[] = Object.keys(LABELS);
export const ENGLISH_LABELLED_FIELDS: readonly string[] = Object.keys(LABELS_EN);
