/**
 * Meetings counted by their dates: "市圏域でのネットワーク会議については、6月13日(水)、11月22日(木)に開催し" is 2回
 * held, though no count is written. Read as a measure of its own, labelled by the words before the first date.
 */
import type { Measure } from './measure.js';
import { cleanLabel } from './labels.js';

const DATE = String.raw`\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\([^()]{1,3}\))?`;
const MONTH = String.raw`\d{1,2}\s*月`;
/** Two or more dates (or months joined by ・) followed by に開催 / 開催済 / 実施: each date is one meeting held. */
const DATED_LIST = new RegExp(String.raw`(?:(?:${DATE})(?:\s*[、,・]\s*(?:${DATE}))+|(?:${MONTH})(?:\s*・\s*(?:${MONTH}))+)\s*(?:に|で)?\s*(?:開催|実施)(?:し|した|済)`, 'g');

export function datedCounts(text: string): Measure[] {
  const out: Measure[] = [];
  for (const m of text.matchAll(DATED_LIST)) {
    const dates = m[0].match(/\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g) ?? [];
    const sentenceStart = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf(' ・', m.index), 0);
    const rawLabel = text.slice(sentenceStart, m.index);
    const label = cleanLabel(rawLabel.replace(/(?:について|については)[、,\s]*$/, ''));
    if (!label) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, tail: m.index + m[0].length, value: dates.length, valueMax: null,
      unit: '回', family: '回', per: null, qualifier: null, statistic: null, perUnit: null,
      label, rawLabel, labelInherited: false, matchText: label, drop: false, marker: null, linkedTarget: null, altPerMonth: null,
    });
  }
  return out;
}
