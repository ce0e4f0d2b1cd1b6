import { describe, expect, it } from 'vitest';
import { splitRecords, isRecordHeading } from '../../electron/corpus/records.js';
import { cut, seedLines } from './seed.js';

describe('record boundaries', () => {
  it('finds the 50 records of the bundled corpus, each from its heading', () => {
    const spans = splitRecords(seedLines);
    expect(spans).toHaveLength(50);
    expect(spans[0]).toMatchObject({ start: 2, form: 4, heading: '北海道 札幌市' });
    expect(spans.map((s) => s.heading).filter((h) => !h?.includes(' '))).toEqual(['青森県', '秋田県', '栃木県', '埼玉県', '東京都']);
  });

  it('treats "--" inside a record as a page break, not a boundary (鷹栖町 to 音威子府村)', () => {
    // Line 415 is a "--" between 1-2 and 2. of 音威子府村; line 313 separates 京極町 from 鷹栖町.
    const lines = cut(257, 560);
    const spans = splitRecords(lines);
    expect(spans.map((s) => s.heading)).toEqual(['北海道 京極町', '北海道 鷹栖町', '北海道 音威子府村', '北海道 津別町', '北海道 広尾町']);
    const otoineppu = spans[2];
    expect(otoineppu.start + 257).toBe(392);
    expect(otoineppu.end + 257).toBe(484);
  });

  it('knows a heading from text', () => {
    expect(isRecordHeading('北海道 札幌市')).toBe(true);
    expect(isRecordHeading('青森県')).toBe(true);
    expect(isRecordHeading('1. 自治体の基本情報等')).toBe(false);
    expect(isRecordHeading('人口\t1,966,735(人)')).toBe(false);
  });
});
