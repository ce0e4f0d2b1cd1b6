import { ImportError } from './importError.js';

export type TextEncoding = 'utf-8' | 'shift_jis';

/**
 * A CSV as Excel and e-Stat write it: UTF-8 with or without a BOM, or Shift_JIS (cp932). Tried in that order, each
 * strictly; a file that is neither is refused with a message, never read as mojibake.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3), file), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes), encoding: 'shift_jis' };
    } catch {
      throw new ImportError(file, 'UTF-8 でも Shift_JIS でも読めません。UTF-8 で保存し直してください (neither UTF-8 nor Shift_JIS)');
    }
  }
}

function strict(encoding: TextEncoding, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, `BOM があるのに ${encoding} として読めません (invalid ${encoding})`);
  }
}
