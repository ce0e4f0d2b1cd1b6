/**
 * What a number of section 5 is: an achievement (`result`), how often something meets or is planned to (`schedule`:
 * `多職種連携会議(年4回)`, `月1回のひきこもり家族会`, `隔月1回開催`, `年2回行うこととしている`), or the situation a
 * result is read against (`context`: 現状, 前年, 参考, a dated left side of an arrow). Only results are paired.
 */
import type { Measure } from './measure.js';

export type ResultKind = 'result' | 'schedule' | 'context';

/** The words naming a figure as where things stood, not what was done. */
export const CONTEXT_LABEL = /現状|前年|昨年|参考(?:値|として|:|\))|\(参考/;
/** A list of meetings someone attended: the frequencies in it are the meetings', not the program's achievements. */
const MEETINGS_ATTENDED = /(?:参加|出席)(?:した|している)(?:会議|会)|会議に(?:参加|出席)/;
/** Words after a frequency that make it an attribute of a meeting ("月1回開催の…会議") or a plan ("…こととしている"). */
const ATTRIBUTIVE_AFTER = /^\s*(?:開催|実施)?\s*の(?![\d\s]*[0-9])/;
const PLAN_AFTER = /^[^。、]{0,16}(?:こととしている|こととする|予定|計画)/;

function isFrequency(m: Measure, before: string): boolean {
  return m.family === '回' && (m.per === '月' || m.per === '年' || /(?:隔月|毎週|週)\s*(?:に)?\s*$/.test(before));
}

/** The open parenthesis right around `at` and the words in it before the number ("(ケアマネジャーの会・年"), or null. */
function openParenBefore(text: string, at: number): string | null {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open || at - open > 24) return null;
  return text.slice(open + 1, at);
}

export function kindOf(m: Measure, text: string): ResultKind {
  if (m.marker === 'baseline' || CONTEXT_LABEL.test(m.rawLabel)) return 'context';
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  if (!isFrequency(m, before)) return 'result';
  if (/隔月\s*(?:に)?\s*$/.test(before)) return 'schedule';
  // "多職種連携会議(年4回)", "(毎月1回開催・行政中心)", "(ケアマネジャーの会・年4回)": a meeting's rhythm in parentheses.
  const inParen = openParenBefore(text, m.start);
  if (inParen !== null && /(?:^|・|、|\s)(?:毎月|月に?|年に?|年間)?\s*$/.test(inParen) && !/\d/.test(inParen)) return 'schedule';
  const after = text.slice(m.tail, m.tail + 24);
  if (ATTRIBUTIVE_AFTER.test(after) || PLAN_AFTER.test(after)) return 'schedule';
  // The statement the number stands in: from the last sentence end or bullet (a 中黒 after a space) before it.
  const from = Math.max(text.lastIndexOf('。', m.start), text.lastIndexOf(' ・', m.start), 0);
  return MEETINGS_ATTENDED.test(text.slice(from, m.start)) ? 'schedule' : 'result';
}
