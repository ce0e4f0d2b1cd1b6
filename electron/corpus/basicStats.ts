import type { FieldDraft } from './outline.js';
import { readCenterCounts, readStatNumber, welfareRatePermille } from './numbers.js';
import { fold } from './text.js';
import type { EntityKind, EntityRow } from './types.js';

export interface StatWarning {
  line: number;
  code: string;
  message: string;
}

type StatColumns = Pick<
  EntityRow,
  | 'population' | 'population_text' | 'households' | 'households_text' | 'aging_rate' | 'aging_rate_text'
  | 'welfare_rate' | 'welfare_rate_unit' | 'welfare_rate_text' | 'welfare_rate_permille' | 'welfare_rate_flag'
  | 'area_km2' | 'area_text' | 'association_rate' | 'association_rate_text'
  | 'elementary_schools' | 'elementary_schools_text' | 'junior_high_schools' | 'junior_high_schools_text'
  | 'houkatsu_direct' | 'houkatsu_consigned' | 'houkatsu_text' | 'jiritsu_direct' | 'jiritsu_consigned' | 'jiritsu_text'
>;

export function emptyStats(): StatColumns {
  return {
    population: null, population_text: null, households: null, households_text: null, aging_rate: null, aging_rate_text: null,
    welfare_rate: null, welfare_rate_unit: null, welfare_rate_text: null, welfare_rate_permille: null, welfare_rate_flag: null,
    area_km2: null, area_text: null, association_rate: null, association_rate_text: null,
    elementary_schools: null, elementary_schools_text: null, junior_high_schools: null, junior_high_schools_text: null,
    houkatsu_direct: null, houkatsu_consigned: null, houkatsu_text: null, jiritsu_direct: null, jiritsu_consigned: null, jiritsu_text: null,
  };
}

type NumericStat = 'population' | 'households' | 'aging_rate' | 'area_km2' | 'association_rate' | 'elementary_schools' | 'junior_high_schools';

/** Which 1-1 label fills which column; counts may be summed over an area's parts, rates may not. */
const NUMERIC: { prefix: string; column: NumericStat; text: keyof StatColumns; additive: boolean; integer: boolean }[] = [
  { prefix: '人口', column: 'population', text: 'population_text', additive: true, integer: true },
  { prefix: '世帯数', column: 'households', text: 'households_text', additive: true, integer: true },
  { prefix: '高齢化率', column: 'aging_rate', text: 'aging_rate_text', additive: false, integer: false },
  { prefix: '面積', column: 'area_km2', text: 'area_text', additive: true, integer: false },
  { prefix: '地縁組織', column: 'association_rate', text: 'association_rate_text', additive: false, integer: false },
  { prefix: '公立小学校数', column: 'elementary_schools', text: 'elementary_schools_text', additive: true, integer: true },
  { prefix: '公立中学校数', column: 'junior_high_schools', text: 'junior_high_schools_text', additive: true, integer: true },
];

/** "県:977,675(人) 上小阿仁村:2,150(人) 小坂町:4,934(人)" → its named parts. */
export function readParts(text: string): { name: string; text: string }[] {
  const folded = fold(text);
  if (!folded.includes(':')) return [];
  const parts = [...folded.matchAll(/([^\s:()、,]+?)\s*:\s*([^:]*?)(?=\s+[^\s:()、,]+?\s*:|$)/g)];
  return parts.map((m) => ({ name: m[1], text: m[2].trim() }));
}

const WIDER_AREA = /^(県|都|道|府|全県|県全体|都全体)$/;

/** Reads the 1-1 table's fields into the entity's statistic columns. */
export function readBasicStats(fields: FieldDraft[], kind: EntityKind): { stats: StatColumns; warnings: StatWarning[] } {
  const stats = emptyStats();
  const warnings: StatWarning[] = [];
  const warn = (f: FieldDraft, code: string, message: string) => warnings.push({ line: f.line_start, code, message });

  for (const f of fields) {
    if (f.section !== '1-1') continue;
    const key = f.label.replace(/\s+/g, '');
    const spec = NUMERIC.find((n) => key.startsWith(n.prefix));
    if (spec) {
      stats[spec.text] = (f.value || null) as never;
      stats[spec.column] = readNumeric(f, spec, kind, warn);
      if (spec.integer && stats[spec.column] !== null && !Number.isInteger(stats[spec.column])) {
        warn(f, 'number_not_integer', `${f.label}「${f.value}」は整数ではありません`);
      }
      continue;
    }
    if (key.startsWith('生活保護受給率')) {
      const n = readStatNumber(f.value);
      stats.welfare_rate_text = f.value;
      stats.welfare_rate = n.value;
      stats.welfare_rate_unit = n.unit;
      const rate = welfareRatePermille(n.value, n.unit);
      stats.welfare_rate_permille = rate.permille;
      stats.welfare_rate_flag = rate.flag;
      if (rate.flag) warn(f, 'welfare_unit_suspect', `生活保護受給率「${f.value}」: ${rate.flag}`);
      if (/全県|県全体/.test(f.value)) warn(f, 'wider_area_value', `生活保護受給率「${f.value}」は県全体の値です (value for the whole prefecture)`);
      continue;
    }
    if (key.startsWith('地域包括支援センター') || key.startsWith('生活困窮者自立相談支援事業')) {
      const c = readCenterCounts(f.value);
      const prefix = key.startsWith('地域包括') ? 'houkatsu' : 'jiritsu';
      stats[`${prefix}_text`] = f.value || null;
      stats[`${prefix}_direct`] = c.direct;
      stats[`${prefix}_consigned`] = c.consigned;
      if (c.note) warn(f, 'center_counts_unreadable', `${f.label}: ${c.note}`);
    }
  }
  return { stats, warnings };
}

function readNumeric(
  f: FieldDraft,
  spec: (typeof NUMERIC)[number],
  kind: EntityKind,
  warn: (f: FieldDraft, code: string, message: string) => void,
): number | null {
  const parts = readParts(f.value);
  if (parts.length >= 2) {
    for (const part of parts) {
      const note = readStatNumber(part.text).note;
      if (note?.includes('桁区切り')) warn(f, 'number_grouping_suspect', `${f.label}「${part.name}:${part.text}」: ${note}`);
    }
    const own = parts.filter((p) => !WIDER_AREA.test(p.name));
    if (kind === 'area' && spec.additive && own.length >= 1) {
      const values = own.map((p) => readStatNumber(p.text).value);
      if (values.every((v) => v !== null)) {
        const sum = values.reduce((a, b) => a! + b!, 0)!;
        warn(f, 'area_parts_summed', `${f.label}: 地域を構成する ${own.map((p) => p.name).join('・')} の値を合計 (${sum})`);
        return Math.round(sum * 1e6) / 1e6;
      }
    }
    warn(f, 'multi_value_cell', `${f.label}「${f.value}」: 複数の値があるため数値化しません (several values in one cell)`);
    return null;
  }
  const n = readStatNumber(f.value);
  if (n.note && n.value !== null) warn(f, n.note.includes('桁区切り') ? 'number_grouping_suspect' : 'value_approximate', `${f.label}「${f.value}」: ${n.note}`);
  return n.value;
}
