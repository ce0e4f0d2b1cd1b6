import path from 'node:path';
import type { ImportedTable } from './readTableFile.js';

/** One line for the analyst: what was imported under which name, and what could not be read. */
export function importSummary(name: string, t: ImportedTable): string {
  const columns = t.columns.map((c) => `${c.name} (${c.kind === 'double' ? '数値' : '文字'})`).join(', ');
  const head = `${name} ← ${path.basename(t.file)}: ${t.rows.toLocaleString('ja-JP')} 行, ${t.columns.length} 列: ${columns}`;
  return t.problems.length ? `${head}\n${t.problems.join('\n')}` : head;
}
