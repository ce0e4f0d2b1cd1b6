/** Ready-made questions for a first visit: each runs as is on the bundled corpus. */
export interface ExampleQuery {
  label: { ja: string; en: string };
  sql: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    label: { ja: '高齢化率の高い 10 件', en: 'Ten highest ageing rates' },
    sql: 'SELECT entity_id, population, aging_rate\nFROM entities\nORDER BY aging_rate DESC NULLS LAST\nLIMIT 10',
  },
  {
    label: { ja: '多機関協働事業の実施数 (都道府県別)', en: 'Multi-agency projects by prefecture' },
    sql: 'SELECT prefecture, count(*) AS 件数\nFROM entities\nWHERE runs_takikan\nGROUP BY 1\nORDER BY 2 DESC, 1',
  },
  {
    label: { ja: '単位を読み替えた生活保護受給率', en: 'Welfare rates read as per-mille' },
    sql: 'SELECT entity_id, welfare_rate, welfare_rate_unit, welfare_rate_permille, welfare_rate_flag, line_start, line_end\nFROM entities\nWHERE welfare_rate_flag IS NOT NULL\nORDER BY entity_id',
  },
  {
    label: { ja: '市町村の人口と事業 (都道府県の報告を除く)', en: 'Municipalities: population and programs' },
    sql: "SELECT e.entity_id, e.population, p.program, p.project_name, p.line_start, p.line_end\nFROM entities e JOIN programs p USING (corpus, entity_id)\nWHERE e.entity_kind <> 'prefecture'\nORDER BY e.population DESC NULLS LAST, p.program",
  },
  {
    label: { ja: '原文を検索 (「ひきこもり」)', en: 'Search the source text' },
    sql: "SELECT line_no, entity_id, text\nFROM lines\nWHERE text LIKE '%ひきこもり%'\nORDER BY line_no",
  },
  {
    label: { ja: 'パーサーの注記', en: 'Parser notes' },
    sql: 'SELECT code, count(*) AS 件数, any_value(message) AS 例\nFROM parse_warnings\nGROUP BY 1\nORDER BY 2 DESC',
  },
];
