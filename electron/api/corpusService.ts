import path from 'node:path';
import { corpusToIpc } from '../arrow/toArrow.js';
import type { CorpusInfo, TableEntry } from '../../common/api.js';
import { encodeCorpusBundle } from '../../common/corpusBundle.js';
import type { TableName } from '../../common/tables.js';
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
}

interface Loaded {
  parsed: ParsedCorpus;
  ipc: Map<TableName, Uint8Array>;
  bundle: Uint8Array | null;
}

/** Parses the corpus once, on first use, and keeps the Arrow bytes of every table. */
export function createCorpusService(corpusPath: string, load: (file: string) => ParsedCorpus | Promise<ParsedCorpus>): CorpusService {
  let cached: Promise<Loaded> | null = null;
  const get = () => {
    cached ??= (async () => {
      const parsed = await load(corpusPath);
      return { parsed, ipc: new Map(corpusToIpc(parsed).map((t) => [t.name, t.ipc])), bundle: null };
    })();
    // A failed parse is not cached, so fixing the file and retrying works without a restart.
    cached.catch(() => {
      cached = null;
    });
    return cached;
  };
  const tables = async (): Promise<TableEntry[]> => {
    const { parsed, ipc } = await get();
    return [...ipc].map(([name, bytes]) => ({ name, rows: parsed[name].length, bytes: bytes.byteLength }));
  };
  const info = async (): Promise<CorpusInfo> => {
    const { parsed } = await get();
    return {
      file: path.basename(corpusPath),
      lines: parsed.lines.length,
      entities: parsed.entities.length,
      warnings: parsed.parse_warnings.length,
      tables: await tables(),
    };
  };
  return {
    info,
    tables,
    table: async (name) => {
      const bytes = (await get()).ipc.get(name);
      if (!bytes) throw new Error(`テーブル ${name} はありません`);
      return bytes;
    },
    bundle: async () => {
      const loaded = await get();
      loaded.bundle ??= encodeCorpusBundle({ info: await info(), tables: [...loaded.ipc].map(([name, ipc]) => ({ name, ipc })) });
      return loaded.bundle;
    },
    warm: () => void get().catch(() => undefined),
  };
}
