import type { RecordOutline } from './outline.js';
import { fold, squash } from './text.js';
import type { ProgramName, ProgramRow } from './types.js';

type ProgramCells = Omit<ProgramRow, 'corpus' | 'entity_id'>;

/** One row per program the record runs, from the ①②④ cells of its section. */
export function readPrograms(outline: RecordOutline, run: ProgramName[], fallbackLine: number): ProgramCells[] {
  return run.map((program) => {
    const section = outline.sections.find((s) => s.program === program && !s.results);
    const cell = (pattern: RegExp) =>
      outline.fields.find((f) => f.program === program && section && f.section.startsWith(`${section.code}.`) && pattern.test(f.label.replace(/\s+/g, '')));
    const implementerCell = cell(/^実施主体/);
    const { implementer, contractor } = splitImplementer(implementerCell?.value ?? '');
    const planned = program === '多機関協働事業' ? cell(/配置予定人数/) : undefined;
    return {
      program,
      implementer,
      contractor,
      project_name: squash(cell(/^事業名/)?.value ?? '') || null,
      suishinin_planned: planned ? readHeadCount(planned.value) : null,
      line_start: section?.line_start ?? fallbackLine,
      line_end: section?.line_end ?? fallbackLine,
    };
  });
}

/**
 * The ①実施主体(委託先) cell, read as the form asks: "A (B)", A who runs the program and B the organisation it is
 * contracted to ("札幌市(札幌市社会福祉協議会)", "釧路市(委託先:一般社団法人 …)"). Only names go into the two columns:
 * - a bracket saying how the program is run, not by whom (直営, 一部委託, 公募, a tally of か所), or naming only kinds
 *   of body ("公益財団法人、社会医療法人", "社会福祉法人、NPO法人等"), is no contractor;
 * - the words around a named contractor that say how (一部、…へ委託, …への補助事業, 一部委託先:) are dropped;
 * - an authority and an organisation side by side without a joining word ("矢巾町 矢巾町社会福祉協議会(一部委託)",
 *   "藤沢市 (委託)社会福祉法人…") are 実施主体 and 委託先 in the form's order, unless the cell says 直営;
 * - a ※ remark and a count of places ("なごみの家 9 か所") are no name.
 * The table has no column for how a program is run (直営, 一部委託, 補助事業, 公募): those words stay in the cell's
 * text in `fields`. A cell that names nobody ("直営", "委託:2か所(…) 直営:1か所") is kept whole as the implementer.
 */
export function splitImplementer(raw: string): { implementer: string | null; contractor: string | null } {
  const text = squash(fold(raw));
  if (!text) return { implementer: null, contractor: null };
  const { outside, brackets } = splitBrackets(text.replace(/\s*※.*$/, ''));
  const contractors: string[] = [];
  const kept: string[] = [];
  let manner = '';
  for (const inner of brackets) {
    const named = contractorIn(inner);
    if (named) contractors.push(named);
    else if (MANNER.test(inner) || isKindsOnly(inner.replace(CONTRACTOR_PREFIX, ''))) manner += ` ${inner}`;
    else kept.push(`(${inner})`);
  }
  manner += ` ${outside}`;
  const names = squash(outside.replace(PLACE_COUNT, ' ').replace(/\s+/g, ' '));
  let implementer = squash([names, ...kept].join(''));
  if (!names && !contractors.length) return { implementer: text, contractor: null };
  if (!contractors.length) {
    const [first, second, ...rest] = segments(names);
    if (second && !rest.length && isAuthority(first) && ORG.test(second) && !/直営/.test(manner.replace(/\S*委託\S*/g, ''))) {
      implementer = squash([first, ...kept].join(''));
      contractors.push(second);
    }
  }
  return { implementer: implementer || null, contractor: contractors.join('、') || null };
}

/** "委託先:", "一部委託先:" before the contractor's name. */
const CONTRACTOR_PREFIX = /^(一部)?委託先\s*:?\s*/;
/** Words naming an organisation (a 法人, a 協議会 …). */
const ORG = /法人|協議会|協会|会社|センター|NPO|財団|社団|組合|福祉会|事業団|調査会|研究所/;
/** Words saying how a program is run or how its contractor is chosen, not by whom. */
const MANNER = /^(一部)?(直営|委託|補助(事業)?)$|公募|募集|\d\s*か所/;
/** The legal forms of a body, which alone name none. */
const KIND = /(公益|一般)?(社団|財団)法人|社会福祉法人|社会医療法人|医療法人|特定非営利活動法人|NPO法人|株式会社|有限会社|合同会社/g;
/** "なごみの家 9 か所", "委託:2か所": a count of places with what it counts. */
const PLACE_COUNT = /\S*\s*\d+\s*か所\S*/g;

/** The organisation(s) a bracket names as contractor, without the words saying how; null when it names none. */
function contractorIn(inner: string): string | null {
  const prefixed = CONTRACTOR_PREFIX.exec(inner);
  const named = inner
    .slice(prefixed ? prefixed[0].length : 0)
    .replace(/^一部\s*[、,]?\s*/, '')
    .replace(/\s*(へ|に)の?(補助事業|補助|委託)(事業)?$/, '')
    .trim();
  if (!named || MANNER.test(named) || isKindsOnly(named)) return null;
  return prefixed || ORG.test(named) ? named : null;
}

/** "公益財団法人、社会医療法人", "NPO法人等": kinds of body, no name. */
function isKindsOnly(text: string): boolean {
  return ORG.test(text) && text.replace(KIND, '').replace(/[等、,・\s]/g, '') === '';
}

/** A local authority's name on its own: "矢巾町", "秋田県井川町". */
function isAuthority(name: string): boolean {
  return /^\S+[都道府県市区町村]$/.test(name) && !ORG.test(name);
}

/** Names separated by white space; a legal form on its own joins the name after it. A list (及び, 、) is one name. */
function segments(text: string): string[] {
  if (/[、,・]|及び|並びに/.test(text)) return [text];
  const out: string[] = [];
  for (const token of text.split(' ')) {
    if (out.length && out[out.length - 1].replace(KIND, '') === '') out[out.length - 1] += ` ${token}`;
    else out.push(token);
  }
  return out;
}

/** The text outside top-level brackets (a space where each stood) and each bracket's content, nested ones kept. */
function splitBrackets(text: string): { outside: string; brackets: string[] } {
  let outside = '';
  let depth = 0;
  let current = '';
  const brackets: string[] = [];
  for (const ch of text) {
    if (ch === '(') {
      if (depth++ > 0) current += ch;
    } else if (ch === ')' && depth > 0) {
      if (--depth > 0) current += ch;
      else {
        brackets.push(current.trim());
        current = '';
        outside += ' ';
      }
    } else if (depth > 0) current += ch;
    else outside += ch;
  }
  if (depth > 0) outside += `(${current}`;
  return { outside: squash(outside), brackets: brackets.filter(Boolean) };
}

/**
 * The planned head-count of 相談支援包括化推進員: "6人", "1名", "2人(正規職員1人、臨時職員1人)" (the count before the
 * brackets), "常勤1人、非常勤1人" (a list: summed), "配置は行わない" (0). Counts per place ("各2人") need a reader: null.
 */
export function readHeadCount(raw: string): number | null {
  const text = fold(raw);
  if (/配置(は|を)?(行わない|しない|なし)|配置予定なし/.test(text)) return 0;
  if (/各\s*\d+\s*(人|名)/.test(text)) return null;
  const outside = text.replace(/\([^)]*\)/g, ' ').replace(/※.*$/, '');
  const counts = [...outside.matchAll(/(\d+)\s*(?:人|名)/g)].map((m) => Number(m[1]));
  if (counts.length === 0) return null;
  return counts.reduce((a, b) => a + b, 0);
}
