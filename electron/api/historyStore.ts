import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface HistoryEntry {
  sql: string;
  ranAt: string;
}

export const HISTORY_LIMIT = 200;

/** SQL history as one JSON file: newest first, no duplicates, written atomically so a crash never truncates it. */
export class HistoryStore {
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

  add(sql: string, now = new Date()): HistoryEntry[] {
    const trimmed = sql.trim();
    if (!trimmed) return this.list();
    const next = [{ sql: trimmed, ranAt: now.toISOString() }, ...this.list().filter((e) => e.sql !== trimmed)].slice(0, HISTORY_LIMIT);
    this.write(next);
    return next;
  }

  clear(): HistoryEntry[] {
    this.write([]);
    return [];
  }

  private write(entries: HistoryEntry[]): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(entries, null, 1), 'utf8');
    renameSync(tmp, this.file);
  }
}

function isEntry(value: unknown): value is HistoryEntry {
  return typeof value === 'object' && value !== null && typeof (value as HistoryEntry).sql === 'string' && typeof (value as HistoryEntry).ranAt === 'string';
}
