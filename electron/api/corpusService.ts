import path from 'node:path';
import { corpusToIpc } from '../arrow/toArrow.js';
import type { CorpusInfo, TableEntry } from '../../common/api.js';
import { encodeCorpusBundle } from '../../common/corpusBundle.js';
import { TABLE_NAMES, type TableName } from '../../common/tables.js';
import type { ParsedCorpus } from '../corpus/types.js';

export interface CorpusService {
  info(): Promise<CorpusInfo>;
  tables(): Promise<TableEntry[]>;
  /** Arrow IPC stream bytes of one table. */
  table(name: TableName): Promise<Uint8Array>;
  /** The summary and every table in one Arrow IPC stream (common/corpusBundle.ts). */
  bundle(): Promise<Uint8Array>;
  /** Starts parsing now, so the first request finds the corpus ready (or nearer to it); a failure waits for that request. */
  warm(): void;
  /** The corpus as parsed, before the analyst's curations. */
  parsed(): Promise<ParsedCorpus>;
  /** Curations changed: the curated tables are made again on next use (the parse itself is kept). */
  invalidateCurated(): void;
}

interface Loaded {
  parsed: ParsedCorpus;
  ipc: Map<TableName, Uint8Array>;
  bundle: Uint8Array | null;
}

/**
 * Parses the corpus once, on first use, then applies the analyst's curations (again after each change) and keeps the
 * Arrow bytes of every table until the curations change.
 */
export function createCorpusService(
  corpusPath: string,
  load: (file: string) => ParsedCorpus | Promise<ParsedCorpus>,
  curate: (parsed: ParsedCorpus) => Promise<ParsedCorpus> = async (p) => p,
): CorpusService {
  let raw: Promise<ParsedCorpus> | null = null;
  let curated: Promise<Loaded> | null = null;
  const parsed = () => {
    raw ??= Promise.resolve().then(() => load(corpusPath));
    // A failed parse is not cached, so fixing the file and retrying works without a restart.
    raw.catch(() => {
      raw = null;
    });
    return raw;
  };
  const get = () => {
    curated ??= parsed().then(async (p) => {
      const done = await curate(p);
      return { parsed: done, ipc: new Map(corpusToIpc(done).map((t) => [t.name, t.ipc])), bundle: null };
    });
    curated.catch(() => {
      curated = null;
    });
    return curated;
  };
  const bytesOf = async (name: TableName) => {
    const bytes = (await get()).ipc.get(name);
    if (!bytes) throw new Error(`テーブル ${name} はありません`);
    return bytes;
  };
  const tables = async (): Promise<TableEntry[]> => {
    const { parsed: p } = await get();
    return Promise.all(TABLE_NAMES.map(async (name) => ({ name, rows: p[name].length, bytes: (await bytesOf(name)).byteLength })));
  };
  const info = async (): Promise<CorpusInfo> => {
    const { parsed: p } = await get();
    return {
      file: path.basename(corpusPath),
      lines: p.lines.length,
      entities: p.entities.length,
      warnings: p.parse_warnings.length,
      tables: await tables(),
    };
  };
  return {
    info,
    tables,
    table: bytesOf,
    bundle: async () => {
      const loaded = await get();
      loaded.bundle ??= encodeCorpusBundle({ info: await info(), tables: await Promise.all(TABLE_NAMES.map(async (name) => ({ name, ipc: await bytesOf(name) }))) });
      return loaded.bundle;
    },
    warm: () => void get().catch(() => undefined),
    parsed,
    invalidateCurated: () => {
      curated = null;
    },
  };
}
