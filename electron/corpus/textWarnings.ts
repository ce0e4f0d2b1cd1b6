import type { ByteIssue } from './decode.js';
import { invalidEntities } from './text.js';
import type { WarningRow } from './types.js';

/**
 * Warnings about the characters of the text itself, each on its own line: bytes that were not UTF-8 (replaced by
 * U+FFFD) and character references that name no character (kept as written). Neither stops a record.
 */
export function byteIssueWarning(b: ByteIssue, owner: string | null, corpus: string): WarningRow {
  return {
    corpus, line_no: b.line, entity_id: owner, code: 'invalid_utf8',
    message: `${corpus}:${b.line}:${b.column}: UTF-8 として読めないバイト 0x${b.byte.toString(16).toUpperCase().padStart(2, '0')} を U+FFFD (�) に置き換えました (invalid byte at byte column ${b.column})`,
  };
}

/** The warning for a line (1-based `lineNo`) holding character references that name no character, or null. */
export function entityWarning(text: string, lineNo: number, owner: string | null, corpus: string): WarningRow | null {
  const bad = invalidEntities(text);
  if (bad.length === 0) return null;
  return {
    corpus, line_no: lineNo, entity_id: owner, code: 'invalid_entity',
    message: `${corpus}:${lineNo}: 文字を表さない文字参照 ${bad.slice(0, 3).join(' ')} はそのまま残しました (character reference names no character)`,
  };
}
