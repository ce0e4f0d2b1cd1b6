import type { Notebook } from '../../common/notebookFormat';

/** A notebook with one cell of each kind, as an official would build it (her prefecture: 北海道). */
export function sampleNotebook(): Notebook {
  return {
    format: 'kyosei-notebook',
    version: 1,
    metadata: {
      title: '北海道の市町村 2018',
      created: '2026-11-20T09:00:00.000Z',
      updated: '2026-11-20T09:30:00.000Z',
      corpora: ['000_28d5abefee45edbb.txt'],
      cacheResults: false,
    },
    cells: [
      { id: 'c1', kind: 'markdown', source: '# 目的\n\n北海道の市町村の事業と**達成率**を来年度と比べる。' },
      { id: 'c2', kind: 'sql', name: 'hokkaido', source: "SELECT entity_id, population, aging_rate\nFROM entities\nWHERE prefecture = '北海道'" },
      {
        id: 'c3',
        kind: 'pivot',
        name: 'by_kind',
        input: 'hokkaido',
        spec: { rows: ['entity_id'], columns: [], values: [{ agg: 'count', field: null }] },
      },
      { id: 'c4', kind: 'chart', input: 'hokkaido', spec: { kind: 'scatter', x: 'aging_rate', y: 'population', trendLine: true } },
    ],
  };
}
