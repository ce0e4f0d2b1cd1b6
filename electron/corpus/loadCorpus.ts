import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CorpusReadError, decodeCorpus } from './decode.js';
import { parseCorpusText } from './parseCorpus.js';
import type { ParsedCorpus } from './types.js';

/** Reads and parses one corpus file. Unreadable files throw a CorpusReadError naming file and line. */
export function loadCorpusFile(filePath: string): ParsedCorpus {
  const name = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CorpusReadError(filePath, null, code === 'ENOENT' ? 'ファイルが見つかりません (file not found)' : `読み込めません (${code ?? String(e)})`);
  }
  const decoded = decodeCorpus(bytes, filePath);
  return parseCorpusText(decoded.text, name, decoded.issues);
}
