/** Turning the bytes of a corpus file into text, refusing what is not a UTF-8 text file. */

export class CorpusReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'CorpusReadError';
  }
}

/** One byte sequence that is not UTF-8, where it stands: line and byte column (1-based), and its first byte. */
export interface ByteIssue {
  line: number;
  column: number;
  byte: number;
}

export interface DecodedCorpus {
  text: string;
  /** Bad bytes, each replaced by U+FFFD in `text`; the parser reports each on its line and reads the rest. */
  issues: ByteIssue[];
}

/** More bad sequences than this and the file is not UTF-8 text with a slip in it, but another encoding or binary. */
const MAX_BAD_SEQUENCES = 64;

/**
 * Decodes UTF-8 (with or without BOM). A stray bad byte is a bad byte: it is replaced, and its line and column come
 * back for a warning, so one slip costs one line, not the file. A file that reads as Shift_JIS, or holds NUL bytes or
 * many bad sequences, is refused with a clear error naming the first bad line.
 */
export function decodeCorpus(bytes: Uint8Array, file: string): DecodedCorpus {
  if (bytes.length === 0) throw new CorpusReadError(file, null, '空のファイルです (the file is empty)');
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new CorpusReadError(file, lineOfOffset(bytes, nul), 'バイナリファイルのようです (NUL byte: not a text file)');
  }
  let text: string;
  let issues: ByteIssue[] = [];
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = invalidUtf8Offsets(bytes);
    if (bad.length >= 2 && readsAsShiftJis(bytes)) {
      throw new CorpusReadError(file, lineOfOffset(bytes, bad[0]), 'Shift_JIS のようです。UTF-8 に変換してください (not valid UTF-8)');
    }
    if (bad.length > MAX_BAD_SEQUENCES) {
      throw new CorpusReadError(file, lineOfOffset(bytes, bad[0]), `UTF-8 ではありません (${bad.length} bad byte sequences: not valid UTF-8)`);
    }
    text = new TextDecoder('utf-8').decode(bytes);
    issues = bad.map((offset) => ({ ...lineAndColumn(bytes, offset), byte: bytes[offset] }));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, issues };
}

/** Splits text into lines; CRLF and CR count as one line break, like LF. */
export function splitLines(text: string): string[] {
  // Without a carriage return (the usual case) a plain split does the same about twice as fast as the regex.
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  return { line: lineOfOffset(bytes, offset), column: offset - lineStart + 1 };
}

/** Where each bad sequence starts (a lead byte that cannot start one, or a sequence cut short), as the decoder sees them. */
function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0;
    // The second byte's range as the WHATWG decoder has it: no overlong forms, no surrogates, nothing past U+10FFFF.
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (ok && need > 0 && !(bytes[i + 1] >= lo && bytes[i + 1] <= hi)) ok = false;
    for (let k = 2; ok && k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      i += need + 1;
    } else {
      out.push(i);
      i += 1;
    }
  }
  return out;
}

function readsAsShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
