import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../electron/corpus/parseCorpus';
import { splitRecords } from '../../electron/corpus/records';
import type { ParsedCorpus } from '../../electron/corpus/types';
import { bundled, seedLines } from '../corpus/seed';

/** A small seeded generator (mulberry32), so every run mutates the corpus the same way. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_PIECES = [
  '&#99999999;', '&#xD800;', '&#0;', '&#x110000;', '&#1114112;', '&amp;&#', '<table><tr><td>', '</td></tr>', '<input type="radio"/>',
  '○', '--', '\t\t\t', '都道府県名', '\uFFFD', '\uD800', '\u202E', '(人口)', '①', '成果目標', '<p><多機関協働></p>', '1,2,3,4,5,6,7,8件',
];

interface Mutant {
  lines: string[];
  /** Index (0-based, in the original) of the line the mutation touched. */
  at: number;
  what: string;
}

function mutate(lines: readonly string[], rnd: () => number): Mutant {
  const out = [...lines];
  const at = Math.floor(rnd() * lines.length);
  const piece = HOSTILE_PIECES[Math.floor(rnd() * HOSTILE_PIECES.length)];
  const kind = Math.floor(rnd() * 7);
  const pos = Math.floor(rnd() * (out[at].length + 1));
  switch (kind) {
    case 0:
      out[at] = out[at].slice(0, pos) + piece + out[at].slice(pos);
      return { lines: out, at, what: `insert ${JSON.stringify(piece)} into line ${at + 1}` };
    case 1:
      out.splice(at, 1);
      return { lines: out, at, what: `delete line ${at + 1}` };
    case 2:
      out.splice(at, 0, out[at]);
      return { lines: out, at, what: `duplicate line ${at + 1}` };
    case 3:
      out[at] = out[at].slice(0, pos);
      return { lines: out, at, what: `cut line ${at + 1} at ${pos}` };
    case 4:
      out.splice(at, 0, piece.repeat(1 + Math.floor(rnd() * 2000)));
      return { lines: out, at, what: `insert a line of ${JSON.stringify(piece)} repeated before line ${at + 1}` };
    case 5:
      out[at] = Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(rnd() * 0xffff))).join('');
      return { lines: out, at, what: `replace line ${at + 1} with random code units` };
    default:
      out.splice(at, 0, piece);
      return { lines: out, at, what: `insert a line ${JSON.stringify(piece)} before line ${at + 1}` };
  }
}

/** What a record must still be when the mutation is elsewhere: same id, same statistics, same cells. */
function fingerprint(p: ParsedCorpus, id: string) {
  const e = p.entities.find((x) => x.entity_id === id);
  return e && { population: e.population, households: e.households, aging_rate: e.aging_rate, fields: p.fields.filter((f) => f.entity_id === id).map((f) => `${f.section}|${f.label}|${f.value}`) };
}

describe('fuzz: 200 mutated copies of the corpus (fixed seed)', () => {
  it('never crash or hang, and lose no record beyond the mutated one and its neighbours', () => {
    const original = bundled();
    const spans = splitRecords(seedLines);
    const rnd = random(20181130);
    const problems: string[] = [];
    let slowest = 0;
    for (let n = 0; n < 200; n++) {
      const m = mutate(seedLines, rnd);
      let parsed: ParsedCorpus;
      const t0 = performance.now();
      try {
        parsed = parseCorpusText(m.lines.join('\n'), `mutant-${n}.txt`);
      } catch (e) {
        problems.push(`mutant ${n} (${m.what}) crashed: ${e instanceof Error ? e.stack : String(e)}`);
        continue;
      }
      slowest = Math.max(slowest, performance.now() - t0);
      const hit = spans.findIndex((s) => m.at >= s.start && m.at <= s.end);
      for (let k = 0; k < spans.length; k++) {
        if (hit >= 0 && Math.abs(k - hit) <= 1) continue;
        const id = original.entities[k].entity_id;
        const before = fingerprint(original, id);
        const after = fingerprint(parsed, id);
        if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`mutant ${n} (${m.what}) changed ${id}`);
      }
      if (parsed.lines.length !== m.lines.length) problems.push(`mutant ${n} (${m.what}): ${parsed.lines.length} lines kept of ${m.lines.length}`);
    }
    expect(problems).toEqual([]);
    // A hang guard, not a speed goal: one parse of the corpus takes well under a second.
    expect(slowest).toBeLessThan(20_000);
  }, 300_000);
});
