import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The file-system operations the notebook store needs; injected so tests can simulate a crash at any step. */
export interface FileOps {
  readText(file: string): Promise<string>;
  /** Modification time in ms, or null when the file does not exist. */
  mtime(file: string): Promise<number | null>;
  /** Creates `file` (it must not exist), writes `text` and fsyncs it before closing. */
  writeNewSynced(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  syncDir(dir: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdirp(dir: string): Promise<void>;
  list(dir: string): Promise<string[]>;
}

export const nodeFileOps: FileOps = {
  readText: (file) => readFile(file, 'utf8'),
  async mtime(file) {
    try {
      return (await stat(file)).mtimeMs;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  },
  async writeNewSynced(file, text) {
    // Notebooks and history are the user's own: readable by her account only.
    const handle = await open(file, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  async syncDir(dir) {
    let handle;
    try {
      handle = await open(dir, 'r');
      await handle.sync();
    } catch (e) {
      // Windows cannot open or fsync a directory; the rename is still atomic there.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES') throw e;
    } finally {
      await handle?.close();
    }
  },
  unlink: (file) => unlink(file),
  mkdirp: async (dir) => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  },
  async list(dir) {
    try {
      return await readdir(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  },
};

/** Temp files live next to their target (same file system, so rename is atomic) and start with a dot. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFileOf(target: string, name: string): boolean {
  return name.startsWith(`.${path.basename(target)}.`) && name.endsWith('.tmp');
}

/**
 * Replaces `target` with `text` so that a crash at any moment leaves either the old file or the new one under the
 * real name, never a mix: write a temp file, fsync it, rename it over the target, fsync the directory.
 */
export async function writeFileAtomic(ops: FileOps, target: string, text: string): Promise<void> {
  const dir = path.dirname(target);
  await ops.mkdirp(dir);
  const tmp = tempPathFor(target);
  try {
    await ops.writeNewSynced(tmp, text);
    await ops.rename(tmp, target);
  } catch (e) {
    await ops.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await ops.syncDir(dir);
}

/** A temp file older than this was left by a process that died mid-save; a younger one may be another save's. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Removes temp files a killed process left next to `target`, and only those: another save's fresh temp file stays. */
export async function removeStaleTempFiles(ops: FileOps, target: string, nowMs = Date.now()): Promise<number> {
  const dir = path.dirname(target);
  let removed = 0;
  for (const name of await ops.list(dir)) {
    if (!isTempFileOf(target, name)) continue;
    const file = path.join(dir, name);
    const mtime = await ops.mtime(file);
    if (mtime === null || nowMs - mtime < STALE_TEMP_MS) continue;
    await ops.unlink(file).catch(() => undefined);
    removed++;
  }
  return removed;
}
