import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../electron/corpus/parseCorpus.js';
import { WarningBuffer, WarningSource } from '../../electron/corpus/warningOrder.js';
import { cut } from './seed.js';

describe('parse_warnings in line order, whatever rule raised them', () => {
  it('orders by line, then by the rule that raised the warning, then as raised', () => {
    const buffer = new WarningBuffer();
    const w = (line_no: number | null, code: string) => ({ corpus: 'c', line_no, entity_id: null, code, message: code });
    buffer.add(WarningSource.Entities, w(3, 'invalid_entity'));
    buffer.add(WarningSource.Record, w(3, 'header_incomplete'));
    buffer.add(WarningSource.Record, w(1, 'record_without_heading'));
    buffer.add(WarningSource.Bytes, w(3, 'invalid_utf8'));
    buffer.add(WarningSource.Corpus, w(null, 'no_records'));
    buffer.add(WarningSource.Record, w(3, 'stray_check_mark'));
    expect(buffer.sorted().map((x) => x.code)).toEqual([
      'no_records', 'record_without_heading', 'header_incomplete', 'stray_check_mark', 'invalid_utf8', 'invalid_entity',
    ]);
  });

  it('gives a bad byte and a bad character reference on one line of 札幌市 to 札幌市, the byte first', () => {
    const lines = cut(1, 120);
    lines.splice(100, 0, 'まぎれこんだ行 &#99999999; です');
    const parsed = parseCorpusText(lines.join('\n'), 'w.txt', [{ line: 101, column: 3, byte: 0xff }]);
    expect(parsed.parse_warnings.filter((w) => w.line_no === 101).map((w) => [w.code, w.entity_id])).toEqual([
      ['invalid_utf8', '北海道 札幌市'],
      ['invalid_entity', '北海道 札幌市'],
    ]);
    const order = parsed.parse_warnings.map((w) => w.line_no ?? 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
