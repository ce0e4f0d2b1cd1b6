/** The curation form's plain logic, apart from React: a pair row to a request, the form's text fields to numbers. */
import { CURATION_PROGRAMS, curatedRatio, type CurationAction, type CurationProgram, type CurationRequest, type CurationView } from '../../common/curations';
import { quoteText } from '../pivot/sqlText';

/** One attainment row as the panel lists it. */
export interface PairRow {
  program: string;
  indicator: string;
  target: number;
  target_unit: string | null;
  result: number;
  result_unit: string | null;
  ratio: number;
  confidence: string;
  method: string;
  target_line: number;
  result_line: number;
}

/** The form's fields as typed: text, so a half-typed number stays as she typed it. */
export interface PairForm {
  action: 'correct' | 'add';
  program: CurationProgram;
  indicator: string;
  target: string;
  target_unit: string;
  result: string;
  result_unit: string;
  ratio: string;
  target_line: string;
  result_line: string;
  note: string;
  /** The rules' values of the pair being corrected (two pairs may share its lines). */
  extracted?: { target: number; result: number };
}

/** The record's pairs that cite a line in the range shown. */
export function pairsInRangeSql(corpus: string, entityId: string, start: number, end: number): string {
  const from = Math.floor(start);
  const to = Math.floor(end);
  return `SELECT program, indicator, target, target_unit, result, result_unit, ratio, confidence, method, target_line, result_line
FROM attainment
WHERE corpus = ${quoteText(corpus)} AND entity_id = ${quoteText(entityId)}
  AND (target_line BETWEEN ${from} AND ${to} OR result_line BETWEEN ${from} AND ${to})
ORDER BY target_line, result_line, target`;
}

const asProgram = (p: string): CurationProgram => ((CURATION_PROGRAMS as readonly string[]).includes(p) ? (p as CurationProgram) : CURATION_PROGRAMS[0]);

/** A correction starts from the pair as the rules read it. */
export function formFromPair(pair: PairRow): PairForm {
  return {
    action: 'correct', program: asProgram(pair.program), indicator: pair.indicator, target: String(pair.target), target_unit: pair.target_unit ?? '',
    result: String(pair.result), result_unit: pair.result_unit ?? '', ratio: '', target_line: String(pair.target_line), result_line: String(pair.result_line),
    note: '', extracted: pair.method === 'extracted' ? { target: pair.target, result: pair.result } : undefined,
  };
}

/** A pair the rules missed starts from the lines she picked (or the range shown). */
export function emptyAddForm(targetLine: number, resultLine: number, program: string): PairForm {
  return { action: 'add', program: asProgram(program), indicator: '', target: '', target_unit: '', result: '', result_unit: '', ratio: '', target_line: String(targetLine), result_line: String(resultLine), note: '' };
}

/** An edit of her own curation starts from what she wrote. */
export function formFromCuration(c: CurationView): PairForm | null {
  if (!c.pair || (c.action !== 'correct' && c.action !== 'add')) return null;
  const p = c.pair;
  return {
    action: c.action, program: p.program, indicator: p.indicator, target: String(p.target), target_unit: p.target_unit ?? '', result: String(p.result),
    result_unit: p.result_unit ?? '', ratio: p.ratio === undefined ? '' : String(p.ratio), target_line: String(c.target.line), result_line: String(c.result.line),
    note: c.note, extracted: c.extracted,
  };
}

/** Full-width digits and grouping commas as she may type them: ４０ → 40, 1,000 → 1000. */
export function readNumber(text: string): number | null {
  const plain = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** The request the form makes, or the field at fault (a message key's field name). */
export function requestFromForm(form: PairForm, entityId: string, who: string): { ok: true; request: CurationRequest } | { ok: false; field: keyof PairForm } {
  const target = readNumber(form.target);
  const result = readNumber(form.result);
  const ratio = form.ratio.trim() ? readNumber(form.ratio) : undefined;
  const targetLine = readNumber(form.target_line);
  const resultLine = readNumber(form.result_line);
  if (!form.indicator.trim()) return { ok: false, field: 'indicator' };
  if (target === null || target <= 0) return { ok: false, field: 'target' };
  if (result === null || result < 0) return { ok: false, field: 'result' };
  if (ratio === null || (ratio !== undefined && ratio < 0)) return { ok: false, field: 'ratio' };
  if (targetLine === null || !Number.isInteger(targetLine) || targetLine < 1) return { ok: false, field: 'target_line' };
  if (resultLine === null || !Number.isInteger(resultLine) || resultLine < 1) return { ok: false, field: 'result_line' };
  const pair = { program: form.program, indicator: form.indicator.trim(), target, target_unit: form.target_unit.trim() || null, result, result_unit: form.result_unit.trim() || null, ...(ratio === undefined ? {} : { ratio }) };
  const request: CurationRequest = { action: form.action, entity_id: entityId, target_line: targetLine, result_line: resultLine, pair, note: form.note, who };
  if (form.extracted) request.extracted = form.extracted;
  return { ok: true, request };
}

/** A verdict on a pair as the rules made it: accept or reject, with her note. */
export function verdictRequest(action: Extract<CurationAction, 'accept' | 'reject'>, pair: PairRow, entityId: string, note: string, who: string): CurationRequest {
  return { action, entity_id: entityId, target_line: pair.target_line, result_line: pair.result_line, extracted: { target: pair.target, result: pair.result }, note, who };
}

/** The ratio the form will store, shown as she types. */
export function previewRatio(form: PairForm): number | null {
  const target = readNumber(form.target);
  const result = readNumber(form.result);
  const ratio = form.ratio.trim() ? readNumber(form.ratio) : undefined;
  if (ratio !== undefined) return ratio;
  if (target === null || target <= 0 || result === null) return null;
  return curatedRatio({ program: form.program, indicator: '', target, target_unit: null, result, result_unit: null });
}

/** Her curations about this record that cite a line in the range (rejected pairs are only here: the rules' row is gone). */
export function curationsInRange(curations: readonly CurationView[], entityId: string, start: number, end: number): CurationView[] {
  const inside = (n: number) => n >= start && n <= end;
  return curations.filter((c) => c.entity_id === entityId && (inside(c.target.line) || inside(c.result.line)));
}
