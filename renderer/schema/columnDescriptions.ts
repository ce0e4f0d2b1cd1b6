import type { Locale } from '../i18n/messages';
import { COLUMN_DESCRIPTIONS_EN, COMMON_EN, TABLE_DESCRIPTIONS_EN } from './columnDescriptionsEn';

/** One line of Japanese per column of the table contract (docs/ARCHITECTURE.md), shown in the schema browser. */
export const TABLE_DESCRIPTIONS: Record<string, string> = {
  entities: '報告書 1 件 = 1 行 (市町村・都道府県・圏域)',
  programs: '各報告が実施する事業 1 件 = 1 行',
  fields: '様式のセルすべて (空のセルも 1 行、原文どおり)',
  lines: 'コーパスの全行 (出典の確認・全文検索用)',
  parse_warnings: 'パーサーが気づいた注意点',
  targets: '成果目標 (数値)',
  results: '達成状況 (数値)',
  attainment: '目標と実績の組 (達成率)',
  entity_attainment: '報告ごとの達成率のまとめ',
  area_members: '圏域の報告が名前を挙げる構成市町村 1 件 = 1 行 (コード付き)',
  search_hits: '検索室の最後の検索で見つかった記述 1 件 = 1 行 (順位順)',
  themes: 'テーマ 1 件 = 1 行 (検索式と、コード化した記述・記録の数)',
  theme_hits: 'テーマでコード化した記述 1 件 = 1 行 (外した記述を除く)',
};

export const COMMON: Record<string, string> = {
  corpus: '出典のコーパスファイル名',
  entity_id: '報告の識別名 (例: 北海道 札幌市)',
  prefecture: '都道府県',
  program: '事業名 (地域力強化推進事業・多機関協働事業・都道府県事業)',
  line_start: '原文の開始行 (1 始まり)',
  line_end: '原文の終了行',
  line: '原文の行番号',
  indicator: '指標の短い名前',
  unit: '単位 (件・人・回・か所・% など)',
  per: '期間 (月・年、率なら空)',
  text: '元の文 (原文どおり)',
};

export const COLUMN_DESCRIPTIONS: Record<string, Record<string, string>> = {
  entities: {
    prefecture: '都道府県',
    municipality: '市区町村 (都道府県の報告では空)',
    entity_kind: '種類: municipality (市町村) / prefecture (都道府県) / area (圏域)',
    lg_code: '全国地方公共団体コード (6 桁・検査数字付き。都道府県は都道府県のコード、圏域は空で area_members に構成市町村)',
    municipality_kana: '市区町村名のよみ (五十音順の並べ替え用)',
    department: '担当部署',
    phone: '電話番号',
    url: 'ウェブサイト',
    population: '人口 (人)',
    population_text: '人口 (原文どおり)',
    households: '世帯数',
    households_text: '世帯数 (原文どおり)',
    aging_rate: '高齢化率 (%)',
    aging_rate_text: '高齢化率 (原文どおり)',
    welfare_rate: '生活保護受給率 (書かれた数値)',
    welfare_rate_unit: '生活保護受給率の単位 (書かれたとおり: % または ‰)',
    welfare_rate_text: '生活保護受給率 (原文どおり)',
    welfare_rate_permille: '生活保護受給率 (‰ に正規化)',
    welfare_rate_flag: '単位を読み替えた理由 (なければ空)',
    area_km2: '面積 (km²)',
    area_text: '面積 (原文どおり)',
    association_rate: '自治会加入率 (%)',
    association_rate_text: '自治会加入率 (原文どおり)',
    elementary_schools: '小学校数',
    elementary_schools_text: '小学校数 (原文どおり)',
    junior_high_schools: '中学校数',
    junior_high_schools_text: '中学校数 (原文どおり)',
    houkatsu_direct: '地域包括支援センター数 (直営)',
    houkatsu_consigned: '地域包括支援センター数 (委託)',
    houkatsu_text: '地域包括支援センター (原文どおり)',
    jiritsu_direct: '生活困窮者自立相談支援機関 (直営)',
    jiritsu_consigned: '生活困窮者自立相談支援機関 (委託)',
    jiritsu_text: '自立相談支援 (原文どおり)',
    marked_chiiki: '地域力強化推進事業にチェックあり',
    marked_takikan: '多機関協働事業にチェックあり',
    marked_prefectural: '都道府県事業にチェックあり',
    runs_chiiki: '地域力強化推進事業を実施 (チェックと記入欄から判定)',
    runs_takikan: '多機関協働事業を実施 (チェックと記入欄から判定)',
    runs_prefectural: '都道府県事業を実施 (チェックと記入欄から判定)',
  },
  programs: {
    implementer: '実施主体',
    contractor: '委託先 (あれば)',
    project_name: '事業名 (報告に書かれた名前)',
    suishinin_planned: '相談支援包括化推進員の配置予定人数 (多機関のみ)',
  },
  fields: {
    section: '様式の番号 (例: 1-2, 3.④ア(イ))',
    label: '様式のラベル (例: 支援の内容)。PDF 由来の余分な空白は除く (実施主体(委託先))',
    value: 'セルの値 (原文どおり、様式の記入指示を除く。空のセルは空文字)',
    note: '様式の記入指示・記入例・空欄に印刷された単位 (例: ※会議の開催回数や参加者等を記載, (%))。記入者の基準日は値か 1-1 の注記行。なければ空',
  },
  lines: {
    line_no: '行番号 (1 始まり)',
    entity_id: 'この行が属する報告 (最初の報告より前は空)',
    text: '行の本文',
    used_by: 'この行を使ったテーブル・セクション (空行は空)',
  },
  parse_warnings: {
    line_no: '注意点のある行',
    code: '注意点の種類 (例: welfare_unit_suspect)',
    message: '説明',
  },
  targets: {
    value: '目標値',
    value_max: '幅のある目標の上限 (年2～3回 の 3)',
    statistic: '数え方 (average = 平均、cumulative = 累計、延べ)',
    per_unit: '1地区・1か所あたりの値ならその単位 (各地区 50人 → 地区)',
    target_year: '目標の年度 (西暦、平成32年度 → 2020)',
    qualifier: '目標の但し書き (以上・程度など)',
    section: '目標が書かれた場所 (様式のセル、または 達成状況)',
  },
  results: {
    value: '実績値',
    value_max: '幅のある実績の上限',
    months: '実績の対象期間 (月数)',
    kind: 'result (実績) / schedule (会議・計画の開催頻度) / context (現状・前年などの参考値)',
    statistic: '数え方 (average = 平均、cumulative = 累計、延べ)',
    per_unit: '1地区・1か所あたりの値ならその単位',
    stated_target: '同じ文で言い直された目標値 (なければ空)',
    program_inferred: '事業名が書かれておらず、対応する目標から事業を補った',
  },
  attainment: {
    target: '目標値',
    target_unit: '目標の単位',
    result: '実績値',
    result_unit: '実績の単位',
    ratio: '達成率 (実績 ÷ 目標、同じ基準に揃えて)',
    ratio_annualised: '9～11か月分の実績を12か月に換算した達成率 (年間目標のとき)',
    confidence: '組み合わせの確からしさ (high / medium / low)',
    target_line: '目標の原文行',
    result_line: '実績の原文行',
    method: 'extracted (規則で抽出) / curated (分析者が承認・修正・追加)',
    target_per: '目標の基準期間 (月・年・日、率なら空)',
    basis_note: '実績を目標の基準に揃えた計算 (例: 14件 ÷ 10か月 = 1.4件/月)',
    similarity: '目標と実績の指標の類似度 (0–1、確からしさの主な根拠)',
  },
  area_members: {
    municipality: '構成市町村 (報告の表記どおり)',
    lg_code: '全国地方公共団体コード (6 桁・検査数字付き、照合できなければ空)',
    municipality_kana: '市町村名のよみ (五十音順の並べ替え用)',
  },
  search_hits: {
    query: '検索した式',
    rank: '順位 (1 が最上位)',
    section: '記述のある様式の番号',
    label: '記述のある様式のラベル',
    occurrences: '記述の中のヒット数',
    score: '順位の根拠の点数 (BM25)',
    kwic: 'ヒットの前後の文 (最初のヒット)',
    passage_id: '記述 (様式のセル) の識別子',
  },
  themes: {
    theme: 'テーマ名',
    expressions: 'テーマの検索式 (| 区切り)',
    passages: 'コード化した記述の数',
    records: 'コード化した記述のある記録の数',
    uncoded: '分析者が外した記述の数',
  },
  theme_hits: {
    theme: 'テーマ名',
    expressions: 'テーマの検索式 (| 区切り)',
    section: '記述のある様式の番号',
    label: '記述のある様式のラベル',
    occurrences: '記述の中のヒット数',
    score: '点数 (BM25)',
    kwic: 'ヒットの前後の文 (最初のヒット)',
    passage_id: '記述 (様式のセル) の識別子',
  },
  entity_attainment: { ratio: '報告全体の達成率 (low の組を除く)', pairs: '目標と実績の組の数', pairs_low: '確からしさ low で達成率から除いた組の数' },
};

/** The description of a column, or null when the column is not part of the contract (e.g. a user's own table). */
export function describeColumn(table: string, column: string, locale: Locale): string | null {
  if (locale === 'en') {
    const en = COLUMN_DESCRIPTIONS_EN[table]?.[column] ?? (table in TABLE_DESCRIPTIONS_EN ? COMMON_EN[column] : undefined);
    if (en) return en;
  }
  return COLUMN_DESCRIPTIONS[table]?.[column] ?? (table in TABLE_DESCRIPTIONS ? COMMON[column] ?? null : null);
}

/** The one-line description of a contract table in the user's language, or null for her own tables. */
export function describeTable(table: string, locale: Locale): string | null {
  return (locale === 'en' ? TABLE_DESCRIPTIONS_EN[table] : undefined) ?? TABLE_DESCRIPTIONS[table] ?? null;
}
