import type { CharSlip } from './charSlip.js';

/**
 * Standard terms of Japanese community welfare — the bodies, posts, plans and services a report on 包括的支援体制
 * names (社会福祉法, 介護保険法, 生活困窮者自立支援法 spell them so) — each cut into its own coinage and the everyday
 * word it ends with. A slip is looked for in the coinage only: the everyday tail changed makes another real word
 * (社会福祉審議会 beside 社会福祉協議会, 相談支援専門職 beside 相談支援専門員). The program names the form prints are
 * checked against the form itself (ocrSlips.ts). Terms whose near twins are words of their own are left out:
 * 地域福祉計画 (地区福祉計画), 生活困窮者 (生活困窮世帯), 福祉事務所 (福祉事業所), 権利擁護 (権利保護), 制度の狭間
 * (制度の隙間).
 */
const TERMS = [
  '民生|委員', '民生|児童委員', '主任|児童委員', '社会福祉|協議会', '社会福祉|士', '精神保健|福祉士', '地域包括|支援センター',
  '基幹相談|支援センター', '子育て世代包括|支援センター', '自立相談|支援', '介護支援|専門員', '相談支援|専門員',
  '生活支援|コーディネーター', '生活支援体制|整備事業', '重層的支援体制|整備事業', '地域包括ケア|システム', '地域共生|社会',
  '成年後見|制度', '日常生活自立|支援事業', '要保護児童対策|地域協議会',
].map((t) => {
  const [head, tail] = t.split('|');
  return { term: head + tail, head, tail };
});
const WHOLE = new Set(TERMS.map((t) => t.term));
const HAN = /\p{Script=Han}/u;
/**
 * The shape of a twin as one pattern, the cheap test that rules lines out (the terms themselves are common, their
 * twins rare): the head's first character, as many others as the head has but not the head itself, then the tail
 * (民(?!生委員).委員).
 */
export const ANY_TERM_TWIN = new RegExp(TERMS.map(({ head, tail }) => `${head[0]}(?!${head.slice(1)}${tail})${'.'.repeat(head.length - 1)}${tail}`).join('|'));

/**
 * Phrases one kanji from a standard term (民政委員 for 民生委員): the tail as the term writes it, and a head of the same
 * length differing in one kanji replaced by a kanji. The head's first character is never the one compared: a different
 * first kanji starts another word (学生委員, 市民生活). A phrase that is itself a listed term is none of its twins.
 */
export function domainTermTwins(text: string, around: (index: number, length: number) => string): CharSlip[] {
  const slips: CharSlip[] = [];
  for (const { term, head, tail } of TERMS) {
    for (let hit = text.indexOf(tail, head.length); hit >= 0; hit = text.indexOf(tail, hit + 1)) {
      const start = hit - head.length;
      if (text[start] !== head[0]) continue;
      let at = -1;
      for (let k = 1; k < head.length; k++) {
        if (text[start + k] === head[k]) continue;
        if (at >= 0) {
          at = -1;
          break;
        }
        at = k;
        if (!HAN.test(head[k]) || !HAN.test(text[start + k])) break;
      }
      const written = text.slice(start, hit + tail.length);
      if (at < 0 || !HAN.test(head[at]) || !HAN.test(text[start + at]) || WHOLE.has(written)) continue;
      slips.push({ code: 'ocr_word_suspect', written, suggested: term, context: around(start, term.length), reference: 'term' });
    }
  }
  return slips;
}
