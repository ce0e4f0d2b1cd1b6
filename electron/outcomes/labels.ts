/** The indicator words before a number, cleaned of bullets, periods, program names, particles and target wording. */

const HAS_DIGIT = /\d/;
const PROGRAM_HEADING = /(?:地域力強化(?:推進)?事業|(?:多機関|他機関|多職種)の?協働による包括的支援体制(?:構築|整備)?事業|都道府県事業)\s*(?:\([^()]*\))?/g;
const PERIOD_PAREN = /\([^()]*?(?:時点|現在|まで|月～|月-|\d+月分)[^()]*?\)/g;
const PERIOD = /(?:平成|令和|H)\s*\d+\s*(?:年度?|\.)\s*(?:\d+\s*(?:月|\.)\s*(?:\d+\s*日?)?)?\s*(?:末日?|まで(?:に|の)?|時点|現在|分)*|\d+\s*月\s*(?:\d+\s*日)?\s*(?:末日?|まで(?:に|の)?|時点|現在|分|で|に)+|\d+\s*年度/g;
const LEADING = /^(?:[\s\-・○◆●■□◎※>⇒→*【】<>「」:、,()のをがはに]+|から|より|なお|また|その内|そのうち|うち|\(\d+\)\s*|[①-⑳]\s*|\d+[.、]\s*|[アイウエオカキク](?:ー\s*\([アイウエオカ]\)|\)|\s)\s*)/;
const TRAILING = /(?:\d+\s*(?:か所|ヶ所|カ所|箇所|地区|拠点|区)|[\s:、,。はがをにでのと・\-=+(×⇒→]+|合計|計|のべ|延べ|述べ|約|およそ|概ね|各地区|年間|月平均|平均|毎月|1?月当たり|月あたり|年|月|累計|総数|として|において|に対し)$/;
const GENERIC_ONLY = /^(?:新規|累計|合計|計|総数|実施|開催|参加|達成|全体|その他)?$/;

export function cleanLabel(raw: string): string {
  // "…支援調整について →相談受付件数": after an arrow comes the result's own name.
  const arrow = Math.max(raw.lastIndexOf('→'), raw.lastIndexOf('⇒'));
  if (arrow >= 0 && arrow < raw.length - 1) {
    const after = cleanLabel(raw.slice(arrow + 1));
    if (after) return after;
  }
  // Each rewrite only where it can match (a program name needs 事業, a period in parentheses a "(", a period a digit).
  let s = raw.replace(/事業の成果目標|のべ|延べ|述べ|\(\d{4}\)/g, ' ');
  if (s.includes('事業')) s = s.replace(PROGRAM_HEADING, ' ');
  if (s.includes('(')) s = s.replace(PERIOD_PAREN, ' ');
  if (HAS_DIGIT.test(s)) s = s.replace(PERIOD, ' ');
  // "(これまで12回開催)ワークショップを…": the words before an unopened ")" belong to the parenthesis, not to this number.
  if (s.includes(')')) s = s.replace(/^[^()]*\)(?=\s*[^\s)])/, ' ');
  s = s.replace(/今年度|本年度|年度末|当初|現状|平成|令和|に対し|対し|\(?成果目標\)?|\(?目標\)?|実績|結果|\(?達成状況\)?/g, ' ');
  for (let guard = 0; guard < 12; guard++) {
    const next = s.replace(LEADING, '');
    if (next === s) break;
    s = next;
  }
  for (let guard = 0; guard < 12; guard++) {
    const next = s.replace(TRAILING, '');
    if (next === s) break;
    s = next;
  }
  s = s.replace(/\s+/g, ' ').trim();
  if (GENERIC_ONLY.test(s) || /^[\d\s,.]+\S{0,2}$/.test(s) || s.length < 2) return '';
  // The head noun of a Japanese phrase comes last: keep the end of a long one.
  return s.length > 40 ? s.slice(s.length - 40).trim() : s;
}

