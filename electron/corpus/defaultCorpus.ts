import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, found from this module's own place (electron/corpus/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled FY2018 corpus. */
export const DEFAULT_CORPUS_PATH = path.join(PROJECT_ROOT, 'seeds', '000_28d5abefee45edbb.txt');
