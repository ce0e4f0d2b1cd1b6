import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CorpusReadError, decodeCorpus, type ByteIssue } from './decode.js';
import { parseCorpusText } from './parseCorpus.js';
import type { ParsedCorpus } from './types.js';

/** Reads and decodes one corpus file: its name (the `corpus` column), its text and the bytes that were not UTF-8. */
export function readCorpusText(filePath: string): { name: string; text: string; issues: ByteIssue[] } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CorpusReadError(filePath, null, code === 'ENOENT' ? 'ファイルが見つかりません (file not found)' : `読み込めません (${code ?? String(e)})`);
  }
  const decoded = decodeCorpus(bytes, filePath);
  return { name: path.basename(filePath), text: decoded.text, issues: decoded.issues };
}

/** Reads and parses one corpus file. Unreadable files throw a CorpusReadError naming file and line. */
export function loadCorpusFile(filePath: string): ParsedCorpus {
  const { name, text, issues } = readCorpusText(filePath);
  return parseCorpusText(text, name, issues);
}
