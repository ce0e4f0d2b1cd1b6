/**
 * Program headings of section 5 (成果目標の達成状況), wherever they stand: a heading line (`1 地域力強化推進事業`,
 * `○地域力強化事業`), a name in brackets inside a long HTML line (`…意見交換会他 <多機関の協働による…事業> ・…`,
 * `60.6% 【多機関の協働による…】`), and the abbreviations the reports use (`<多機関協働>`, `他機関の協働` — an OCR slip).
 */
import type { ProgramName } from '../corpus/types.js';
import type { SourceLine } from './types.js';
import { foldOutcomeText } from './text.js';

/** One stretch of a section-5 line under one program heading. */
export interface ProgramSegment {
  program: ProgramName | null;
  line: number;
  text: string;
}

const PROGRAM_NAME = /地域力強化(?:推進)?事業|(?:多機関|他機関|多職種)(?:の)?協働(?:による包括的支援体制(?:構築|整備)?事業|事業)|包括的支援体制構築事業|都道府県事業/g;
/** A name alone in brackets is a heading wherever it stands; there the short forms count too (`<多機関協働>`, `【地域力強化】`). */
const BRACKETED = /[<【〈≪(]\s*(?:\d+\s*[.)]?\s*)?(地域力強化(?:推進)?(?:事業)?|(?:多機関|他機関)(?:の|との)?協働(?:による包括的支援体制(?:構築|整備)?事業|事業)?|包括的支援体制構築事業|都道府県事業)\s*(?:\([^()]*\))?\s*[>】〉≫)]/g;

export function programOf(name: string): ProgramName {
  if (name.startsWith('地域力')) return '地域力強化推進事業';
  if (name.startsWith('都道府県')) return '都道府県事業';
  return '多機関協働事業';
}

/** The text before `at` back to a sentence end, a closing mark or a wide space (a heading's prefix is short: 40 at most). */
function stretchBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 40) {
    const c = text[from - 1];
    if (c === '。' || c === '】' || c === '>' || (c === ' ' && text[from - 2] === ' ')) break;
    from--;
  }
  return text.slice(from, at);
}

/**
 * Headings in one folded line. A bracketed name is one wherever it stands. An unbracketed name is one when only a
 * marker stands before it in its stretch of text (`1 `, `○`, `(1)`, `□`, `・`, a short prefix such as a city name) and
 * nothing but a closing mark, a space or について follows.
 */
export function headingsIn(text: string): { at: number; program: ProgramName }[] {
  const found: { at: number; program: ProgramName }[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(BRACKETED)) {
    // "研修(地域力強化推進事業)を実施": a name in parentheses inside a sentence is a mention, not a heading.
    if (m[0].startsWith('(') && !/^\s*$|[。\s]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    found.push({ at: m.index, program: programOf(m[1]) });
    covered.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(PROGRAM_NAME)) {
    if (covered.some(([from, to]) => m.index >= from && m.index < to)) continue;
    const stretch = stretchBefore(text, m.index);
    const prefix = stretch.replace(/[\s\-○◯□■◆●・【<(]|\d+\s*[.．]?|\(\d+\)|^[アイウエ]\s/g, '');
    const after = text.slice(m.index + m[0].length);
    if (prefix.length <= 4 && !/[「『]/.test(stretch) && /^(?:\s|$|[】>)(※]|について)/.test(after)) {
      found.push({ at: m.index - stretch.length + stretch.search(/\S|$/), program: programOf(m[0]) });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A line that is only a short program name (`多機関協働`, `地域力強化`): a heading in its abbreviated form. */
const ABBREVIATED_LINE = /^[\s○◯□■◆●・\-\d.()]*(地域力強化(?:推進)?|(?:多機関|他機関)(?:の|との)?協働)\s*[:]?\s*$/;

/** Section-5 lines cut at their program headings; text before the first heading has no program unless the record runs one. */
export function splitProgramSegments(lines: SourceLine[], programs: ProgramName[]): ProgramSegment[] {
  const segments: ProgramSegment[] = [];
  let current: ProgramName | null = programs.length === 1 ? programs[0] : null;
  for (const line of lines) {
    const text = foldOutcomeText(line.text);
    if (!text) continue;
    if (line.program) current = line.program;
    const short = ABBREVIATED_LINE.exec(text);
    if (short) {
      current = programOf(short[1]);
      continue;
    }
    let from = 0;
    for (const h of headingsIn(text)) {
      if (h.at > from) segments.push({ program: current, line: line.line_no, text: text.slice(from, h.at).trim() });
      current = h.program;
      from = h.at;
    }
    const rest = text.slice(from).trim();
    if (rest) segments.push({ program: current, line: line.line_no, text: rest });
  }
  return segments;
}
