import type { ScatterData } from 'plotly.js';
import { describe, expect, it } from 'vitest';
import { emptySpec } from '../../../renderer/charts/chartSpec';
import { COLUMN_LABELS_EN, COLUMN_META } from '../../../renderer/charts/columnLabels';
import { buildFigure, chartTitle } from '../../../renderer/charts/figure';
import { PRESETS, presetSpec, presetText } from '../../../renderer/charts/presets';
import { ENGLISH_LABELLED_FIELDS, fieldLabel, LABELLED_FIELDS } from '../../../renderer/pivot/fieldLabels';
import { PIVOT_PRESETS, pivotPresetText } from '../../../renderer/pivot/presets';
import { AGGREGATION_LABELS, AGGREGATIONS } from '../../../renderer/pivot/spec';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** English text may quote a programme's or a form's Japanese name; what is left must be English words. */
const englishOnceNamesRemoved = (text: string) => text.replace(/[\u3040-\u30ff\u4e00-\u9fff～・]+/g, '');

// Three attainment-vs-aging records shaped like the corpus's: 札幌市, 京極町, 盛岡市.
const records = {
  entity_id: ['北海道 札幌市', '北海道 京極町', '岩手県 盛岡市'],
  aging_rate: [24.9, 38.7, 26.8],
  ratio: [1.1, 0.5, 0.49],
  program_group: ['両方', '地域力のみ', '両方'],
};

describe('English mode draws charts in English', () => {
  const spec = { ...emptySpec('scatter'), x: 'aging_rate', y: 'ratio', color: 'program_group', trendLine: true, referenceY: 1 };

  it('names the regression line, the target line, the axes and the default title in English', () => {
    const figure = buildFigure(spec, records, 'en');
    expect((figure.data as Partial<ScatterData>[]).map((t) => t.name)).toContain('Regression line');
    expect(figure.layout.annotations?.map((a) => a.text)).toContain('On target (1)');
    expect(figure.layout.xaxis?.title).toEqual({ text: 'Aging rate (%)' });
    expect(figure.layout.title).toEqual({ text: 'Attainment ratio × Aging rate' });
    expect(figure.layout.legend?.title).toEqual({ text: 'Programmes run' });
  });

  it('keeps the Japanese words in Japanese mode', () => {
    const figure = buildFigure(spec, records, 'ja');
    expect((figure.data as Partial<ScatterData>[]).map((t) => t.name)).toContain('回帰直線');
    expect(figure.layout.annotations?.map((a) => a.text)).toContain('目標どおり (1)');
    expect(chartTitle({ ...emptySpec('bar'), x: 'prefecture' }, 'ja')).toBe('行数（都道府県別）');
    expect(chartTitle({ ...emptySpec('bar'), x: 'prefecture' }, 'en')).toBe('Rows by Prefecture');
  });

  it('asks for a missing axis in English', () => {
    expect(buildFigure({ ...emptySpec('scatter'), x: 'aging_rate' }, records, 'en').problems).toEqual(['Choose a column for the Y axis']);
  });

  it('has an English label for every column with a Japanese one, and English preset texts', () => {
    expect(Object.keys(COLUMN_LABELS_EN).sort()).toEqual(Object.keys(COLUMN_META).sort());
    for (const preset of PRESETS) {
      const text = presetText(preset, 'en');
      expect(englishOnceNamesRemoved(text.label + text.description), preset.id).toMatch(/[a-z]{3}/);
      expect(presetSpec(preset, 'en').title, preset.id).not.toMatch(JAPANESE);
      expect(presetSpec(preset, 'ja').title, preset.id).toMatch(JAPANESE);
    }
  });
});

describe('English mode names pivot fields and aggregations in English', () => {
  it('has an English name for every field with a Japanese one', () => {
    expect([...ENGLISH_LABELLED_FIELDS].sort()).toEqual([...LABELLED_FIELDS].sort());
    expect(fieldLabel('aging_rate', 'en')).toBe('Aging rate');
    expect(fieldLabel('aging_rate', 'ja')).toBe('高齢化率');
    expect(fieldLabel('my_column', 'en')).toBe('my_column');
  });

  it('names every aggregation and preset in English', () => {
    for (const agg of AGGREGATIONS) expect(AGGREGATION_LABELS.en[agg], agg).not.toMatch(JAPANESE);
    for (const preset of PIVOT_PRESETS) {
      const text = pivotPresetText(preset, 'en');
      expect(englishOnceNamesRemoved(text.label + text.description), preset.id).toMatch(/[a-z]{3}/);
      expect(text.label, preset.id).not.toMatch(JAPANESE);
    }
  });
});
