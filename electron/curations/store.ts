import { createHash } from 'node:crypto';
import path from 'node:path';
import { CURATION_LIMITS, type Curation, type CurationFile } from '../../common/curations.js';
import { UserError } from '../../common/result.js';
import { nodeFileOps, removeStaleTempFiles, writeFileAtomic, type FileOps } from '../notebooks/fileOps.js';
import { CurationFileError, readCurationFile } from '../outcomes/curations.js';

/** A curation file larger than this is not read (5,000 curations with long notes stay well under it). */
export const MAX_CURATION_FILE_CHARS = 16 * 1024 * 1024;

/** A curation file the workbench cannot read: it is reported and never written over. */
export class CurationStoreError extends UserError {
  constructor(message: string) {
    super('refused', message);
    this.name = 'CurationStoreError';
  }
}

/** A curation's id when its file gave none: stable for as long as the curation is unchanged. */
export function derivedId(c: Curation): string {
  const key = JSON.stringify([c.action, c.entity_id, c.target.line, c.result.line, c.extracted ?? null, c.when]);
  return `c-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** Where a corpus's curations live: `<data>/curations/<corpus file name>.curations.json`, beside the notebooks. */
export function curationFileFor(dataDir: string, corpus: string): string {
  if (!/^[^/\\]{1,200}$/.test(corpus) || corpus.startsWith('.')) throw new CurationStoreError(`コーパス名「${corpus}」ではファイルを作れません`);
  return path.join(dataDir, 'curations', `${corpus}.curations.json`);
}

/**
 * One corpus's curation file: read whole, changed by a function, written atomically (readable by her account only),
 * changes queued one after another so two quick clicks never lose one. A file it cannot read is never replaced.
 */
export class CurationStore {
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly ops: FileOps = nodeFileOps,
  ) {}

  /** The file's curations (every one with an id), or null when there is no file yet. */
  async read(): Promise<CurationFile | null> {
    if ((await this.ops.mtime(this.file)) === null) return null;
    let text: string;
    try {
      text = await this.ops.readText(this.file);
    } catch (e) {
      throw new CurationStoreError(`確認の記録「${path.basename(this.file)}」を読めません (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    if (text.length > MAX_CURATION_FILE_CHARS) throw new CurationStoreError(`確認の記録「${path.basename(this.file)}」が大きすぎます (${text.length} 文字)`);
    let file: CurationFile;
    try {
      file = readCurationFile(text, path.basename(this.file));
    } catch (e) {
      if (e instanceof CurationFileError) throw new CurationStoreError(`${e.message} — このファイルは上書きしません。直すか別の場所へ移してください`);
      throw e;
    }
    return { ...file, curations: file.curations.map((c) => ({ ...c, id: c.id ?? derivedId(c) })) };
  }

  /** Reads, changes and writes the file, after the changes queued before it. */
  change<T>(corpus: string, corpusHash: string, edit: (curations: Curation[]) => { curations: Curation[]; value: T }): Promise<T> {
    const run = this.pending.then(async () => {
      const current = await this.read();
      const { curations, value } = edit(current?.curations ?? []);
      if (curations.length > CURATION_LIMITS.perCorpus) throw new CurationStoreError(`確認は 1 つのコーパスにつき ${CURATION_LIMITS.perCorpus} 件までです`);
      const next: CurationFile = { version: 1, corpus_hash: corpusHash, corpus, curations };
      await removeStaleTempFiles(this.ops, this.file);
      await writeFileAtomic(this.ops, this.file, `${JSON.stringify(next, null, 1)}\n`);
      return value;
    });
    this.pending = run.catch(() => undefined);
    return run;
  }
}
