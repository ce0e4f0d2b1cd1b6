import { MAX_IMPORT_BYTES, type ImportedTableInfo } from '../../common/api';
import { TABLE_NAMES } from '../../common/tables';
import type { Result } from '../../common/result';
import { callApi, requireApi } from '../api/client';

/** The engine's side of an import: a table of its own replaces what stood under its name; a corpus appends rows. */
export interface TableLoader {
  replace(name: string, ipc: Uint8Array): Promise<void>;
  /** Puts one corpus's rows into a corpus table, replacing that corpus's rows there (a re-import never doubles them). */
  replaceCorpusRows(table: string, corpus: string, ipc: Uint8Array): Promise<void>;
  /** Takes an import out of the engine: its table dropped, or its corpus's rows deleted from every corpus table. */
  forget(info: ImportedTableInfo): Promise<void>;
}

/** Removes an import for good: its kept file, and what it put into the engine. */
export async function removeImport(info: ImportedTableInfo, load: TableLoader): Promise<void> {
  await requireApi('imports.remove', { name: info.name });
  await load.forget(info);
}

/** What the analyst has imported, as the main process keeps it. */
export async function listImports(): Promise<ImportedTableInfo[]> {
  return requireApi('imports.list', {});
}

/** Loads one import into the engine: its own table, or another corpus's rows beside the bundled corpus's. */
async function loadImport(info: ImportedTableInfo, load: TableLoader): Promise<void> {
  if (info.kind === 'corpus') {
    for (const table of TABLE_NAMES) await load.replaceCorpusRows(table, info.file, await requireApi('imports.corpusTable', { name: info.name, table }));
  } else {
    await load.replace(info.name, await requireApi('imports.table', { name: info.name }));
  }
}

/** A table name from a file name: its Japanese kept, anything SQL would need quoting for turned into _. */
export function tableNameFor(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, '').normalize('NFKC');
  const name = base.replace(/[^\p{L}\p{N}_]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  return /^[\p{L}_]/u.test(name) ? name : `t_${name}`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Sends one file to the main process, which reads and keeps it; then loads the table into the engine. */

export async function importFile(file: File, load: TableLoader): Promise<ImportedTableInfo> {
  // Checked before the file is read into memory; the main process checks again on arrival.
  if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name}: 大きすぎます (${(file.size / 1024 / 1024).toFixed(1)} MB、上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`);
  const name = tableNameFor(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const info = await requireApi('imports.add', { name, fileName: file.name, base64: toBase64(bytes) });
  await loadImport(info, load);
  return info;
}

/**
 * At start (and after the corpus is restored): every import loaded again; one that cannot be read is reported, not fatal.
 * `listing` lets the start ask for the list beside the corpus rather than after it.
 */
export async function loadImportedTables(load: TableLoader, listing: Promise<Result<ImportedTableInfo[]>> = callApi('imports.list', {})): Promise<ImportedTableInfo[]> {
  const listed = await listing;
  if (!listed.ok) return [];
  for (const t of listed.value) {
    if (t.kind === 'table' && t.columns.length === 0) continue;
    try {
      await loadImport(t, load);
    } catch (e) {
      t.problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  return listed.value;
}
