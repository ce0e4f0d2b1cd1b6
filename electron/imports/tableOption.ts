import { TABLE_NAMES } from '../../common/tables.js';
import { ImportError } from './importError.js';

const NAME = /^[\p{L}_][\p{L}\p{N}_]{0,62}$/u;

/** `--table mine=data.csv` → the table's name and file; the name may not hide a corpus table. */
export function parseTableOption(value: string): { name: string; spec: string } {
  const eq = value.indexOf('=');
  const name = eq > 0 ? value.slice(0, eq) : '';
  const spec = value.slice(eq + 1);
  if (!NAME.test(name) || !spec) throw new ImportError(value, '--table は 名前=ファイル の形で書いてください (e.g. --table mine=data.csv)');
  if ((TABLE_NAMES as readonly string[]).includes(name.toLowerCase())) throw new ImportError(value, `「${name}」はコーパスの表の名前なので使えません`);
  return { name, spec };
}
