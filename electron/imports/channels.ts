import path from 'node:path';
import { channel } from '../ipc/channel.js';
import { none, obj, oneOf, str } from '../ipc/validate.js';
import { TABLE_NAMES } from '../../common/tables.js';
import { MAX_IMPORT_BYTES } from '../../common/api.js';
import { createImportStore } from './importStore.js';

const tableName = str({ min: 1, max: 63, pattern: /^[\p{L}_][\p{L}\p{N}_]{0,62}$/u });

/** The import channels; the API registry spreads these in. */
export function importChannels(ctx: { dataDir: string; corpusPath: string }) {
  const store = createImportStore(ctx.dataDir, path.basename(ctx.corpusPath));
  return {
    'imports.list': channel(none, () => store.list()),
    'imports.add': channel(
      obj({ name: tableName, fileName: str({ min: 1, max: 255 }), base64: str({ max: Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4 }) }),
      (a) => store.add(a.name, a.fileName, Buffer.from(a.base64, 'base64')),
    ),
    'imports.table': channel(obj({ name: tableName }), (a) => store.table(a.name)),
    'imports.remove': channel(obj({ name: tableName }), (a) => store.remove(a.name)),
    'imports.corpusTable': channel(obj({ name: tableName, table: oneOf(TABLE_NAMES) }), (a) => store.corpusTable(a.name, a.table)),
  };
}
