import type { RecentEntry } from '../../common/api.js';
import { nodeFileOps, writeFileAtomic, type FileOps } from './fileOps.js';


export const RECENT_LIMIT = 10;

/** Recently opened or saved notebooks, most recent first, one JSON file in the user-data folder. */
export class RecentList {
  constructor(
    readonly file: string,
    /** Where a ref lives on disk, so entries whose file is gone can be pruned. */
    private readonly locate: (ref: string) => string | null,
    private readonly ops: FileOps = nodeFileOps,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The list without entries whose file no longer exists (the pruned list is written back). */
  async list(): Promise<RecentEntry[]> {
    const stored = await this.read();
    const kept: RecentEntry[] = [];
    for (const entry of stored) {
      const file = this.locate(entry.ref);
      if (file !== null && (await this.ops.mtime(file)) !== null) kept.push(entry);
    }
    if (kept.length !== stored.length) await this.write(kept);
    return kept;
  }

  async touch(ref: string, title: string): Promise<RecentEntry[]> {
    const next = [{ ref, title, openedAt: this.now().toISOString() }, ...(await this.read()).filter((e) => e.ref !== ref)].slice(0, RECENT_LIMIT);
    await this.write(next);
    return next;
  }

  async has(ref: string): Promise<boolean> {
    return (await this.read()).some((e) => e.ref === ref);
  }

  private async read(): Promise<RecentEntry[]> {
    let text: string;
    try {
      text = await this.ops.readText(this.file);
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(text);
      const items = (parsed as { items?: unknown }).items;
      // Our own bookkeeping: a damaged list is dropped rather than blocking the app.
      return Array.isArray(items) ? items.filter(isEntry).slice(0, RECENT_LIMIT) : [];
    } catch {
      return [];
    }
  }

  private write(items: RecentEntry[]): Promise<void> {
    return writeFileAtomic(this.ops, this.file, `${JSON.stringify({ version: 1, items }, null, 2)}\n`);
  }
}

function isEntry(v: unknown): v is RecentEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.ref === 'string' && typeof e.title === 'string' && typeof e.openedAt === 'string';
}
