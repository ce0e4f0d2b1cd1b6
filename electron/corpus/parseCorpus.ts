import { readBasicStats, emptyStats } from './basicStats.js';
import { splitLines } from './decode.js';
import { readHeader } from './header.js';
import { outlineRecord, type FieldDraft, type RecordOutline } from './outline.js';
import { learnFormLayouts, type FormLayouts } from './formLayouts.js';
import { splitNote } from './notes.js';
import { charSlips, mayHoldSlips, slipMessage } from './ocrSlips.js';
import { recordWrites } from './oldForms.js';
import { nameSlipMessage, recordNameSlips, referenceNames } from './nameSlips.js';
import { readPrograms } from './programs.js';
import { isSeparator, lastContentLine, splitRecords, type RecordSpan } from './records.js';
import { normaliseLabel, stripTags } from './text.js';
import { formLabelFor } from './formLabels.js';
import { ATTACHMENT_LABEL } from './attachments.js';
import { readHeadingDate } from './statsTable.js';
import { readCells } from './cells.js';
import { PROGRAMS, type EntityKind, type EntityRow, type FieldRow, type ParsedCorpus, type ProgramName, type ProgramRow, type WarningRow } from './types.js';
import type { OutcomeRecord, SourceLine } from '../outcomes/types.js';
import type { ByteIssue } from './decode.js';
import { outcomesByRecord } from './outcomesByRecord.js';
import { byteIssueWarning, entityWarning } from './textWarnings.js';
import { rowSink, type CorpusSink } from './corpusSink.js';
import { WarningBuffer, WarningSource } from './warningOrder.js';
import { assignCodes } from '../codes/assignCodes.js';

/** One record read from the corpus, before its rows are added to the tables. */
export interface ParsedRecord {
  entity: EntityRow;
  programs: ProgramRow[];
  fields: FieldRow[];
  outcome: OutcomeRecord;
  usage: Map<number, string>;
  warnings: WarningRow[];
}

/** Parses the text of one corpus file into every table of the contract; `byteIssues` are the decoder's bad bytes. */
export function parseCorpusText(text: string, corpus: string, byteIssues: readonly ByteIssue[] = []): ParsedCorpus {
  const { sink, parsed } = rowSink(corpus);
  parseCorpusInto(text, corpus, byteIssues, sink);
  return parsed;
}

/**
 * Parses a corpus text record by record, handing each table's rows to `sink` in the table's order as soon as they are
 * final: only parse_warnings (about 1 % of the lines) is held until the end, to be ordered by line.
 */
export function parseCorpusInto(text: string, corpus: string, byteIssues: readonly ByteIssue[], sink: CorpusSink): void {
  const lines = splitLines(text);
  const spans = splitRecords(lines);
  const layouts = learnFormLayouts(lines);
  const warnings = new WarningBuffer();
  const seenIds = new Map<string, number>();
  const issueLines = new Set(byteIssues.map((b) => b.line));
  const issueOwner = new Map<number, string | null>();
  let next = 0;
  const noUsage = new Map<number, string>();
  /** The lines up to `last` (0-based), owned by `owner` and tagged by the record's usage. */
  const emitLines = (last: number, owner: string | null, usage: Map<number, string>) => {
    for (; next <= last; next++) {
      const text = lines[next];
      const lineNo = next + 1;
      let tag = usage.get(lineNo) ?? null;
      if (!tag && text.trim() !== '') {
        tag = 'parse_warnings';
        warnings.add(WarningSource.Line, {
          corpus, line_no: lineNo, entity_id: owner, code: owner ? 'unconsumed_line' : 'text_outside_records',
          message: `${corpus}:${lineNo}: どの規則にも読まれなかった行です (no rule consumed this line): ${text.slice(0, 60)}`,
        });
      }
      sink.add('lines', { corpus, line_no: lineNo, entity_id: owner, text, used_by: tag });
      if (issueLines.has(lineNo)) issueOwner.set(lineNo, owner);
      const bad = entityWarning(text, lineNo, owner, corpus);
      if (bad) warnings.add(WarningSource.Entities, bad);
    }
  };

  if (spans.length === 0 && lines.some((l) => l.trim())) {
    warnings.add(WarningSource.Corpus, { corpus, line_no: null, entity_id: null, code: 'no_records', message: `${corpus}: 「都道府県名」で始まる報告書が見つかりません (no record found)` });
  }

  spans.forEach((span, k) => {
    let record: ParsedRecord;
    try {
      record = parseRecord(lines, span, corpus, k === spans.length - 1, layouts);
    } catch (e) {
      record = unreadableRecord(lines, span, corpus, e);
    }
    const id = uniqueId(record.entity.entity_id, seenIds);
    if (id !== record.entity.entity_id) {
      warnings.add(WarningSource.Record, { corpus, line_no: span.start + 1, entity_id: id, code: 'duplicate_entity_id', message: `${record.entity.entity_id} が重複するため ${id} とします` });
      rename(record, id);
    }
    const codes = assignCodes([record.entity]);
    sink.add('entities', record.entity);
    for (const row of record.programs) sink.add('programs', row);
    for (const row of record.fields) sink.add('fields', row);
    for (const w of record.warnings) warnings.add(WarningSource.Record, w);
    emitLines(span.start - 1, null, noUsage);
    emitLines(span.end, id, record.usage);
    for (const row of codes.members) sink.add('area_members', row);
    for (const w of codes.warnings) warnings.add(WarningSource.Codes, w);
    const outcomes = outcomesByRecord([record.outcome], () => record.entity.line_start);
    for (const row of outcomes.tables.targets) sink.add('targets', row);
    for (const row of outcomes.tables.results) sink.add('results', row);
    for (const row of outcomes.tables.attainment) sink.add('attainment', row);
    for (const row of outcomes.tables.entity_attainment) sink.add('entity_attainment', row);
    for (const w of outcomes.warnings) warnings.add(WarningSource.Outcomes, w);
  });
  emitLines(lines.length - 1, null, noUsage);

  for (const b of byteIssues) warnings.add(WarningSource.Bytes, byteIssueWarning(b, issueOwner.get(b.line) ?? null, corpus));
  for (const w of warnings.sorted()) sink.add('parse_warnings', w);
}

/** The inputs of the outcome rules for every record of a corpus text (for tests and inspection of the pairing). */
export function buildOutcomeRecords(text: string, corpus: string): OutcomeRecord[] {
  const lines = splitLines(text);
  const spans = splitRecords(lines);
  const layouts = learnFormLayouts(lines);
  return spans.map((span, k) => parseRecord(lines, span, corpus, k === spans.length - 1, layouts).outcome);
}

function parseRecord(lines: string[], span: RecordSpan, corpus: string, isLast: boolean, layouts: FormLayouts): ParsedRecord {
  const outline = outlineRecord(lines, span.start, span.end, layouts);
  const headingLine = span.heading ? span.start + 1 : null;
  const header = readHeader(lines, outline.headerLines, headingLine);
  const warnings: WarningRow[] = [];
  const identity = identify(span, header.prefecture, header.municipality);
  const entity_id = identity.entity_id;
  const warn = (line: number | null, code: string, message: string) => warnings.push({ corpus, line_no: line, entity_id, code, message });

  if (!span.heading) warn(span.form + 1, 'record_without_heading', '報告書の見出し行 (都道府県 市区町村) がありません');
  if (!header.prefecture) warn(span.form + 1, 'header_incomplete', '都道府県名が読めません');
  if (header.strayMarks) warn(span.form + 1, 'stray_check_mark', `事業名より前にある○が ${header.strayMarks} 個あります`);
  for (const w of outline.warnings) warn(w.line, w.code, w.message);

  const basic = outline.sections.find((s) => s.code === '1-1');
  // The writer's as-of date in the 1-1 heading becomes a 注記 row (the heading itself is read by the outline).
  if (basic) readHeadingDate(outline, lines);
  if (!basic) warn(span.form + 1, 'basic_stats_missing', `${corpus}:${span.form + 1}: 1-1. 自治体の基本情報 の表がありません (missing 1-1 table)`);
  const { stats, warnings: statWarnings } = basic ? readBasicStats(outline.fields, identity.kind) : { stats: emptyStats(), warnings: [] };
  for (const w of statWarnings) warn(w.line, w.code, w.message);

  const resultsSection = outline.sections.find((s) => s.results);
  if (!resultsSection) {
    warn(span.end + 1, isLast ? 'record_truncated' : 'results_missing', isLast
      ? `${corpus}:${span.end + 1}: 最後の報告書が途中で終わっています (成果目標の達成状況 がありません)`
      : `${corpus}:${span.start + 1}: 成果目標の達成状況 の節がありません`);
  }

  const filled = filledPrograms(outline);
  const declined = declinedPrograms(outline);
  const hasProgramSections = outline.sections.some((s) => s.program);
  const runs = (p: ProgramName) => (hasProgramSections ? filled.has(p) && !declined.has(p) : header.marked.has(p));
  for (const p of PROGRAMS) {
    if (hasProgramSections && header.marked.has(p) !== filled.has(p)) {
      const why = declined.get(p);
      warn(span.form + 2, 'marks_disagree_with_sections', why
        ? `${p}: ○はなく節には記入がありますが、事業名に「${why}」とあるため実施していないとみなします (section filled, but it says the program is not used)`
        : filled.has(p)
          ? `${p}: ○はありませんが、事業の節に記入があるため実施とみなします (no check mark, but its section is filled)`
          : `${p}: ○がありますが、事業の節がないため実施していないとみなします (check mark, but no filled section)`);
    }
  }

  const entity: EntityRow = {
    corpus, entity_id, prefecture: identity.prefecture, municipality: identity.municipality, entity_kind: identity.kind, lg_code: null, municipality_kana: null,
    department: header.department, phone: header.phone, url: header.url,
    ...stats,
    marked_chiiki: header.marked.has('地域力強化推進事業'),
    marked_takikan: header.marked.has('多機関協働事業'),
    marked_prefectural: header.marked.has('都道府県事業'),
    runs_chiiki: runs('地域力強化推進事業'),
    runs_takikan: runs('多機関協働事業'),
    runs_prefectural: runs('都道府県事業'),
    line_start: span.start + 1,
    line_end: lastContentLine(lines, span.start, span.end) + 1,
  };

  const run = PROGRAMS.filter(runs);
  const programRows = readPrograms(outline, run, span.form + 2).map((p) => ({ corpus, entity_id, ...p }));
  for (const p of programRows) {
    if (p.program === '多機関協働事業' && p.suishinin_planned === null) {
      const cell = outline.fields.find((f) => f.program === p.program && /配置予定人数/.test(f.label));
      if (cell?.value) warn(cell.line_start, 'suishinin_not_numeric', `相談支援包括化推進員の配置予定人数「${cell.value.slice(0, 40)}」は人数として読めません`);
    }
  }

  // Results written without a program heading belong to the record's only program, when it runs just one.
  if (run.length === 1 && resultsSection) {
    for (const f of outline.fields) if (f.section === resultsSection.code && f.program === null) f.program = run[0];
  }
  const drafts: FieldDraft[] = [...header.fields, ...outline.fields];
  // Written out, not spread: a spread into a literal takes V8's slow path, and a corpus has tens of thousands of fields.
  const fields: FieldRow[] = drafts.map((f) => {
    const { value, note } = splitNote(f.value);
    const notes = f.note && note ? `${f.note}\n${note}` : (f.note ?? note);
    // Labels without the PDF's stray spaces, in this one place, so that one form cell has one spelling.
    let label = normaliseLabel(f.label);
    const known = formLabelFor(label);
    if (known) {
      warn(f.line_start, 'label_variant', `様式のラベル「${known}」が「${label}」と印字されています: 様式のラベルで読みます (the form's label printed one character off)`);
      label = known;
    }
    return { corpus, entity_id, program: f.program, section: f.section, label, value, note: notes, line_start: f.line_start, line_end: f.line_end };
  });

  const usage = new Map<number, string>(header.usage);
  // An old kanji form is warned where the record writes the same word in the modern form: the record's own text.
  const writes = recordWrites(lines, span.start, span.end);
  for (const [line, tags] of outline.usage) {
    usage.set(line, tags.join(','));
    const cell = tags.find((t) => t.startsWith('fields:')) ?? tags.find((t) => t.startsWith('heading:'));
    // One warning per slip and line: a line holding a table twice (HTML, then tabs) shows each slip twice.
    const seen = new Set<string>();
    for (const s of cell && mayHoldSlips(lines[line - 1]) ? charSlips(stripTags(lines[line - 1]), writes) : []) {
      if (!seen.has(s.code + s.context)) warn(line, s.code, slipMessage(s, cell!.slice(cell!.indexOf(':') + 1)));
      seen.add(s.code + s.context);
    }
  }

  // A name of the record written one character differently, in any cell (粕江市 for 狛江市): one warning per line and name.
  for (const slip of recordNameSlips(lines, usage, referenceNames(identity.prefecture, identity.municipality, identity.kind))) {
    warn(slip.line, 'name_ocr_slip', nameSlipMessage(slip, identity.municipality));
  }

  return {
    entity, programs: programRows, fields, usage, warnings,
    outcome: buildOutcomeRecord(lines, outline, corpus, entity),
  };
}

/** Prefecture, municipality, kind and id from the heading and the header's cells. */
function identify(span: RecordSpan, prefectureCell: string | null, municipalityCell: string | null) {
  const [headPref, ...headRest] = (span.heading ?? '').split(/\s+/);
  const prefecture = prefectureCell ?? headPref ?? '';
  const municipality = municipalityCell ?? headRest.join(' ');
  let kind: EntityKind = 'municipality';
  if (!municipality) kind = 'prefecture';
  else if ((span.heading && headRest.length === 0) || /[(（].*[、,].*[)）]/.test(municipality)) kind = 'area';
  const entity_id = kind === 'prefecture' ? prefecture : `${prefecture} ${municipality}`;
  return { prefecture, municipality, kind, entity_id: entity_id.trim() || `record@${span.form + 1}` };
}

/** The program sections (not the results section) by their code: "3" → 地域力強化推進事業. */
export function programSections(outline: RecordOutline): Map<string, ProgramName> {
  return new Map(outline.sections.filter((s) => s.program && !s.results).map((s) => [s.code, s.program!]));
}

/** "3.②" → "3": the top-level section a field belongs to. */
function topSection(section: string): string {
  const dot = section.indexOf('.');
  return dot < 0 ? section : section.slice(0, dot);
}

const hasContent = (value: string) => value.trim() !== '' && !/^[-—–‐]+$/.test(value.trim());

/** Programs whose section exists and holds at least one non-empty cell. */
function filledPrograms(outline: RecordOutline): Set<ProgramName> {
  const bySection = programSections(outline);
  const filled = new Set<ProgramName>();
  for (const f of outline.fields) {
    const program = bySection.get(topSection(f.section));
    if (program && hasContent(f.value)) filled.add(program);
  }
  return filled;
}

/** The form's own way of saying a section's program is not run: "②事業名 (補助事業は活用していない)". */
const NOT_USED = /活用していない|活用しない|実施していない|実施しない|行っていない|該当なし|予定なし/;

/** Programs whose section is filled but whose 事業名 says the program itself is not used, with those words. */
function declinedPrograms(outline: RecordOutline): Map<ProgramName, string> {
  const bySection = programSections(outline);
  const out = new Map<ProgramName, string>();
  for (const f of outline.fields) {
    if (!/^事業名/.test(f.label)) continue;
    const [code, item] = f.section.split('.');
    const program = bySection.get(code);
    if (program && item === '②' && NOT_USED.test(f.value)) out.set(program, f.value.replace(/^[(（]|[)）]$/g, ''));
  }
  return out;
}

function buildOutcomeRecord(lines: string[], outline: RecordOutline, corpus: string, entity: EntityRow): OutcomeRecord {
  const bySection = programSections(outline);
  const targetCells = outline.fields
    .filter((f) => f.program && /成果目標/.test(f.label) && bySection.has(topSection(f.section)) && hasContent(f.value))
    .map((f) => ({ program: f.program!, section: f.section, lines: fieldLines(lines, f) }));
  const results = outline.sections.find((s) => s.results);
  const resultLines: SourceLine[] = [];
  if (results) {
    // An attached document's item, which no heading names, takes the program the form's reader found for it.
    const attached = new Map<number, ProgramName>();
    for (const f of outline.fields) if (f.section === results.code && f.label === ATTACHMENT_LABEL && f.program) attached.set(f.line_start, f.program);
    for (let n = results.line_start + 1; n <= results.line_end; n++) {
      const text = lines[n - 1];
      if (text.trim() && !isSeparator(text)) resultLines.push({ line_no: n, text: stripTags(text), program: attached.get(n) });
    }
  }
  const programs = PROGRAMS.filter((p) =>
    p === '地域力強化推進事業' ? entity.runs_chiiki : p === '多機関協働事業' ? entity.runs_takikan : entity.runs_prefectural);
  return { corpus, entity_id: entity.entity_id, entity_kind: entity.entity_kind, programs, targetCells, resultLines };
}

/** The lines of a field's value, each stripped of tags; a one-line field is its own value (the line may hold more). */
function fieldLines(lines: string[], f: FieldDraft): SourceLine[] {
  if (f.line_start === f.line_end) return [{ line_no: f.line_start, text: f.value }];
  const out: SourceLine[] = [];
  for (let n = f.line_start; n <= f.line_end; n++) {
    // Read as cells, so a form input's text (<input value="(10%増)">) is kept as the cell reader keeps it.
    const text = readCells(lines[n - 1]).cells.join(' ');
    if (text && text.replace(/\s+/g, '') !== f.label.replace(/\s+/g, '') && !isSeparator(text)) out.push({ line_no: n, text });
  }
  return out;
}

function unreadableRecord(lines: string[], span: RecordSpan, corpus: string, error: unknown): ParsedRecord {
  const { entity_id, prefecture, municipality, kind } = identify(span, null, null);
  const message = `${corpus}:${span.start + 1}: この報告書を読めませんでした (${error instanceof Error ? error.message : String(error)})`;
  const usage = new Map<number, string>();
  for (let i = span.start; i <= span.end; i++) if (lines[i].trim()) usage.set(i + 1, 'parse_warnings:record_unreadable');
  return {
    entity: {
      corpus, entity_id, prefecture, municipality, entity_kind: kind, lg_code: null, municipality_kana: null, department: null, phone: null, url: null, ...emptyStats(),
      marked_chiiki: false, marked_takikan: false, marked_prefectural: false, runs_chiiki: false, runs_takikan: false, runs_prefectural: false,
      line_start: span.start + 1, line_end: span.end + 1,
    },
    programs: [], fields: [], usage,
    warnings: [{ corpus, line_no: span.start + 1, entity_id, code: 'record_unreadable', message }],
    outcome: { corpus, entity_id, entity_kind: kind, programs: [], targetCells: [], resultLines: [] },
  };
}

function uniqueId(id: string, seen: Map<string, number>): string {
  const n = (seen.get(id) ?? 0) + 1;
  seen.set(id, n);
  return n === 1 ? id : `${id} (${n})`;
}

function rename(record: ParsedRecord, id: string) {
  record.entity.entity_id = id;
  for (const r of [...record.programs, ...record.fields, ...record.warnings]) r.entity_id = id;
  record.outcome.entity_id = id;
}
