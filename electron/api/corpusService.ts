import path from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { tableToArrow } from '../arrow/toArrow.js';
import type { CorpusInfo, TableEntry } from '../../common/api.js';
import { TABLE_NAMES, type TableName } from '../../common/tables.js';
import type { ParsedCorpus } from '../corpus/types.js';

export interface CorpusService {
  info(): Promise<CorpusInfo>;
  tables(): Promise<TableEntry[]>;
  /** Arrow IPC stream bytes of one table. */
  table(name: TableName): Promise<Uint8Array>;
  /** The corpus as parsed, before the analyst's curations. */
  parsed(): Promise<ParsedCorpus>;
  /** Curations changed: the curated tables are made again on next use (the parse itself is kept). */
  invalidateCurated(): void;
}

/**
 * Parses the corpus once, on first use, then applies the analyst's curations (again after each change); the Arrow
 * bytes of each table are made when first asked for and kept until the table can have changed.
 */
export function createCorpusService(
  corpusPath: string,
  load: (file: string) => ParsedCorpus | Promise<ParsedCorpus>,
  curate: (parsed: ParsedCorpus) => Promise<ParsedCorpus> = async (p) => p,
): CorpusService {
  let raw: Promise<ParsedCorpus> | null = null;
  let curated: Promise<{ parsed: ParsedCorpus; ipc: Map<TableName, Uint8Array> }> | null = null;
  const parsed = () => {
    raw ??= Promise.resolve().then(() => load(corpusPath));
    // A failed parse is not cached, so fixing the file and retrying works without a restart.
    raw.catch(() => {
      raw = null;
    });
    return raw;
  };
  const get = () => {
    curated ??= parsed().then(async (p) => ({ parsed: await curate(p), ipc: new Map<TableName, Uint8Array>() }));
    curated.catch(() => {
      curated = null;
    });
    return curated;
  };
  const bytesOf = async (name: TableName) => {
    const c = await get();
    let bytes = c.ipc.get(name);
    if (!bytes) {
      bytes = tableToIPC(tableToArrow(c.parsed, name), 'stream');
      c.ipc.set(name, bytes);
    }
    return bytes;
  };
  const tables = async (): Promise<TableEntry[]> => {
    const { parsed: p } = await get();
    return Promise.all(TABLE_NAMES.map(async (name) => ({ name, rows: p[name].length, bytes: (await bytesOf(name)).byteLength })));
  };
  return {
    info: async () => {
      const { parsed: p } = await get();
      return {
        file: path.basename(corpusPath),
        lines: p.lines.length,
        entities: p.entities.length,
        warnings: p.parse_warnings.length,
        tables: await tables(),
      };
    },
    tables,
    table: bytesOf,
    parsed,
    invalidateCurated: () => {
      curated = null;
    },
  };
}
