import Encoding from 'encoding-japanese';

/**
 * A CSV text as Shift_JIS (cp932) bytes, for Excel versions that open CSV only in the system code page. Characters
 * Shift_JIS cannot hold become "?": `lost` counts them, so the analyst is told rather than surprised.
 */
export function toShiftJisCsv(csv: string): { bytes: Uint8Array; lost: number } {
  const text = csv.replace(/^\uFEFF/, '');
  const codes = Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }) as number[];
  const bytes = Uint8Array.from(codes);
  const back = Encoding.codeToString(Encoding.convert(codes, { to: 'UNICODE', from: 'SJIS' }) as number[]);
  let lost = 0;
  const a = [...text];
  const b = [...back];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) lost++;
  return { bytes, lost };
}
