import { describe, expect, it } from 'vitest';
import { splitImplementer } from '../../electron/corpus/programs.js';
import { bundled, cut } from './seed.js';

/** The value of the ①実施主体(委託先) cell on line `n` of the bundled corpus, as the writer typed it. */
function cellAt(n: number): string {
  const [line] = cut(n, n);
  const [label, value, ...rest] = line.split('\t');
  expect(label.replace(/\s+/g, '')).toMatch(/^①実施主体\(委託先\)$/);
  expect(rest.join('').trim()).toBe('');
  return value;
}

describe('splitImplementer on real 実施主体(委託先) cells', () => {
  it.each([
    // "A (B)": the authority and the organisation it contracts to.
    [37, '札幌市', '札幌市社会福祉協議会'],
    [288, '京極町', '社会福祉法人 京極町社会福祉協議会'],
    [173, '釧路市', '一般社団法人 釧路社会的企業創造協議会'],
    [3373, 'ふじみ野市', '社会福祉協議会'],
    [1240, '岩泉町', '一般社団法人岩泉よりそい・みらいネット'],
    [2988, '那珂川町', 'NPO法人ノンフェールくらねえ・那珂川町社会福祉協議会・社会福祉法人同愛会'],
    [3664, '松戸市', '松戸市社会福祉協議会、まつど市民活動サポートセンター、松戸市高齢者いきいき安心センター(地域包括支援センター)'],
    [4039, '世田谷区', '地域包括支援センターの委託先である社会福祉法人等 13 法人'],
    // The words saying how the organisation is engaged are no part of its name.
    [1368, '仙台市', '社会福祉法人 仙台市社会福祉協議会'],
    [2503, '栃木県', '栃木県社会福祉協議会'],
    [4357, '八王子市', '社会福祉法人八王子市社会福祉協議会'],
    // An authority and an organisation side by side, a bracket saying it is (partly) contracted out.
    [1072, '矢巾町', '矢巾町社会福祉協議会'],
    [4970, '藤沢市', '社会福祉法人藤沢市社会福祉協議会'],
    [5009, '藤沢市', '社会福祉法人藤沢市社会福祉協議会'],
  ])('line %i → %s / %s', (line, implementer, contractor) => {
    expect(splitImplementer(cellAt(line))).toEqual({ implementer, contractor });
  });

  it.each([
    // A bracket saying how the program is run, or how its contractor will be chosen, names no contractor.
    [1116, '矢巾町'],
    [1194, '岩泉町'],
    // A count of places and a tally of how they are run are no names; a ※ remark is no name.
    [4236, '江戸川区社会福祉協議会'],
    [3180, '狭山市'],
    // One body named: it is the implementer as written (the form's 実施主体 slot), nothing is inferred.
    [1992, '天童市社会福祉協議会'],
    [3278, '社会福祉法人 草加市社会福祉協議会'],
    [2928, '高根沢町健康福祉課'],
    // Bodies joined by 及び or a list run it together.
    [4434, '調布市及び社会福祉法人調布市社会福祉協議会'],
    [2291, '市, コミュニティ組織'],
    // A cell naming nobody is kept whole: it still says who runs it, in the writer's words.
    [3058, '直営'],
    [2099, '委託:2か所(公益財団法人、社会医療法人) 直営:1か所'],
  ])('line %i → %s, no contractor', (line, implementer) => {
    expect(splitImplementer(cellAt(line))).toEqual({ implementer, contractor: null });
  });

  it('a bracket naming only kinds of body is no contractor, even after 委託先', () => {
    expect(splitImplementer('X町(委託先:社会福祉法人)')).toEqual({ implementer: 'X町', contractor: null });
    expect(splitImplementer('X町(NPO法人等)')).toEqual({ implementer: 'X町', contractor: null });
  });

  it('an authority beside an organisation is not split when the cell says 直営', () => {
    expect(splitImplementer('X町(直営) X町社会福祉協議会')).toEqual({ implementer: 'X町 X町社会福祉協議会', contractor: null });
  });
});

describe('programs table: implementer and contractor', () => {
  const row = (id: string, program: string) => bundled().programs.find((r) => r.entity_id === id && r.program === program);

  it('reads the audited rows by the cell form, not as any bracketed text', () => {
    expect(row('岩手県 矢巾町', '地域力強化推進事業')).toMatchObject({ implementer: '矢巾町', contractor: '矢巾町社会福祉協議会' });
    expect(row('岩手県 矢巾町', '多機関協働事業')).toMatchObject({ implementer: '矢巾町', contractor: null });
    expect(row('宮城県 仙台市', '地域力強化推進事業')).toMatchObject({ implementer: '仙台市', contractor: '社会福祉法人 仙台市社会福祉協議会' });
    expect(row('岩手県 岩泉町', '地域力強化推進事業')).toMatchObject({ implementer: '岩泉町', contractor: null });
    expect(row('山形県 天童市', '多機関協働事業')).toMatchObject({ implementer: '天童市社会福祉協議会', contractor: null });
  });

  it('no contractor says how a program is run, and every contractor names an organisation', () => {
    const contractors = bundled().programs.map((r) => r.contractor).filter((c): c is string => c !== null);
    expect(contractors.length).toBeGreaterThan(40);
    for (const c of contractors) {
      expect(c).not.toMatch(/直営|公募|補助|へ委託|委託先:|^一部|か所/);
      expect(c).toMatch(/法人|協議会|協会|センター/);
    }
  });

  it('no implementer keeps a ※ remark or a contractor bracket', () => {
    for (const r of bundled().programs) {
      expect(r.implementer ?? '').not.toMatch(/※|\(委託先|\((一部)?委託\)|\(直営\)/);
    }
  });
});
