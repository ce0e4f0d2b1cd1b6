import { createHash } from 'node:crypto';
import path from 'node:path';
import { nodeFileOps, writeFileAtomic, type FileOps } from './fileOps.js';
import type { RecoveryCopy } from '../../common/api.js';
import type { Notebook } from '../../common/notebookFormat.js';
import { validateNotebook } from './validate.js';


const RECOVERY_FORMAT = 'kyosei-notebook-recovery';

export const SESSION_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

/** Autosave copies in `<user data>/recovery`, one per open notebook, offered again after a crash. */
export class RecoveryStore {
  constructor(
    readonly dir: string,
    private readonly locate: (ref: string) => string | null,
    private readonly ops: FileOps = nodeFileOps,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A saved notebook is keyed by its ref; an unsaved one by the window's session id. */
  static keyFor(ref: string | null, session: string): string {
    const basis = ref === null ? `session:${session}` : `ref:${ref}`;
    return createHash('sha256').update(basis).digest('hex').slice(0, 24);
  }

  async autosave(ref: string | null, session: string, notebook: Notebook): Promise<string> {
    const key = RecoveryStore.keyFor(ref, session);
    const record = { format: RECOVERY_FORMAT, ref, autosavedAt: this.now().toISOString(), notebook };
    await writeFileAtomic(this.ops, this.fileFor(key), `${JSON.stringify(record)}\n`);
    return key;
  }

  async discard(key: string): Promise<void> {
    if (!/^[0-9a-f]{24}$/.test(key)) return;
    await this.ops.unlink(this.fileFor(key)).catch(() => undefined);
  }

  /** Copies worth offering on start: newer than their saved file. Stale or unreadable copies are removed. */
  async pending(): Promise<RecoveryCopy[]> {
    const copies: RecoveryCopy[] = [];
    for (const name of await this.ops.list(this.dir)) {
      const m = /^([0-9a-f]{24})\.json$/.exec(name);
      if (!m) continue;
      const copy = await this.read(m[1]);
      if (copy === null) {
        await this.discard(m[1]);
        continue;
      }
      const file = copy.ref === null ? null : this.locate(copy.ref);
      const savedAt = file === null ? null : await this.ops.mtime(file);
      if (savedAt !== null && Date.parse(copy.autosavedAt) <= savedAt) {
        await this.discard(m[1]);
        continue;
      }
      copies.push(copy);
    }
    return copies.sort((a, b) => b.autosavedAt.localeCompare(a.autosavedAt));
  }

  private fileFor(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  private async read(key: string): Promise<RecoveryCopy | null> {
    try {
      const parsed = JSON.parse(await this.ops.readText(this.fileFor(key))) as Record<string, unknown>;
      if (parsed.format !== RECOVERY_FORMAT || typeof parsed.autosavedAt !== 'string') return null;
      if (parsed.ref !== null && typeof parsed.ref !== 'string') return null;
      const checked = validateNotebook(parsed.notebook);
      if (!checked.ok) return null;
      return { key, ref: parsed.ref, autosavedAt: parsed.autosavedAt, notebook: checked.notebook };
    } catch {
      return null;
    }
  }
}
