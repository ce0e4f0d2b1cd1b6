import { readFileSync } from 'node:fs';
import { CurationFileError, readCurationFile, type CurationFile } from '../outcomes/curations.js';

/** `--curations <file>`: the analyst's curation file, or a clear error naming the file. */
export function loadCurationFile(file: string): CurationFile {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CurationFileError(`${file}: 読めません (${(e as Error).message})`);
  }
  return readCurationFile(json, file);
}
