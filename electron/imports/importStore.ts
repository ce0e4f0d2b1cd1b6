import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type ImportedTableInfo } from '../../common/api.js';
import type { TableName } from '../../common/tables.js';
import { ImportError } from './importError.js';
import { readCorpusImport, type ImportedCorpus } from './corpusImport.js';
import { readTableFile, type ImportedTable } from './readTableFile.js';
import { parseTableOption } from './tableOption.js';

const FORMATS = ['.csv', '.tsv', '.txt', '.xlsx', '.parquet'];

function info(name: string, t: ImportedTable): ImportedTableInfo {
  return { kind: 'table', name, file: path.basename(t.file), rows: t.rows, columns: t.columns, problems: t.problems };
}

function corpusInfo(name: string, c: ImportedCorpus): ImportedTableInfo {
  return { kind: 'corpus', name, file: c.corpus, rows: c.entities, columns: [], problems: c.problems };
}

/**
 * The analyst's own tables: each imported file is kept as it came, as `<data>/imports/<table name><ext>`, readable by
 * her account only, and read again at every start. The file name is the table's name, so the folder is the list.
 */
export function createImportStore(dataDir: string, bundledCorpus: string) {
  const dir = path.join(dataDir, 'imports');
  const cache = new Map<string, Promise<ImportedTable>>();
  const corpora = new Map<string, ImportedCorpus>();
  const corpusOf = (name: string, file: string): ImportedCorpus | null => {
    if (!corpora.has(name)) {
      const c = readCorpusImport(file, path.basename(file), bundledCorpus);
      if (!c) return null;
      corpora.set(name, c);
    }
    return corpora.get(name)!;
  };
  const fileOf = async (name: string): Promise<string | null> => {
    for (const entry of await readdir(dir).catch(() => [] as string[])) {
      const ext = path.extname(entry).toLowerCase();
      if (FORMATS.includes(ext) && entry.slice(0, -ext.length) === name) return path.join(dir, entry);
    }
    return null;
  };
  const read = (name: string, file: string) => {
    let p = cache.get(name);
    if (!p) {
      p = readTableFile(file);
      cache.set(name, p);
      p.catch(() => cache.delete(name));
    }
    return p;
  };

  return {
    async list(): Promise<ImportedTableInfo[]> {
      const out: ImportedTableInfo[] = [];
      for (const entry of (await readdir(dir).catch(() => [] as string[])).sort()) {
        const ext = path.extname(entry).toLowerCase();
        if (!FORMATS.includes(ext) || entry.startsWith('.')) continue;
        const name = entry.slice(0, -ext.length);
        try {
          const corpus = ext === '.txt' ? corpusOf(name, path.join(dir, entry)) : null;
          out.push(corpus ? corpusInfo(name, corpus) : info(name, await read(name, path.join(dir, entry))));
        } catch (e) {
          out.push({ kind: 'table', name, file: entry, rows: 0, columns: [], problems: [e instanceof Error ? e.message : String(e)] });
        }
      }
      return out;
    },

    /** Takes a file in under `name`, replacing a table of that name; refused (and not kept) when it cannot be read. */
    async add(name: string, fileName: string, bytes: Uint8Array): Promise<ImportedTableInfo> {
      parseTableOption(`${name}=${fileName}`);
      const ext = path.extname(fileName).toLowerCase();
      if (!FORMATS.includes(ext)) throw new ImportError(fileName, `読める形式は CSV・TSV・XLSX・Parquet です (unsupported file type ${ext || '(none)'})`);
      if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError(fileName, `大きすぎます (${bytes.byteLength} バイト、上限 ${MAX_IMPORT_BYTES} バイト)`);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const tmp = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}${ext}`);
      await writeFile(tmp, bytes, { mode: 0o600 });
      if (ext === '.txt') {
        let corpus: ImportedCorpus | null;
        try {
          // One name for the corpus at import and at every later start: the stored file's.
          corpus = readCorpusImport(tmp, `${name}${ext}`, bundledCorpus);
        } catch (e) {
          await unlink(tmp).catch(() => undefined);
          throw e;
        }
        if (corpus) {
          const old = await fileOf(name);
          if (old) await unlink(old);
          await rename(tmp, path.join(dir, `${name}${ext}`));
          corpora.set(name, corpus);
          cache.delete(name);
          return corpusInfo(name, corpus);
        }
      }
      let table: ImportedTable;
      try {
        table = await readTableFile(tmp);
      } catch (e) {
        await unlink(tmp).catch(() => undefined);
        if (e instanceof ImportError) throw new ImportError(fileName, e.message.slice(e.message.indexOf(': ') + 2), e.line);
        throw e;
      }
      const old = await fileOf(name);
      if (old) await unlink(old);
      const target = path.join(dir, `${name}${ext}`);
      await rename(tmp, target);
      cache.set(name, Promise.resolve({ ...table, file: target }));
      return info(name, { ...table, file: fileName });
    },

    async table(name: string): Promise<Uint8Array> {
      const file = await fileOf(name);
      if (!file) throw new ImportError(name, '取り込んだ表が見つかりません (no such imported table)');
      return (await read(name, file)).ipc;
    },

    async corpusTable(name: string, table: TableName): Promise<Uint8Array> {
      const file = await fileOf(name);
      const corpus = file ? corpusOf(name, file) : null;
      if (!corpus) throw new ImportError(name, '取り込んだコーパスが見つかりません (no such imported corpus)');
      return corpus.tables.get(table)!;
    },

    async remove(name: string): Promise<null> {
      const file = await fileOf(name);
      cache.delete(name);
      corpora.delete(name);
      if (file) await unlink(file);
      return null;
    },
  };
}
