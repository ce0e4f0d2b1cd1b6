import { describe, expect, it } from 'vitest';
import { codeTheme, themeIssues, type Theme } from '../../../common/search/themes';
import { corpusIndex, recordsMentioning } from './corpusPassages';

const index = corpusIndex();

describe('theme coding', () => {
  it('codes every passage any expression matches: 居場所 OR サロン', () => {
    const theme: Theme = { name: '居場所', expressions: ['居場所 OR サロン'], excluded: [] };
    const coded = codeTheme(index, theme);
    expect(new Set(coded.map((c) => c.passage.entity_id))).toEqual(new Set([...recordsMentioning('居場所'), ...recordsMentioning('サロン')]));
    expect(coded.every((c) => /居場所|サロン/.test(c.passage.text))).toBe(true);
  });

  it('a passage matched by two expressions is coded once, naming both', () => {
    const coded = codeTheme(index, { name: 'ひきこもり', expressions: ['ひきこもり', '8050'], excluded: [] });
    const both = coded.filter((c) => c.expressions.length === 2);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((c) => c.passage.text.includes('ひきこもり') && c.passage.text.includes('8050'))).toBe(true);
    expect(new Set(coded.map((c) => c.passage.id)).size).toBe(coded.length);
  });

  it('an un-coded passage stays listed, marked, and out of the count', () => {
    const first = codeTheme(index, { name: 'ひきこもり', expressions: ['ひきこもり'], excluded: [] });
    const wrong = first[0].passage.id;
    const again = codeTheme(index, { name: 'ひきこもり', expressions: ['ひきこもり'], excluded: [wrong] });
    expect(again).toHaveLength(34);
    expect(again.filter((c) => !c.excluded)).toHaveLength(33);
    expect(again.find((c) => c.passage.id === wrong)?.excluded).toBe(true);
  });

  it('validates a themes list with a path for every problem', () => {
    expect(themeIssues([{ name: '居場所', expressions: ['居場所 OR サロン'], excluded: [] }])).toEqual([]);
    expect(themeIssues([{ name: '', expressions: [' OR '], excluded: [1], colour: 'red' }]).map((i) => i.path)).toEqual([
      'themes[0].colour',
      'themes[0].name',
      'themes[0].expressions[0]',
      'themes[0].excluded[0]',
    ]);
    expect(themeIssues([{ name: 'a', expressions: ['x'], excluded: [] }, { name: 'a', expressions: ['y'], excluded: [] }])[0].message).toContain('重複');
    expect(themeIssues('not a list')).toHaveLength(1);
  });
});
