import { splitNote } from './notes.js';
import { PROGRAMS, type ProgramName } from './types.js';
import { fold, squash } from './text.js';

/** A top-level heading of the form: "1. 自治体の基本情報等", "1-1. 自治体の基本情報", "3. 地域力強化推進事業について". */
export interface SectionHeading {
  /** '1', '1-1', '1-2', '2', '3', … */
  code: string;
  title: string;
  program: ProgramName | null;
  results: boolean;
}

/** Names a program from any of the ways the reports write it. */
export function programNamed(text: string): ProgramName | null {
  const t = fold(text).replace(/\s+/g, '');
  if (/地域力強化/.test(t)) return '地域力強化推進事業';
  // "他機関の協働による…" is an OCR slip of 多機関 (鳩山町's section-5 heading).
  if (/多機関(の協働|協働)|他機関の協働/.test(t)) return '多機関協働事業';
  if (/都道府県事業|都道府県が実施する事業/.test(t)) return '都道府県事業';
  return null;
}

/**
 * Reads a line (already split into cells) as a top-level section heading. Numbered lines inside text
 * ("1. 栃木県地域福祉振興基金…", "1.地域力強化推進事業 ア) …") are not headings: a heading's title is one of the
 * form's own kinds of title.
 */
export function readSectionHeading(cells: string[]): SectionHeading | null {
  if (cells.length !== 1 || !/^[0-9０-９]/.test(cells[0])) return null;
  const text = squash(fold(cells[0]));
  const sub = /^(\d)-(\d)\s*\.?\s*(.+)$/.exec(text);
  if (sub && /自治体の基本情報|地域の特徴/.test(sub[3])) {
    return { code: `${sub[1]}-${sub[2]}`, title: sub[3], program: null, results: false };
  }
  const top = /^(\d)\s*\.\s*(.+)$/.exec(text);
  if (!top) return null;
  // A heading's own instruction ("5. 成果目標の達成状況 ※事業ごとに記載してください") is no part of its title.
  const title = splitNote(top[2]).value;
  if (/成果目標の達成状況/.test(title) && title.length < 40) return { code: top[1], title, program: null, results: true };
  if (/自治体の基本情報|事業を実施する上でのビジョン/.test(title)) return { code: top[1], title, program: null, results: false };
  if (/について\s*$/.test(title)) return { code: top[1], title, program: programNamed(title), results: false };
  return null;
}

export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const KATAKANA_ITEMS = 'アイウエオカキク';

/** "①実施主体(委託先)" → { index: 1, label: '実施主体(委託先)' }. */
export function readCircledItem(cell: string): { index: number; marker: string; label: string } | null {
  const m = /^([①-⑳])\s*(.*)$/.exec(cell);
  if (!m || !m[2] || m[2].length > 60 || /。/.test(m[2])) return null;
  return { index: CIRCLED.indexOf(m[1]) + 1, marker: m[1], label: m[2] };
}

/** "ア「住民に身近な圏域」において…", "ウ その他" → { index: 1, letter: 'ア', label }. A word such as "イベント" is not an item. */
export function readKatakanaItem(cell: string): { index: number; letter: string; label: string } | null {
  const m = /^([アイウエオカキク])(?:[\s「]|$)(.*)$/.exec(cell);
  if (!m) return null;
  const label = squash(cell.slice(1));
  if (label.length > 120) return null;
  return { index: KATAKANA_ITEMS.indexOf(m[1]) + 1, letter: m[1], label };
}

/** "(ア)地域住民の参加を促す…" → { index: 1, letter: 'ア', label }. */
export function readParenItem(cell: string): { index: number; letter: string; label: string } | null {
  const m = /^[(（]([アイウエオカキク])[)）]\s*(.*)$/.exec(cell);
  if (!m || m[2].length > 120) return null;
  return { index: KATAKANA_ITEMS.indexOf(m[1]) + 1, letter: m[1], label: squash(m[2]) };
}

/** "(支援する対象) 地区福祉のまち推進センター活動者" → { label: '支援する対象', value: '…' }. "(1) …", "(…、…)" are not labels. */
export function readLabelledCell(cell: string): { label: string; value: string } | null {
  const m = /^[(（]([^()（）]{1,40})[)）]\s*(.*)$/.exec(cell);
  if (!m) return null;
  const label = squash(m[1]);
  // A form label is a short name: text in brackets with a comma or full stop is a remark ("(協議体、NPO 法人…など)").
  if (/[、。]/.test(label) || /^[\d\s.]+$/.test(fold(label)) || /^[アイウエオカキク]$/.test(label) || /^[a-zA-Z]$/.test(fold(label))) return null;
  return { label, value: squash(m[2]) };
}

/** Labels of the form that stand alone on their line, their value on the lines below. */
export const STANDALONE_LABELS = [
  '事業の成果目標',
  '地域の課題を地域で解決していくための財源等の確保',
  '事業実施にあたり連携する他の法定事業等(自主事業含む)',
  '本事業に取り組む目的・狙い',
  '本事業を通じて人と地域に起こしたい変化',
];

const STANDALONE_FIRST = new Set(STANDALONE_LABELS.map((l) => l[0]));

/** A standalone label, alone in its cell or followed by its value in the same cell ("…財源等の確保 赤い羽根共同募金…"). */
export function readStandaloneLabel(cell: string): { label: string; value: string } | null {
  if (!STANDALONE_FIRST.has(cell[0])) return null;
  const key = fold(cell).replace(/\s+/g, '');
  for (const label of STANDALONE_LABELS) {
    const l = label.replace(/\s+/g, '');
    if (key === l) return { label, value: '' };
    if (key.startsWith(l)) {
      const rest = restAfter(cell, l.length);
      if (rest && /^\s/.test(rest.raw)) return { label, value: rest.text };
    }
  }
  return null;
}

/** The text of a cell after its first n non-space characters (compared in folded form, returned as written). */
function restAfter(cell: string, n: number): { raw: string; text: string } | null {
  let seen = 0;
  for (let i = 0; i < cell.length; i++) {
    if (!/\s/.test(cell[i])) seen += fold(cell[i]).length;
    if (seen >= n) return { raw: cell.slice(i + 1), text: squash(cell.slice(i + 1)) };
  }
  return null;
}

/**
 * A program heading opening a cell that goes on with its text (墨田区 3979 "<地域力強化推進事業> 地域福祉プラット
 * フォームでの相談件数…", 東津軽郡 749 "○地域力強化推進事業 (成果目標)…"): the heading, and the text after it.
 */
export function leadingResultsHeading(cell: string): { program: ProgramName; title: string; rest: string } | null {
  const m = /^([【<＜〈≪][^】>＞〉≫]{1,40}[】>＞〉≫]|[○●◎■□◆◇・]?\s*\S{4,30}?事業)\s+(\S.*)$/.exec(cell);
  const program = m ? readResultsHeading(m[1]) : null;
  return program ? { program, title: m![1], rest: m![2] } : null;
}

/** A sub-heading of the results section naming one program: "1 地域力強化推進事業", "【…】", "<…>", "○…", "(1)…". */
export function readResultsHeading(cell: string): ProgramName | null {
  if (cell.length > 80 || !/地域力|[多他]機関|都道府県/.test(cell)) return null;
  const t = squash(fold(cell));
  if (t.length > 60) return null;
  // 鳩山町 writes "・他機関の協働による…": the program's name with 多 read as 他 (warned as ocr_word_suspect).
  const program = programNamed(t) ?? programNamed(t.replace(/他機関(?=の?協働)/, '多機関'));
  if (!program) return null;
  const bare = t
    .replace(/^[\d\s.()（）【】<>＜＞〈〉≪≫○●◎■□◆◇・\-]+/, '')
    .replace(/[【】<>＜＞〈〉≪≫\s]+$/, '')
    .replace(/\(.*\)$/, '')
    .replace(/について$|の達成状況$|の成果$/, '');
  // A sentence that merely mentions a program ("多機関協働のネットワーク構築を図るため、…") is not a heading.
  return PROGRAMS.includes(program) && bare.length <= 30 && !/[、。,]/.test(bare) ? program : null;
}
