import { splitRecords } from '../electron/corpus/records.js';
import { splitLines } from '../electron/corpus/decode.js';

/**
 * A corpus `times` the size of the given one: every record repeated with its municipality renamed and its numbers
 * altered, so that no two copies are the same text (and no cache can help).
 */
export function syntheticCorpus(text: string, times: number): string {
  const lines = splitLines(text);
  const spans = splitRecords(lines);
  const out: string[] = lines.slice(0, spans[0]?.start ?? 0);
  for (let copy = 0; copy < times; copy++) {
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
  }
  return out.join('\n');
}
