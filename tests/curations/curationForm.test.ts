/** The curation form and a notebook's curations, without React: what she types becomes a checked request; files carry them. */
import { describe, expect, it } from 'vitest';
import type { CurationListing } from '../../common/curations';
import { requestIssues } from '../../common/curations';
import { parseNotebookText } from '../../electron/notebooks/parse';
import { serializeNotebook } from '../../electron/notebooks/serialize';
import { emptyAddForm, formFromPair, previewRatio, requestFromForm, verdictRequest, type PairRow } from '../../renderer/curation/curationForm';
import { receivedCurations, withCurations } from '../../renderer/curation/notebookCurations';
import { sampleNotebook } from '../notebooks/sampleNotebook';

/** 天童市's pair as the rules make it (lines 2011 ↔ 2019). */
const tendo: PairRow = { program: '多機関協働事業', indicator: '相談支援回数 3つ以上の複合的な課題を抱える相談者', target: 855, target_unit: '回', result: 482, result_unit: '回', ratio: 0.564, confidence: 'low', method: 'extracted', target_line: 2011, result_line: 2019 };

const listing = (who: string, note: string): CurationListing => ({
  corpus: '000_28d5abefee45edbb.txt',
  corpus_hash: 'a'.repeat(64),
  curations: [{
    id: `c-${who === '評価者A' ? 'a' : 'b'}`, action: 'correct', entity_id: '山形県 天童市', target: { line: 2011, text: '…855回' }, result: { line: 2019, text: '…計482回となっている。' },
    extracted: { target: 855, result: 482 }, pair: { program: '多機関協働事業', indicator: '相談支援回数', target: 855, target_unit: '回', result: 643, result_unit: '回' },
    note, who, when: '2026-11-30T19:00:00.000Z', status: 'applied', reason: null,
  }],
});

describe('the curation form', () => {
  it('makes a correction of 天童市 from the rules’ pair, reading full-width digits and commas as typed', () => {
    const form = { ...formFromPair(tendo), result: '６４３', note: '9か月分を12か月に換算' };
    expect(previewRatio(form)).toBe(0.752);
    const made = requestFromForm(form, '山形県 天童市', '評価者A');
    expect(made).toEqual({ ok: true, request: {
      action: 'correct', entity_id: '山形県 天童市', target_line: 2011, result_line: 2019, extracted: { target: 855, result: 482 },
      pair: { program: '多機関協働事業', indicator: tendo.indicator, target: 855, target_unit: '回', result: 643, result_unit: '回' }, note: '9か月分を12か月に換算', who: '評価者A',
    } });
    expect(made.ok && requestIssues(made.request, 'curation')).toEqual([]);
    expect(requestFromForm({ ...form, target: '1,000', ratio: '0.5' }, '山形県 天童市', '評価者A')).toMatchObject({ ok: true, request: { pair: { target: 1000, ratio: 0.5 } } });
  });

  it('names the field at fault: no indicator, a target of 0, a line that is not a number', () => {
    const add = emptyAddForm(1258, 1307, '多機関協働事業');
    expect(requestFromForm(add, '岩手県 岩泉町', '評価者A')).toEqual({ ok: false, field: 'indicator' });
    expect(requestFromForm({ ...add, indicator: '勉強会', target: '0', result: '1' }, '岩手県 岩泉町', '評価者A')).toEqual({ ok: false, field: 'target' });
    expect(requestFromForm({ ...add, indicator: '勉強会', target: '4', result: '1', result_line: '7月' }, '岩手県 岩泉町', '評価者A')).toEqual({ ok: false, field: 'result_line' });
    expect(requestFromForm({ ...add, indicator: '勉強会', target: '4', result: '1' }, '岩手県 岩泉町', '評価者A')).toMatchObject({ ok: true, request: { action: 'add', target_line: 1258, result_line: 1307 } });
  });

  it('a verdict names the pair by its lines and the rules’ values', () => {
    expect(verdictRequest('reject', tendo, '山形県 天童市', '範囲が違う', '評価者A')).toEqual({ action: 'reject', entity_id: '山形県 天童市', target_line: 2011, result_line: 2019, extracted: { target: 855, result: 482 }, note: '範囲が違う', who: '評価者A' });
  });
});

describe('curations travelling with a notebook', () => {
  it('are written into metadata.curations, survive a save and reopen, and are left out when there are none', () => {
    const saved = withCurations(sampleNotebook(), listing('評価者A', '換算'));
    const reopened = parseNotebookText(serializeNotebook(saved), 'x');
    expect(reopened.metadata.curations).toMatchObject({ corpus: '000_28d5abefee45edbb.txt', curations: [{ id: 'c-a', who: '評価者A', note: '換算', pair: { result: 643 } }] });
    expect(reopened.metadata.curations!.curations[0]).not.toHaveProperty('status');
    expect(withCurations(saved, { ...listing('x', ''), curations: [] }).metadata).not.toHaveProperty('curations');
  });

  it('are offered to the receiver only where she has none of her own for the same pair', () => {
    const received = withCurations(sampleNotebook(), listing('同僚B', '別の読み'));
    expect(receivedCurations(received, { ...listing('x', ''), curations: [] })).toHaveLength(1);
    expect(receivedCurations(received, listing('評価者A', '私の読み'))).toEqual([]);
    expect(receivedCurations(received, { ...listing('x', ''), corpus: 'other.txt', curations: [] })).toEqual([]);
  });

  it('a notebook whose curations are malformed is refused on open, with the path', () => {
    const bad = withCurations(sampleNotebook(), listing('同僚B', ''));
    (bad.metadata.curations!.curations[0] as { action: string }).action = 'delete';
    expect(() => parseNotebookText(JSON.stringify(bad), 'bad')).toThrow(/metadata\.curations\.curations\[0\]\.action/);
  });
});
