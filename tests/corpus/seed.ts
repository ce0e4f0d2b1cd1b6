import { readFileSync } from 'node:fs';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus.js';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus.js';
import { splitLines } from '../../electron/corpus/decode.js';
import type { ParsedCorpus } from '../../electron/corpus/types.js';

/** The bundled corpus as lines (index 0 is line 1). */
export const seedLines: string[] = splitLines(readFileSync(DEFAULT_CORPUS_PATH, 'utf8'));

/** Lines `from`..`to` (1-based, inclusive) of the bundled corpus: fixtures cut from the real text. */
export function cut(from: number, to: number): string[] {
  return seedLines.slice(from - 1, to);
}

let parsed: ParsedCorpus | null = null;
/** The bundled corpus parsed once per test file. */
export function bundled(): ParsedCorpus {
  parsed ??= loadCorpusFile(DEFAULT_CORPUS_PATH);
  return parsed;
}

export function entity(id: string) {
  const e = bundled().entities.find((x) => x.entity_id === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
}
