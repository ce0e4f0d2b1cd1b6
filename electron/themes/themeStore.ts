import { readFile } from 'node:fs/promises';
import { THEME_FORMAT, THEME_VERSION, themeIssues, type Theme, type ThemeFile } from '../../common/search/themes.js';
import { nodeFileOps, writeFileAtomic } from '../notebooks/fileOps.js';

/**
 * The coding themes as one JSON file (`themes.json` in the user data folder): written atomically, saves one after
 * another. A file that cannot be read or is not a valid themes file is never written over: its themes may be work
 * this version cannot read.
 */
export class ThemeStore {
  private pending: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  async load(): Promise<Theme[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const parsed = parseThemeFile(text);
    if (!parsed) throw new Error(`テーマのファイル ${this.file} を読めません（壊れているか別の形式）。ファイルを直すか移してください。`);
    return parsed;
  }

  save(themes: Theme[]): Promise<Theme[]> {
    const run = this.pending.then(async () => {
      await this.load();
      const file: ThemeFile = { format: THEME_FORMAT, version: THEME_VERSION, themes };
      await writeFileAtomic(nodeFileOps, this.file, `${JSON.stringify(file, null, 2)}\n`);
      return themes;
    });
    this.pending = run.catch(() => undefined);
    return run;
  }
}

/** The themes of a file's text, or null when it is not a valid themes file of this version. */
export function parseThemeFile(text: string): Theme[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const file = value as Partial<ThemeFile>;
  if (file.format !== THEME_FORMAT || file.version !== THEME_VERSION || themeIssues(file.themes).length > 0) return null;
  return file.themes as Theme[];
}
