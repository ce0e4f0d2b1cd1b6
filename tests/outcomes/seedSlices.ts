/** Cuts real lines (with their real numbers) out of the bundled seed, to build outcome-rule inputs in tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityKind, ProgramName } from '../../electron/corpus/types.js';
import type { OutcomeRecord, SourceLine } from '../../electron/outcomes/types.js';
import { readCells } from '../../electron/corpus/cells.js';
import { stripTags } from '../../electron/corpus/text.js';

export const SEED = fileURLToPath(new URL('../../seeds/000_28d5abefee45edbb.txt', import.meta.url));
const seedLines = readFileSync(SEED, 'utf8').split('\n');

/**
 * Lines from..to (1-based, inclusive) as the parser hands them over, blank lines left out: a cell's lines read as cells
 * (a form input keeps its value), section-5 lines with HTML tags stripped (a `<地域力強化事業>` heading is text, not a tag).
 */
export function seedSlice(from: number, to: number, as: 'cell' | 'results' = 'results'): SourceLine[] {
  const out: SourceLine[] = [];
  for (let n = from; n <= to; n++) {
    const raw = seedLines[n - 1];
    const text = as === 'cell' ? readCells(raw).cells.join(' ') : stripTags(raw.replace(/\t/g, ' '));
    if (text) out.push({ line_no: n, text });
  }
  return out;
}

export interface RecordSpec {
  entity_id: string;
  kind?: EntityKind;
  programs: ProgramName[];
  cells: { program: ProgramName; section: string; from: number; to: number }[];
  results: [number, number];
}

export function recordFromSeed(spec: RecordSpec): OutcomeRecord {
  return {
    corpus: '000_28d5abefee45edbb.txt',
    entity_id: spec.entity_id,
    entity_kind: spec.kind ?? 'municipality',
    programs: spec.programs,
    targetCells: spec.cells.map((c) => ({ program: c.program, section: c.section, lines: seedSlice(c.from, c.to, 'cell') })),
    resultLines: seedSlice(spec.results[0], spec.results[1]),
  };
}

const C: ProgramName = '地域力強化推進事業';
const T: ProgramName = '多機関協働事業';
const P: ProgramName = '都道府県事業';

/** Records cut from the seed: the 成果目標 cells and section 5 of each, by their line ranges in the file. */
export const SEED_RECORDS = {
  sapporo: { entity_id: '北海道 札幌市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 55, to: 56 }, { program: C, section: '3.④イ', from: 70, to: 71 }, { program: T, section: '4.⑧', from: 95, to: 96 }], results: [100, 136] },
  higashiTsugaru: { entity_id: '青森県 東津軽郡', kind: 'area', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 700, to: 701 }, { program: C, section: '3.④イ', from: 715, to: 716 }, { program: T, section: '4.⑧', from: 742, to: 743 }], results: [748, 749] },
  ajigasawa: { entity_id: '青森県 鱒ヶ沢町', programs: [T], cells: [{ program: T, section: '3.⑧', from: 801, to: 802 }], results: [807, 810] },
  morioka: { entity_id: '岩手県 盛岡市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 873, to: 874 }, { program: C, section: '3.④イ', from: 891, to: 892 }, { program: T, section: '4.⑧', from: 918, to: 919 }], results: [923, 926] },
  iwaizumi: { entity_id: '岩手県 岩泉町', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 1212, to: 1213 }, { program: C, section: '3.④イ', from: 1231, to: 1233 }, { program: T, section: '4.⑧', from: 1257, to: 1258 }], results: [1263, 1333] },
  yuzawa: { entity_id: '秋田県 湯沢市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 1591, to: 1592 }, { program: C, section: '3.④イ', from: 1605, to: 1606 }, { program: T, section: '4.⑧', from: 1632, to: 1633 }], results: [1639, 1668] },
  yamagata: { entity_id: '山形県 山形市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 1885, to: 1886 }, { program: C, section: '3.④イ', from: 1899, to: 1900 }, { program: T, section: '4.⑧', from: 1924, to: 1925 }], results: [1929, 1958] },
  koriyama: { entity_id: '福島県 郡山市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 2073, to: 2074 }, { program: C, section: '3.④イ', from: 2090, to: 2091 }, { program: T, section: '4.⑧', from: 2117, to: 2118 }], results: [2123, 2145] },
  tochigiPrefecture: { entity_id: '栃木県', kind: 'prefecture', programs: [P], cells: [{ program: P, section: '3.⑤', from: 2514, to: 2515 }], results: [2518, 2525] },
  ichikai: { entity_id: '栃木県 市貝町', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 2767, to: 2767 }, { program: C, section: '3.④イ', from: 2790, to: 2792 }, { program: T, section: '4.⑧', from: 2819, to: 2820 }], results: [2824, 2851] },
  setagaya: { entity_id: '東京都 世田谷区', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 4019, to: 4019 }, { program: C, section: '3.④イ', from: 4028, to: 4028 }, { program: T, section: '4.⑧', from: 4056, to: 4057 }], results: [4061, 4086] },
  chofu: { entity_id: '東京都 調布市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 4451, to: 4452 }, { program: C, section: '3.④イ', from: 4467, to: 4468 }, { program: T, section: '4.⑧', from: 4495, to: 4496 }], results: [4501, 4750] },
  kushiro: { entity_id: '北海道 釧路市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 190, to: 190 }, { program: C, section: '3.④イ', from: 204, to: 204 }, { program: T, section: '4.⑧', from: 227, to: 228 }], results: [233, 255] },
  hiroo: { entity_id: '北海道 広尾町', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 601, to: 602 }, { program: C, section: '3.④イ', from: 621, to: 621 }, { program: T, section: '4.⑧', from: 643, to: 643 }], results: [648, 648] },
  yahaba: { entity_id: '岩手県 矢巾町', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 1092, to: 1092 }, { program: C, section: '3.④イ', from: 1110, to: 1110 }, { program: T, section: '4.⑧', from: 1134, to: 1135 }], results: [1140, 1157] },
  tsuchiura: { entity_id: '茨城県 土浦市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 2203, to: 2203 }, { program: C, section: '3.④イ', from: 2219, to: 2219 }, { program: T, section: '4.⑧', from: 2244, to: 2245 }], results: [2250, 2255] },
  tochigi: { entity_id: '栃木県 栃木市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 2580, to: 2580 }, { program: C, section: '3.④イ', from: 2595, to: 2595 }, { program: T, section: '4.⑧', from: 2620, to: 2620 }], results: [2625, 2665] },
  hatoyama: { entity_id: '埼玉県 鳩山町', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 3461, to: 3461 }, { program: C, section: '3.④イ', from: 3475, to: 3475 }, { program: T, section: '4.⑧', from: 3500, to: 3501 }], results: [3506, 3538] },
  chiba: { entity_id: '千葉県 千葉市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 3575, to: 3575 }, { program: C, section: '3.④イ', from: 3595, to: 3595 }, { program: T, section: '4.⑧', from: 3619, to: 3620 }], results: [3625, 3625] },
  kamogawa: { entity_id: '千葉県 鴨川市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 3770, to: 3770 }, { program: C, section: '3.④イ', from: 3789, to: 3789 }, { program: T, section: '4.⑧', from: 3813, to: 3814 }], results: [3819, 3830] },
  sumida: { entity_id: '東京都 墨田区', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 3922, to: 3922 }, { program: C, section: '3.④イ', from: 3945, to: 3945 }, { program: T, section: '4.⑧', from: 3972, to: 3973 }], results: [3979, 3979] },
  hachioji: { entity_id: '東京都 八王子市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 4331, to: 4331 }, { program: C, section: '3.④イ', from: 4350, to: 4350 }, { program: T, section: '4.⑧', from: 4375, to: 4376 }], results: [4381, 4387] },
  tokyo: { entity_id: '東京都', kind: 'prefecture', programs: [P], cells: [{ program: P, section: '3.⑤', from: 3877, to: 3878 }], results: [3882, 3882] },
  odawara: { entity_id: '神奈川県 小田原市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 5090, to: 5090 }, { program: C, section: '3.④イ', from: 5105, to: 5105 }, { program: T, section: '4.⑧', from: 5133, to: 5133 }], results: [5138, 5188] },
  kunitachi: { entity_id: '東京都 国立市', programs: [C, T], cells: [{ program: C, section: '3.④ア', from: 4802, to: 4803 }, { program: C, section: '3.④イ', from: 4817, to: 4818 }, { program: T, section: '4.⑧', from: 4841, to: 4842 }], results: [4846, 4852] },
} satisfies Record<string, RecordSpec>;
