import { describe, expect, it } from 'vitest';
import { readHeader } from '../../electron/corpus/header.js';
import { outlineRecord } from '../../electron/corpus/outline.js';
import { cut, seedLines } from './seed.js';

/** Reads the header block of the record whose heading is on line `heading`, from the real corpus. */
function headerAt(heading: number) {
  let end = heading;
  while (!/^1\.\s*自治体/.test(seedLines[end])) end++;
  const lines = cut(1, end + 1);
  const outline = outlineRecord(lines, heading - 1, end);
  return readHeader(lines, outline.headerLines, heading);
}

describe('check marks of 実施事業', () => {
  it.each([
    ['札幌市: radio inputs over two lines', 3, ['地域力強化推進事業', '多機関協働事業']],
    ['釧路市: marks on the lines below', 138, ['地域力強化推進事業', '多機関協働事業']],
    ['京極町: "○ 都道府県事業" marks the label to its left', 257, ['多機関協働事業']],
    ['鷹栖町: one mark after the first label', 315, ['地域力強化推進事業']],
    ['遠野市: radio input inside the next label\'s cell', 928, ['地域力強化推進事業', '多機関協働事業']],
    ['秋田県 area: "都道府県事業 ○"', 1441, ['地域力強化推進事業', '都道府県事業']],
    ['湯沢市: a mark only after 多機関', 1545, ['多機関協働事業']],
    ['栃木県: the mark in the cell after 都道府県事業', 2470, ['都道府県事業']],
    ['高根沢町: a second mark on the next line, under 多機関', 2853, ['地域力強化推進事業', '多機関協働事業']],
    ['玉村町: 都道府県事業 alone on the next line, unmarked', 3021, ['地域力強化推進事業']],
  ])('%s', (_name, heading, programs) => {
    expect([...headerAt(heading).marked].sort()).toEqual([...programs].sort());
  });
});

describe('header cells', () => {
  it('reads prefecture, municipality, department, phone and URL', () => {
    const h = headerAt(257);
    expect(h).toMatchObject({ prefecture: '北海道', municipality: '京極町', department: '健康推進課', phone: '0136-42-2111', url: 'http://www.town-kyogoku.jp' });
  });
  it('reads "—" as no municipality (栃木県, a prefecture record)', () => {
    expect(headerAt(2470)).toMatchObject({ prefecture: '栃木県', municipality: null });
  });
  it('reads a header with an extra empty cell before the municipality label (栃木市)', () => {
    expect(headerAt(2529)).toMatchObject({ prefecture: '栃木県', municipality: '栃木市' });
  });
});
