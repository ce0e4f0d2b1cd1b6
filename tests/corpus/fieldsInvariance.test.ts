import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../electron/corpus/parseCorpus.js';
import { decodeCorpus } from '../../electron/corpus/decode.js';
import { splitRecords } from '../../electron/corpus/records.js';
import type { FieldRow, ParsedCorpus } from '../../electron/corpus/types.js';
import { bundled, seedLines } from './seed.js';

const ascii = (s: string | null) => s?.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) ?? null;

/** Every field as text, its lines counted from its record's first line, so that copies with records moved compare. */
function comparable(p: ParsedCorpus): string[] {
  const start = new Map(p.entities.map((e) => [e.entity_id, e.line_start]));
  return p.fields
    .map((f: FieldRow) => {
      const base = start.get(f.entity_id)!;
      return [f.entity_id, f.program, ascii(f.section), ascii(f.label), ascii(f.value), ascii(f.note), f.line_start - base, f.line_end - base].join('\u0001');
    })
    .sort();
}

describe('the same fields from copies of the corpus', () => {
  const original = comparable(bundled());

  it('with its records in reverse order', () => {
    const spans = splitRecords(seedLines);
    const reversed = [...seedLines.slice(0, spans[0].start), ...spans.reverse().flatMap((s) => seedLines.slice(s.start, s.end + 1))];
    expect(reversed).toHaveLength(seedLines.length);
    const copy = parseCorpusText(reversed.join('\n'), 'reversed.txt');
    expect(copy.entities[0].entity_id).toBe(bundled().entities.at(-1)!.entity_id);
    expect(comparable(copy)).toEqual(original);
  });

  it('with CRLF line ends and a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\ufeff' + seedLines.join('\r\n'));
    const decoded = decodeCorpus(bytes, 'crlf.txt');
    expect(decoded.issues).toEqual([]);
    const copy = parseCorpusText(decoded.text, 'crlf.txt');
    expect(comparable(copy)).toEqual(original);
  });

  it('with every digit written full-width', () => {
    const wide = seedLines.map((l) => l.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    const copy = parseCorpusText(wide.join('\n'), 'wide.txt');
    expect(copy.fields).toHaveLength(bundled().fields.length);
    expect(comparable(copy)).toEqual(original);
  });
});
