import { describe, expect, it } from 'vitest';
import { keywordsInContext, kwicText } from '../../../common/search/kwic';
import { lineOfHit } from '../../../common/search/passages';
import { parseQuery } from '../../../common/search/query';
import { groupHits, searchPassages } from '../../../common/search/rank';
import { seedLines } from '../../corpus/seed';
import { corpusIndex, recordsMentioning } from './corpusPassages';

const index = corpusIndex();

describe('full-text search over the FY2018 reports', () => {
  it('indexes every fields value with text (not empty, not a check mark alone): 2,977 passages', () => {
    expect(index.passages).toHaveLength(2977);
    expect(new Set(index.passages.map((p) => p.id)).size).toBe(2977);
  });

  it('finds ひきこもり in 34 passages of 15 records — the records whose raw text mentions it', () => {
    const hits = searchPassages(index, parseQuery('ひきこもり'));
    expect(hits).toHaveLength(34);
    const records = new Set(hits.map((h) => h.passage.entity_id));
    expect(records.size).toBe(15);
    expect(records).toEqual(recordsMentioning('ひきこもり'));
    expect(groupHits(hits)).toHaveLength(15);
  });

  it('matches katakana and half-width spellings of the same word, and full-width digits', () => {
    expect(searchPassages(index, parseQuery('ヒキコモリ'))).toHaveLength(34);
    expect(searchPassages(index, parseQuery('８０５０')).map((h) => h.passage.entity_id)).toEqual(searchPassages(index, parseQuery('8050')).map((h) => h.passage.entity_id));
    expect(searchPassages(index, parseQuery('ＮＰＯ')).length).toBe(searchPassages(index, parseQuery('NPO')).length);
    // 鱒ヶ沢町 is written with the small ヶ; typed with ケ it is still found.
    expect(searchPassages(index, parseQuery('鱒ケ沢')).length).toBe(searchPassages(index, parseQuery('鱒ヶ沢')).length);
  });

  it('OR widens and a second word narrows: ひきこもり OR 引きこもり, ひきこもり 8050', () => {
    const either = searchPassages(index, parseQuery('ひきこもり OR 引きこもり'));
    expect(new Set(either.map((h) => h.passage.entity_id))).toEqual(new Set([...recordsMentioning('ひきこもり'), ...recordsMentioning('引きこもり')]));
    const both = searchPassages(index, parseQuery('ひきこもり 8050'));
    expect(both.every((h) => h.passage.text.includes('ひきこもり') && h.passage.text.includes('8050'))).toBe(true);
  });

  it('filters by prefecture, program and section', () => {
    const hokkaido = searchPassages(index, parseQuery('ひきこもり'), { prefectures: ['北海道'] });
    expect(new Set(hokkaido.map((h) => h.passage.entity_id))).toEqual(new Set(['北海道 鷹栖町', '北海道 津別町']));
    const takikan = searchPassages(index, parseQuery('ひきこもり'), { programs: ['多機関協働事業'], sections: ['3.③'] });
    expect(takikan.map((h) => h.passage.entity_id).sort()).toEqual(['秋田県 井川町', '青森県 鱒ヶ沢町']);
  });

  it('ranks a whole-word hit above a part-of-word hit of equal frequency, and short passages above long ones', () => {
    const hits = searchPassages(index, parseQuery('ひきこもり'));
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    // 東海村's training content (one mention in a short cell) outranks a long section-5 report with one mention.
    const rank = (line: number) => hits.findIndex((h) => h.passage.line_start === line);
    expect(rank(2416)).toBeLessThan(rank(4510));
  });

  it('shows each hit in its context as written, and places it on its corpus line', () => {
    const [hit] = searchPassages(index, parseQuery('ひきこもり'), { prefectures: ['茨城県'], sections: ['3.④ア(ウ)'] });
    expect(hit.passage.entity_id).toBe('茨城県 東海村');
    const [k] = keywordsInContext(hit.passage.text, hit.spans, 12);
    expect(kwicText(k)).toBe('…は、高齢者だけではなく、【ひきこもり】や生活困窮の発見の視点を…');
    expect(k.hit).toBe('ひきこもり');
    // 盛岡市's 支援の内容 spans lines 858–861; its mention stands on one of them.
    const [morioka] = searchPassages(index, parseQuery('ひきこもり'), { sections: ['3.④ア(ア)'] });
    const line = lineOfHit(morioka.passage, 'ひきこもり', 0, (n) => seedLines[n - 1]);
    expect(line).toBeGreaterThanOrEqual(858);
    expect(seedLines[line - 1]).toContain('ひきこもり');
  });
});
