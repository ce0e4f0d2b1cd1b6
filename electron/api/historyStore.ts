import { readFileSync } from 'node:fs';
import type { HistoryEntry } from '../../common/api.js';
import { nodeFileOps, writeFileAtomic } from '../notebooks/fileOps.js';


export const HISTORY_LIMIT = 200;

/** SQL history as one JSON file: newest first, no duplicates, written atomically so a crash never truncates it. */
export class HistoryStore {
  /** Adds run one after another, so two quick runs cannot both read the old list and lose one of them. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  list(): HistoryEntry[] {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  add(sql: string, now = new Date()): Promise<HistoryEntry[]> {
    return this.serially(async () => {
      const trimmed = sql.trim();
      if (!trimmed) return this.list();
      const next = [{ sql: trimmed, ranAt: now.toISOString() }, ...this.list().filter((e) => e.sql !== trimmed)].slice(0, HISTORY_LIMIT);
      await this.write(next);
      return next;
    });
  }

  clear(): Promise<HistoryEntry[]> {
    return this.serially(async () => {
      await this.write([]);
      return [];
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.pending.then(task, task);
    this.pending = run.catch(() => undefined);
    return run;
  }

  /** The notebooks' atomic write: temp file, fsync, rename, fsync of the folder. */
  private write(entries: HistoryEntry[]): Promise<void> {
    return writeFileAtomic(nodeFileOps, this.file, JSON.stringify(entries, null, 1));
  }
}

function isEntry(value: unknown): value is HistoryEntry {
  return typeof value === 'object' && value !== null && typeof (value as HistoryEntry).sql === 'string' && typeof (value as HistoryEntry).ranAt === 'string';
}
