import { useEffect, useState, type Dispatch } from 'react';
import type { WorkbenchEngine } from '../engine/types';
import { tableToRows } from '../../common/arrowAdapters';
import { useI18n } from '../i18n/locale';
import { formatNumber } from '../i18n/messages';
import { distinctValuesSql, keyLabel } from './generateSql';
import { pivotText, type PivotTextKey } from './pivotText';
import type { PivotAction } from './pivotState';
import type { FilterValue, PivotFilter, PivotSpec } from './spec';

interface Choice {
  value: FilterValue;
  rows: number;
}

/** Include / exclude chosen values of one field; the choices are the field's distinct values in the source. */
export function FilterEditor({ spec, filter, index, dispatch, engine }: { spec: PivotSpec; filter: PivotFilter; index: number; dispatch: Dispatch<PivotAction>; engine: WorkbenchEngine }) {
  const { locale } = useI18n();
  const tx = (k: PivotTextKey) => pivotText(locale, k);
  const [choices, setChoices] = useState<Choice[]>([]);
  const sourceKey = JSON.stringify(spec.source);

  useEffect(() => {
    const abort = new AbortController();
    engine.query(distinctValuesSql(spec, filter.field), { signal: abort.signal }).then(
      (t) => setChoices(tableToRows(t).map((r) => ({ value: r.value as FilterValue, rows: Number(r.rows) }))),
      () => setChoices([]),
    );
    return () => abort.abort();
    // The choices depend on the source and the field only, not on the rest of the spec.
  }, [engine, sourceKey, filter.field]);

  const chosen = (v: FilterValue) => filter.values.some((x) => x === v);
  const toggle = (v: FilterValue) =>
    dispatch({ type: 'filter', index, patch: { values: chosen(v) ? filter.values.filter((x) => x !== v) : [...filter.values, v] } });

  return (
    <div className="pivot-filter">
      <select value={filter.op} aria-label={`${tx('filters')} ${filter.field}`} onChange={(e) => dispatch({ type: 'filter', index, patch: { op: e.target.value as PivotFilter['op'] } })}>
        <option value="in">{tx('include')}</option>
        <option value="not_in">{tx('exclude')}</option>
      </select>
      {filter.values.length === 0 && filter.op === 'in' && <span className="pivot-hint">{tx('noValuesChosen')}</span>}
      <ul className="pivot-filter-values">
        {choices.map((c) => (
          <li key={String(c.value)}>
            <label>
              <input type="checkbox" checked={chosen(c.value)} onChange={() => toggle(c.value)} />
              {keyLabel(c.value)} <span className="pivot-count">({formatNumber(c.rows)})</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
