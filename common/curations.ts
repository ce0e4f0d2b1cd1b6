/**
 * The analyst's curations of attainment pairs: the shapes both processes share (the curation file, the API, a
 * notebook's metadata) and the one check every curation passes wherever it comes from. Plain data, no host code.
 */

export const CURATION_ACTIONS = ['accept', 'reject', 'correct', 'add'] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

/** The programs a pair may be filed under (the `program` values of the table contract). */
export const CURATION_PROGRAMS = ['地域力強化推進事業', '多機関協働事業', '都道府県事業'] as const;
export type CurationProgram = (typeof CURATION_PROGRAMS)[number];

export interface CuratedLine {
  line: number;
  /** The line's text when the curation was made. */
  text: string;
}

/** The pair as the analyst reads it (correct and add). */
export interface CuratedPair {
  program: CurationProgram;
  indicator: string;
  target: number;
  target_unit: string | null;
  result: number;
  result_unit: string | null;
  /** Given when the analyst puts both on another basis; else result ÷ target. */
  ratio?: number;
}

export interface Curation {
  /** Names the curation for update and remove; files written by hand may leave it out (one is derived). */
  id?: string;
  action: CurationAction;
  entity_id: string;
  target: CuratedLine;
  result: CuratedLine;
  /** The pair's target and result as extracted, when two pairs share the same two lines (栃木市 12件 ↔ 11件 and ↔ 40件). */
  extracted?: { target: number; result: number };
  pair?: CuratedPair;
  note: string;
  who: string;
  /** ISO 8601 time of the curation. */
  when: string;
}

export interface CurationFile {
  version: 1;
  /** The hash of the corpus lines the curations were made on (electron/outcomes/curations.ts corpusHash). */
  corpus_hash: string;
  /** The corpus file name, for a reader of the file. */
  corpus?: string;
  curations: Curation[];
}

/** What the workbench shows of one curation: applied, or stale and why (never applied then). */
export interface CurationView extends Curation {
  id: string;
  status: 'applied' | 'stale';
  /** Why a stale curation was not applied, in Japanese. */
  reason: string | null;
}

export interface CurationListing {
  corpus: string;
  corpus_hash: string;
  curations: CurationView[];
}

/** A curation as the renderer asks for it: the lines by number (their text is read from the corpus), no time or id. */
export interface CurationRequest {
  action: CurationAction;
  entity_id: string;
  target_line: number;
  result_line: number;
  extracted?: { target: number; result: number };
  pair?: CuratedPair;
  note: string;
  who: string;
}

export const CURATION_LIMITS = { note: 2_000, who: 100, indicator: 200, unit: 20, text: 20_000, entity: 200, perCorpus: 5_000 } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isLineNo = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10_000_000;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
export const CURATION_ID_PATTERN = /^[0-9a-z-]{1,40}$/;

function text(v: unknown, at: string, max: number, out: string[], nonEmpty = false): void {
  if (typeof v !== 'string') out.push(`${at}: 文字列が必要です`);
  else if (v.length > max) out.push(`${at}: ${max} 文字以内にしてください`);
  else if (nonEmpty && !v.trim()) out.push(`${at}: 空にできません`);
}

function unknownKeys(v: Obj, at: string, allowed: readonly string[], out: string[]): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) out.push(`${at}.${k}: 不明な項目です`);
}

/** Problems of a pair (correct, add): finite numbers, a positive target, a known program, bounded text. */
export function pairIssues(v: unknown, at: string): string[] {
  const out: string[] = [];
  if (!isObj(v)) return [`${at}: オブジェクトが必要です`];
  unknownKeys(v, at, ['program', 'indicator', 'target', 'target_unit', 'result', 'result_unit', 'ratio'], out);
  if (!(CURATION_PROGRAMS as readonly unknown[]).includes(v.program)) out.push(`${at}.program: ${CURATION_PROGRAMS.join(' | ')} のいずれかです`);
  text(v.indicator, `${at}.indicator`, CURATION_LIMITS.indicator, out, true);
  if (!isNum(v.target) || v.target <= 0) out.push(`${at}.target: 0 より大きい数が必要です`);
  if (!isNum(v.result) || v.result < 0) out.push(`${at}.result: 0 以上の数が必要です`);
  for (const k of ['target_unit', 'result_unit'] as const) if (v[k] !== null) text(v[k], `${at}.${k}`, CURATION_LIMITS.unit, out);
  if (v.ratio !== undefined && (!isNum(v.ratio) || v.ratio < 0)) out.push(`${at}.ratio: 0 以上の数が必要です`);
  return out;
}

function extractedIssues(v: unknown, at: string): string[] {
  if (v === undefined) return [];
  if (!isObj(v) || !isNum(v.target) || !isNum(v.result) || Object.keys(v).length !== 2) return [`${at}: {target, result} の数が必要です`];
  return [];
}

function actionPairIssues(action: unknown, pair: unknown, at: string): string[] {
  if (action === 'correct' || action === 'add') return pair === undefined ? [`${at}: ${String(action)} には pair (target, result の数値) が必要です`] : pairIssues(pair, `${at}.pair`);
  return pair === undefined ? [] : [`${at}.pair: ${String(action)} には pair を付けません`];
}

/** Every problem of one stored curation, with its path; empty when it is sound. */
export function curationIssues(v: unknown, at: string): string[] {
  if (!isObj(v)) return [`${at}: オブジェクトが必要です`];
  const out: string[] = [];
  unknownKeys(v, at, ['id', 'action', 'entity_id', 'target', 'result', 'extracted', 'pair', 'note', 'who', 'when'], out);
  if (v.id !== undefined && (typeof v.id !== 'string' || !CURATION_ID_PATTERN.test(v.id))) out.push(`${at}.id: 英小文字・数字・- で 40 文字までです`);
  if (!(CURATION_ACTIONS as readonly unknown[]).includes(v.action)) out.push(`${at}.action: accept | reject | correct | add のいずれかです`);
  text(v.entity_id, `${at}.entity_id`, CURATION_LIMITS.entity, out, true);
  for (const k of ['target', 'result'] as const) {
    const line = v[k];
    if (!isObj(line) || !isLineNo(line.line) || typeof line.text !== 'string') out.push(`${at}.${k}: {line, text} が必要です (line は 1 以上の整数)`);
    else if (line.text.length > CURATION_LIMITS.text) out.push(`${at}.${k}.text: 長すぎます`);
  }
  out.push(...extractedIssues(v.extracted, `${at}.extracted`), ...actionPairIssues(v.action, v.pair, at));
  text(v.note, `${at}.note`, CURATION_LIMITS.note, out);
  text(v.who, `${at}.who`, CURATION_LIMITS.who, out);
  if (typeof v.when !== 'string' || !ISO_TIME.test(v.when)) out.push(`${at}.when: ISO 8601 の日時が必要です`);
  return out;
}

/** Every problem of a curation request from the renderer. */
export function requestIssues(v: unknown, at: string): string[] {
  if (!isObj(v)) return [`${at}: オブジェクトが必要です`];
  const out: string[] = [];
  unknownKeys(v, at, ['action', 'entity_id', 'target_line', 'result_line', 'extracted', 'pair', 'note', 'who'], out);
  if (!(CURATION_ACTIONS as readonly unknown[]).includes(v.action)) out.push(`${at}.action: accept | reject | correct | add のいずれかです`);
  text(v.entity_id, `${at}.entity_id`, CURATION_LIMITS.entity, out, true);
  for (const k of ['target_line', 'result_line'] as const) if (!isLineNo(v[k])) out.push(`${at}.${k}: 1 以上の整数が必要です`);
  out.push(...extractedIssues(v.extracted, `${at}.extracted`), ...actionPairIssues(v.action, v.pair, at));
  text(v.note, `${at}.note`, CURATION_LIMITS.note, out);
  text(v.who, `${at}.who`, CURATION_LIMITS.who, out, true);
  return out;
}

/** The ratio a curated pair shows: the analyst's own, else result ÷ target to three places. */
export function curatedRatio(pair: CuratedPair): number {
  return pair.ratio ?? Math.round((pair.result / pair.target) * 1000) / 1000;
}

/** The key of the pair a curation is about: two curations with one key would fight over one pair. */
export function curationKey(c: Pick<Curation, 'entity_id' | 'target' | 'result' | 'extracted' | 'action'>): string {
  const extracted = c.extracted ? `${c.extracted.target}/${c.extracted.result}` : '';
  return `${c.entity_id}\t${c.target.line}\t${c.result.line}\t${c.action === 'add' ? 'add' : extracted}`;
}
