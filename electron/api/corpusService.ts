import path from 'node:path';
import { corpusToIpc } from '../arrow/toArrow.js';
import type { CorpusInfo, TableEntry } from '../../common/api.js';
import type { TableName } from '../../common/tables.js';
import type { ParsedCorpus } from '../corpus/types.js';



export interface CorpusService {
  info(): Promise<CorpusInfo>;
  tables(): Promise<TableEntry[]>;
  /** Arrow IPC stream bytes of one table. */
  table(name: TableName): Promise<Uint8Array>;
}

/** Parses the corpus once, on first use, and keeps the Arrow bytes of every table. */
export function createCorpusService(corpusPath: string, load: (file: string) => ParsedCorpus | Promise<ParsedCorpus>): CorpusService {
  let cached: Promise<{ parsed: ParsedCorpus; ipc: Map<TableName, Uint8Array> }> | null = null;
  const get = () => {
    cached ??= (async () => {
      const parsed = await load(corpusPath);
      return { parsed, ipc: new Map(corpusToIpc(parsed).map((t) => [t.name, t.ipc])) };
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
  return {
    info: async () => {
      const { parsed } = await get();
      return {
        file: path.basename(corpusPath),
        lines: parsed.lines.length,
        entities: parsed.entities.length,
        warnings: parsed.parse_warnings.length,
        tables: await tables(),
      };
    },
    tables,
    table: async (name) => {
      const bytes = (await get()).ipc.get(name);
      if (!bytes) throw new Error(`テーブル ${name} はありません`);
      return bytes;
    },
  };
}
