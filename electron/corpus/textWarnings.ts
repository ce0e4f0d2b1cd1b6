import type { ByteIssue } from './decode.js';
import { invalidEntities } from './text.js';
import type { WarningRow } from './types.js';

/**
 * Warnings about the characters of the text itself, each on its own line: bytes that were not UTF-8 (replaced by
 * U+FFFD) and character references that name no character (kept as written). Neither stops a record.
 */
export function textWarnings(lines: readonly string[], owner: readonly (string | null)[], corpus: string, byteIssues: readonly ByteIssue[]): WarningRow[] {
  const out: WarningRow[] = [];
  for (const b of byteIssues) {
    out.push({
      corpus, line_no: b.line, entity_id: owner[b.line - 1] ?? null, code: 'invalid_utf8',
      message: `${corpus}:${b.line}:${b.column}: UTF-8 として読めないバイト 0x${b.byte.toString(16).toUpperCase().padStart(2, '0')} を U+FFFD (�) に置き換えました (invalid byte at byte column ${b.column})`,
    });
  }
  lines.forEach((text, i) => {
    const bad = invalidEntities(text);
    if (bad.length === 0) return;
    out.push({
      corpus, line_no: i + 1, entity_id: owner[i], code: 'invalid_entity',
      message: `${corpus}:${i + 1}: 文字を表さない文字参照 ${bad.slice(0, 3).join(' ')} はそのまま残しました (character reference names no character)`,
    });
  });
  return out;
}
