import {
  CELL_KINDS,
  CELL_NAME_PATTERN,
  MAX_CELLS,
  NOTEBOOK_FORMAT,
  NOTEBOOK_VERSION,
  RESERVED_NAMES,
  type CellKind,
  type JsonValue,
  type Notebook,
} from '../../common/notebookFormat.js';
import { CURATION_LIMITS, curationIssues } from '../../common/curations.js';
import { themeIssues } from '../../common/search/themes.js';

/** One problem found in a notebook, at a path such as `cells[2].spec`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; notebook: Notebook } | { ok: false; issues: ValidationIssue[] };

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isJsonValue(v: unknown, depth = 0): v is JsonValue {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  if (isObject(v)) return Object.values(v).every((x) => isJsonValue(x, depth + 1));
  return false;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const CELL_KEYS: Record<CellKind, { required: string[]; optional: string[] }> = {
  markdown: { required: ['id', 'kind', 'source'], optional: [] },
  sql: { required: ['id', 'kind', 'name', 'source'], optional: ['cached'] },
  pivot: { required: ['id', 'kind', 'name', 'input', 'spec'], optional: ['cached'] },
  chart: { required: ['id', 'kind', 'input', 'spec'], optional: [] },
};

class Checker {
  readonly issues: ValidationIssue[] = [];

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** Flags missing and unknown keys; returns false when a required key is missing. */
  keys(value: Obj, path: string, required: string[], optional: string[]): boolean {
    let complete = true;
    for (const k of required) {
      if (!(k in value)) {
        this.fail(path ? `${path}.${k}` : k, '必須の項目がありません (required field missing)');
        complete = false;
      }
    }
    for (const k of Object.keys(value)) {
      if (!required.includes(k) && !optional.includes(k)) this.fail(path ? `${path}.${k}` : k, '未知の項目です (unknown field)');
    }
    return complete;
  }

  string(value: unknown, path: string, opts: { nonEmpty?: boolean; max?: number } = {}): value is string {
    if (typeof value !== 'string') {
      this.fail(path, '文字列である必要があります (must be a string)');
      return false;
    }
    if (opts.nonEmpty && value.trim() === '') {
      this.fail(path, '空にできません (must not be empty)');
      return false;
    }
    if (opts.max !== undefined && value.length > opts.max) {
      this.fail(path, `${opts.max}文字以内にしてください (at most ${opts.max} characters)`);
      return false;
    }
    return true;
  }

  time(value: unknown, path: string): void {
    if (this.string(value, path) && (!ISO_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
      this.fail(path, 'ISO 8601 の日時である必要があります (must be an ISO 8601 date-time)');
    }
  }
}

function checkMetadata(c: Checker, value: unknown): void {
  if (!isObject(value)) {
    c.fail('metadata', 'オブジェクトである必要があります (must be an object)');
    return;
  }
  c.keys(value, 'metadata', ['title', 'created', 'updated', 'corpora', 'cacheResults'], ['imports', 'themes', 'curations']);
  if ('curations' in value) checkCurations(c, value.curations);
  if ('title' in value) c.string(value.title, 'metadata.title', { max: 200 });
  if ('created' in value) c.time(value.created, 'metadata.created');
  if ('updated' in value) c.time(value.updated, 'metadata.updated');
  if ('corpora' in value) {
    if (!Array.isArray(value.corpora)) c.fail('metadata.corpora', '配列である必要があります (must be an array)');
    else value.corpora.forEach((x, i) => c.string(x, `metadata.corpora[${i}]`, { nonEmpty: true }));
  }
  if ('cacheResults' in value && typeof value.cacheResults !== 'boolean') {
    c.fail('metadata.cacheResults', '真偽値である必要があります (must be true or false)');
  }
  if ('imports' in value) {
    if (!Array.isArray(value.imports)) c.fail('metadata.imports', '配列である必要があります (must be an array)');
    else {
      value.imports.forEach((x, i) => {
        const at = `metadata.imports[${i}]`;
        if (!isObject(x)) return c.fail(at, 'オブジェクトである必要があります (must be an object)');
        if (!c.keys(x, at, ['name', 'file'], [])) return;
        c.string(x.name, `${at}.name`, { nonEmpty: true, max: 63 });
        c.string(x.file, `${at}.file`, { nonEmpty: true, max: 255 });
      });
    }
  }
  if ('themes' in value) for (const issue of themeIssues(value.themes, 'metadata.themes')) c.fail(issue.path, issue.message);
}

/** The curations a notebook carries: each one as strict as in the curation file. */
function checkCurations(c: Checker, value: unknown): void {
  const at = 'metadata.curations';
  if (!isObject(value)) return c.fail(at, 'オブジェクトである必要があります (must be an object)');
  if (!c.keys(value, at, ['corpus', 'corpus_hash', 'curations'], [])) return;
  c.string(value.corpus, `${at}.corpus`, { nonEmpty: true, max: 200 });
  c.string(value.corpus_hash, `${at}.corpus_hash`, { max: 128 });
  if (!Array.isArray(value.curations)) return c.fail(`${at}.curations`, '配列である必要があります (must be an array)');
  if (value.curations.length > CURATION_LIMITS.perCorpus) return c.fail(`${at}.curations`, `${CURATION_LIMITS.perCorpus} 件までです (too many curations)`);
  value.curations.forEach((x, i) => {
    for (const issue of curationIssues(x, `${at}.curations[${i}]`)) {
      const split = issue.indexOf(': ');
      c.fail(issue.slice(0, split), issue.slice(split + 2));
    }
  });
}

function checkCached(c: Checker, value: unknown, path: string): void {
  if (!isObject(value)) {
    c.fail(path, 'オブジェクトである必要があります (must be an object)');
    return;
  }
  if (!c.keys(value, path, ['columns', 'rows', 'rowCount', 'ranAt'], [])) return;
  const columns = value.columns;
  if (!Array.isArray(columns) || !columns.every((x) => typeof x === 'string')) {
    c.fail(`${path}.columns`, '文字列の配列である必要があります (must be an array of strings)');
    return;
  }
  if (!Array.isArray(value.rows)) {
    c.fail(`${path}.rows`, '配列である必要があります (must be an array)');
  } else {
    value.rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== columns.length || !row.every((x) => isJsonValue(x))) {
        c.fail(`${path}.rows[${i}]`, `列数 ${columns.length} の値の配列である必要があります (must be an array of ${columns.length} JSON values)`);
      }
    });
  }
  if (typeof value.rowCount !== 'number' || !Number.isInteger(value.rowCount) || value.rowCount < 0) {
    c.fail(`${path}.rowCount`, '0以上の整数である必要があります (must be a non-negative integer)');
  }
  c.time(value.ranAt, `${path}.ranAt`);
}

function checkCell(c: Checker, value: unknown, path: string, earlierNames: Set<string>, ids: Set<string>): void {
  if (!isObject(value)) {
    c.fail(path, 'オブジェクトである必要があります (must be an object)');
    return;
  }
  const kind = value.kind;
  if (typeof kind !== 'string' || !(CELL_KINDS as readonly string[]).includes(kind)) {
    c.fail(`${path}.kind`, `セルの種類は ${CELL_KINDS.join(' / ')} のいずれかです (unknown cell kind)`);
    return;
  }
  const shape = CELL_KEYS[kind as CellKind];
  c.keys(value, path, shape.required, shape.optional);
  if ('id' in value && c.string(value.id, `${path}.id`, { nonEmpty: true, max: 64 })) {
    if (ids.has(value.id)) c.fail(`${path}.id`, `セルID「${value.id}」が重複しています (duplicate cell id)`);
    ids.add(value.id);
  }
  if ('source' in value) c.string(value.source, `${path}.source`);
  if ('input' in value && c.string(value.input, `${path}.input`, { nonEmpty: true })) {
    if (!earlierNames.has(value.input)) {
      c.fail(`${path}.input`, `「${value.input}」はこのセルより前のセルの結果名ではありません (must name an earlier cell's result)`);
    }
  }
  if ('spec' in value && (!isObject(value.spec) || !isJsonValue(value.spec))) {
    c.fail(`${path}.spec`, 'JSON オブジェクトである必要があります (must be a JSON object)');
  }
  if ('cached' in value) checkCached(c, value.cached, `${path}.cached`);
  if ('name' in value && c.string(value.name, `${path}.name`)) {
    const name = value.name;
    if (!CELL_NAME_PATTERN.test(name)) {
      c.fail(`${path}.name`, '結果名は英字または _ で始まる英数字と _ だけにしてください (letters, digits and _ only)');
    } else if (RESERVED_NAMES.includes(name.toLowerCase())) {
      c.fail(`${path}.name`, `「${name}」はコーパスの表の名前なので使えません (reserved table name)`);
    } else if (earlierNames.has(name)) {
      c.fail(`${path}.name`, `結果名「${name}」が重複しています (duplicate result name)`);
    }
    earlierNames.add(name);
  }
}

/** Strict check of a parsed notebook against format version 1; every problem is reported with its path. */
export function validateNotebook(value: unknown): ValidationResult {
  const c = new Checker();
  if (!isObject(value)) {
    return { ok: false, issues: [{ path: '', message: 'ノートブックは JSON オブジェクトである必要があります (must be a JSON object)' }] };
  }
  c.keys(value, '', ['format', 'version', 'metadata', 'cells'], []);
  if ('format' in value && value.format !== NOTEBOOK_FORMAT) c.fail('format', `"${NOTEBOOK_FORMAT}" である必要があります`);
  if ('version' in value && value.version !== NOTEBOOK_VERSION) c.fail('version', `${NOTEBOOK_VERSION} である必要があります`);
  if ('metadata' in value) checkMetadata(c, value.metadata);
  if ('cells' in value) {
    if (!Array.isArray(value.cells)) c.fail('cells', '配列である必要があります (must be an array)');
    else if (value.cells.length > MAX_CELLS) c.fail('cells', `セルが ${value.cells.length.toLocaleString('ja-JP')} 個あります。開けるのは ${MAX_CELLS.toLocaleString('ja-JP')} 個までです (too many cells)`);
    else {
      const names = new Set<string>();
      const ids = new Set<string>();
      value.cells.forEach((cell, i) => checkCell(c, cell, `cells[${i}]`, names, ids));
    }
  }
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  return { ok: true, notebook: value as unknown as Notebook };
}

export function formatIssues(issues: ValidationIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => `${i.path || '(全体)'}: ${i.message}`);
  if (issues.length > limit) shown.push(`ほか ${issues.length - limit} 件`);
  return shown.join('\n');
}
