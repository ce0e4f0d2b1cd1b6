import { describe, expect, it } from 'vitest';
import { CorpusReadError, decodeCorpus } from '../../electron/corpus/decode';
import { parseCorpusText } from '../../electron/corpus/parseCorpus';
import { decodeEntities } from '../../electron/corpus/text';
import { cut, seedLines } from '../corpus/seed';

const sapporo = cut(3, 136);
const kushiro = cut(138, 255);

describe('HTML entities that name no character', () => {
  it('stay as written: only valid code points are decoded', () => {
    expect(decodeEntities('a&#99999999;b')).toBe('a&#99999999;b');
    expect(decodeEntities('&#xD800;&#0;&#x110000;')).toBe('&#xD800;&#0;&#x110000;');
    expect(decodeEntities('&#x672D;&#24140;&amp;')).toBe('札幌&');
  });

  it('on the line before a record heading cost nothing: all records load, with a warning naming the line', () => {
    const text = [...sapporo, '&#99999999;', ...kushiro].join('\n');
    const p = parseCorpusText(text, 'entity.txt');
    expect(p.entities.map((e) => [e.entity_id, e.population])).toEqual([
      ['北海道 札幌市', 1_966_735],
      ['北海道 釧路市', 170_364],
    ]);
    expect(p.parse_warnings.find((w) => w.code === 'invalid_entity')).toMatchObject({ line_no: sapporo.length + 1 });
  });

  it('inside a record keep the record, the text as written and a warning naming the line', () => {
    const broken = [...sapporo];
    const at = broken.length - 1;
    broken.splice(at, 0, '<p>補足: 連携会議&#99999999;を開催</p>');
    const p = parseCorpusText([...broken, '', ...kushiro].join('\n'), 'entity.txt');
    expect(p.entities.map((e) => e.entity_id)).toEqual(['北海道 札幌市', '北海道 釧路市']);
    expect(p.entities[0].population).toBe(1_966_735);
    expect(p.parse_warnings.filter((w) => w.code === 'record_unreadable')).toEqual([]);
    expect(p.parse_warnings.find((w) => w.code === 'invalid_entity')).toMatchObject({ line_no: at + 1, entity_id: '北海道 札幌市' });
  });
});

describe('a bad byte is a bad byte', () => {
  const utf8 = new TextEncoder();
  it('one invalid byte in a UTF-8 file is reported with its line and column, and the rest is read', () => {
    // A stray 0xFF at the end of line 12 (「1. 自治体の基本情報等」), as a bad copy would leave it.
    const line = 12;
    const before = utf8.encode([...sapporo.slice(0, line)].join('\n'));
    const after = utf8.encode(['', ...sapporo.slice(line), '', ...kushiro].join('\n'));
    const broken = new Uint8Array([...before, 0xff, ...after]);
    const decoded = decodeCorpus(broken, 'bad-byte.txt');
    const column = utf8.encode(sapporo[line - 1]).length + 1;
    expect(decoded.issues).toEqual([{ line, column, byte: 0xff }]);
    expect(decoded.text.split('\n')[line - 1]).toBe(`${sapporo[line - 1]}\uFFFD`);
    const p = parseCorpusText(decoded.text, 'bad-byte.txt', decoded.issues);
    expect(p.entities.map((e) => e.entity_id)).toEqual(['北海道 札幌市', '北海道 釧路市']);
    expect(p.parse_warnings.find((w) => w.code === 'invalid_utf8')).toMatchObject({ line_no: line, entity_id: '北海道 札幌市' });
    expect(p.parse_warnings.find((w) => w.code === 'invalid_utf8')?.message).toMatch(new RegExp(`^bad-byte\\.txt:12:${column}: `));
  });

  it('a Shift_JIS file is still refused as Shift_JIS, naming the first bad line', () => {
    // 「札幌市」 in Shift_JIS, repeated over several lines.
    const sjis = new Uint8Array([0x8e, 0x44, 0x96, 0x79, 0x8e, 0x73, 0x0a].flatMap((b) => b)).slice();
    const many = new Uint8Array(Array.from({ length: 20 }, () => [...sjis]).flat());
    expect(() => decodeCorpus(many, 'sjis.txt')).toThrow(CorpusReadError);
    expect(() => decodeCorpus(many, 'sjis.txt')).toThrow(/^sjis\.txt:1: Shift_JIS/);
  });

  it('reports overlong and surrogate sequences too, which the decoder replaces', () => {
    // Real UTF-8 Japanese around them, as in a corpus: the file does not read as Shift_JIS.
    const line = (bytes: number[]) => new Uint8Array([...utf8.encode('北海道 札幌市\n'), ...bytes, ...utf8.encode('人口\n')]);
    expect(decodeCorpus(line([0xed, 0xa0, 0x80]), 'cesu.txt').issues[0]).toMatchObject({ line: 2, column: 1, byte: 0xed });
    expect(decodeCorpus(line([0xe0, 0x80, 0xaf]), 'overlong.txt').issues[0]).toMatchObject({ line: 2, column: 1, byte: 0xe0 });
  });

  it('the bundled corpus decodes with no issue', () => {
    const bytes = utf8.encode(seedLines.join('\n'));
    expect(decodeCorpus(bytes, 'seed.txt').issues).toEqual([]);
  });
});
