import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../electron/corpus/parseCorpus.js';
import { cut } from './seed.js';

const sapporo = cut(3, 136);
const kushiro = cut(138, 255);

describe('bad input loses nothing else', () => {
  it('a truncated last record is reported with its file and line; the record before it is whole', () => {
    const truncated = kushiro.slice(0, 60); // ends inside 3. 地域力強化推進事業について
    const p = parseCorpusText([...sapporo, '', ...truncated].join('\n'), 'truncated.txt');
    expect(p.entities.map((e) => e.entity_id)).toEqual(['北海道 札幌市', '北海道 釧路市']);
    expect(p.entities[0].population).toBe(1966735);
    expect(p.entities[1].population).toBe(170364);
    const w = p.parse_warnings.find((x) => x.code === 'record_truncated');
    expect(w).toMatchObject({ entity_id: '北海道 釧路市', line_no: 135 + 60 });
    expect(w?.message).toMatch(/^truncated\.txt:195: /);
  });

  it('a record whose 1-1 table is missing gets a warning and NULL statistics; the next record still loads', () => {
    const without11 = [...sapporo.slice(0, 13), ...sapporo.slice(23)]; // drops lines 16–25 (1-1. …) of 札幌市
    const p = parseCorpusText([...without11, '', ...kushiro].join('\n'), 'no-1-1.txt');
    expect(p.entities[0]).toMatchObject({ entity_id: '北海道 札幌市', population: null, aging_rate: null, runs_chiiki: true, runs_takikan: true });
    expect(p.parse_warnings.find((x) => x.code === 'basic_stats_missing')).toMatchObject({ entity_id: '北海道 札幌市', line_no: 3 });
    expect(p.entities[1]).toMatchObject({ entity_id: '北海道 釧路市', population: 170364, aging_rate: 32.8 });
  });

  it('text outside any record is kept as a line and reported, never dropped', () => {
    const p = parseCorpusText(['目次', '', ...sapporo].join('\n'), 'preamble.txt');
    expect(p.lines[0]).toMatchObject({ line_no: 1, text: '目次', entity_id: null, used_by: 'parse_warnings' });
    expect(p.parse_warnings.find((w) => w.code === 'text_outside_records')).toMatchObject({ line_no: 1 });
    expect(p.entities).toHaveLength(1);
  });

  it('a file with no record at all says so', () => {
    const p = parseCorpusText('これは報告書ではありません\n', 'other.txt');
    expect(p.entities).toHaveLength(0);
    expect(p.parse_warnings.map((w) => w.code)).toContain('no_records');
  });

  it('two records with the same name keep distinct ids, with a warning', () => {
    const p = parseCorpusText([...sapporo, '', ...sapporo].join('\n'), 'twice.txt');
    expect(p.entities.map((e) => e.entity_id)).toEqual(['北海道 札幌市', '北海道 札幌市 (2)']);
    expect(p.parse_warnings.find((w) => w.code === 'duplicate_entity_id')?.line_no).toBe(136);
  });
});

describe('rules, not answers: the same corpus with other names and numbers', () => {
  it('follows populations doubled everywhere and a renamed municipality', () => {
    const original = parseCorpusText(cut(1, 5188).join('\n'), 'a.txt');
    const doubled = cut(1, 5188)
      .map((line) => line.replace(/^(人口[^\t]*\t)(\d[\d,]*)(\s*\(人\))/, (_m, label: string, n: string, unit: string) =>
        `${label}${(Number(n.replace(/,/g, '')) * 2).toLocaleString('en-US')}${unit}`))
      .map((line) => line.replace(/札幌市/g, '架空市'))
      .join('\n');
    const altered = parseCorpusText(doubled, 'b.txt');
    expect(altered.entities).toHaveLength(50);
    original.entities.forEach((e, k) => {
      const a = altered.entities[k];
      if (e.population !== null && /^\d[\d,]*\s*\(人\)$/.test(e.population_text ?? '')) expect(a.population).toBe(e.population * 2);
      expect(a.runs_takikan).toBe(e.runs_takikan);
    });
    expect(altered.entities[0]).toMatchObject({ entity_id: '北海道 架空市', population: 3933470 });
  });
});
