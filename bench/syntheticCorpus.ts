import { openSync, closeSync, writeSync } from 'node:fs';
import { splitRecords } from '../electron/corpus/records.js';
import { splitLines } from '../electron/corpus/decode.js';

/**
 * The text of a corpus `times` the size of the given one, piece by piece: the lines before the first record, then
 * every record repeated with its municipality renamed and its numbers altered, so that no two copies are the same
 * text (and no cache can help). Joined with '\n' the pieces are the whole text.
 */
export function* syntheticPieces(text: string, times: number): Generator<string> {
  const lines = splitLines(text);
  const spans = splitRecords(lines);
  const head = lines.slice(0, spans[0]?.start ?? 0);
  if (head.length) yield head.join('\n');
  for (let copy = 0; copy < times; copy++) {
    const out: string[] = [];
    for (const span of spans) {
      const record = lines.slice(span.start, span.end + 1);
      const name = span.heading?.split(/\s+/)[1];
      for (const line of record) {
        let l = copy === 0 ? line : line.replace(/(\d[\d,]*)(\s*\((?:人|世帯|校)\))/g, (_m, n: string, unit: string) =>
          `${Number(n.replace(/,/g, '')) + copy}${unit}`);
        if (copy > 0 && name) l = l.split(name).join(`${name}${copy}`);
        out.push(l);
      }
    }
    if (out.length) yield out.join('\n');
  }
}

/** A corpus `times` the size of the given one, as one string (see syntheticPieces). */
export function syntheticCorpus(text: string, times: number): string {
  return [...syntheticPieces(text, times)].join('\n');
}

/** The same corpus written to `file` piece by piece, so a 500 MB corpus never sits in this process's memory. */
export function writeSyntheticCorpus(file: string, text: string, times: number): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    let first = true;
    for (const piece of syntheticPieces(text, times)) {
      bytes += writeSync(fd, first ? piece : `\n${piece}`);
      first = false;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
