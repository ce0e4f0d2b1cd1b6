import { useState, type DragEvent, type Dispatch, type ReactNode } from 'react';
import { useI18n } from '../i18n/locale';
import { fieldLabel } from './fieldLabels';
import { FilterEditor } from './FilterEditor';
import { MeasureEditor } from './MeasureEditor';
import { pivotText, type PivotTextKey } from './pivotText';
import { hasRowCount, type PivotAction, type Zone } from './pivotState';
import type { SourceField } from './runPivot';
import { measureLabel, type PivotSpec } from './spec';
import type { WorkbenchEngine } from '../engine/types';

const DRAG_TYPE = 'application/x-kyosei-pivot';

/** What is being dragged: a field from the list, or a chip from a zone. */
type DragPayload = { field: string } | { from: Zone; index: number };

function readDrag(e: DragEvent): DragPayload | null {
  const raw = e.dataTransfer.getData(DRAG_TYPE);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as DragPayload;
  } catch {
    return null;
  }
}

const KIND_MARK: Record<SourceField['kind'], string> = { text: 'あ', integer: '#', number: '#', boolean: '✓', other: '·' };

interface FieldZonesProps {
  spec: PivotSpec;
  fields: SourceField[];
  dispatch: Dispatch<PivotAction>;
  engine: WorkbenchEngine;
}

/** The field list and the four zones; every drag has a keyboard equivalent (select + add, chip buttons). */
export function FieldZones({ spec, fields, dispatch, engine }: FieldZonesProps) {
  const { locale } = useI18n();
  const tx = (k: PivotTextKey) => pivotText(locale, k);
  const [picked, setPicked] = useState('');
  const kindOf = (name: string) => fields.find((f) => f.name === name)?.kind ?? 'other';
  const pickedField = picked && fields.some((f) => f.name === picked) ? picked : fields[0]?.name ?? '';

  const onDrop = (zone: Zone) => (e: DragEvent) => {
    e.preventDefault();
    const payload = readDrag(e);
    if (!payload) return;
    if ('field' in payload) dispatch({ type: 'add', zone, field: payload.field, kind: kindOf(payload.field) });
    else {
      const name = zoneField(spec, payload.from, payload.index);
      dispatch({ type: 'transfer', from: payload.from, index: payload.index, to: zone, kind: kindOf(name ?? '') });
    }
  };

  const zoneBox = (zone: Zone, children: ReactNode) => (
    <section
      className="pivot-zone"
      data-zone={zone}
      aria-label={tx(zone)}
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }}
      onDrop={onDrop(zone)}
    >
      <h3>{tx(zone)}</h3>
      {children}
      <p className="pivot-drop-hint">{tx('dropHere')}</p>
    </section>
  );

  const chip = (zone: Zone, index: number, name: string, count: number, extra?: ReactNode, label = fieldLabel(name, locale)) => (
    <div
      key={`${zone}-${index}-${name}`}
      className="pivot-chip"
      draggable
      data-field={name}
      onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ from: zone, index } satisfies DragPayload))}
    >
      <div className="pivot-chip-head">
        <span className="pivot-chip-name" title={name}>{label}</span>
        <button type="button" aria-label={`${label} ${tx('moveUp')}`} disabled={index === 0} onClick={() => dispatch({ type: 'move', zone, index, delta: -1 })}>◀</button>
        <button type="button" aria-label={`${label} ${tx('moveDown')}`} disabled={index === count - 1} onClick={() => dispatch({ type: 'move', zone, index, delta: 1 })}>▶</button>
        <button type="button" aria-label={`${label} ${tx('remove')}`} onClick={() => dispatch({ type: 'remove', zone, index })}>×</button>
      </div>
      {extra}
    </div>
  );

  return (
    <div className="pivot-fields">
      <section className="pivot-field-list" aria-label={tx('fields')}>
        <h3>{tx('fields')}</h3>
        <p className="pivot-hint">{tx('fieldsHint')}</p>
        <div className="pivot-picker">
          <select aria-label={tx('fields')} value={pickedField} onChange={(e) => setPicked(e.target.value)} data-testid="pivot-field-select">
            {fields.map((f) => (
              <option key={f.name} value={f.name}>{fieldLabel(f.name, locale)}{fieldLabel(f.name, locale) !== f.name ? ` (${f.name})` : ''}</option>
            ))}
          </select>
          <div className="pivot-picker-buttons">
            {(['rows', 'columns', 'values', 'filters'] as const).map((zone) => (
              <button key={zone} type="button" data-add-to={zone} disabled={!pickedField}
                onClick={() => dispatch({ type: 'add', zone, field: pickedField, kind: kindOf(pickedField) })}>
                {tx(zone)}{tx('addTo')}
              </button>
            ))}
          </div>
        </div>
        <ul className="pivot-field-items">
          {fields.map((f) => (
            <li key={f.name} draggable title={`${f.name} : ${f.duckdbType}`}
              onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ field: f.name } satisfies DragPayload))}>
              <span className={`pivot-kind pivot-kind-${f.kind}`}>{KIND_MARK[f.kind]}</span>
              {fieldLabel(f.name, locale)}
            </li>
          ))}
        </ul>
      </section>
      <div className="pivot-zones">
        {zoneBox('filters', spec.filters.map((flt, i) => chip('filters', i, flt.field, spec.filters.length,
          <FilterEditor spec={spec} filter={flt} index={i} dispatch={dispatch} engine={engine} />)))}
        {zoneBox('columns', spec.columns.map((f, i) => chip('columns', i, f, spec.columns.length)))}
        {zoneBox('rows', spec.rows.map((f, i) => chip('rows', i, f, spec.rows.length)))}
        {zoneBox('values', <>
          {spec.values.map((m, i) => chip('values', i, m.field ?? '*', spec.values.length,
            <MeasureEditor measure={m} index={i} fields={fields} dispatch={dispatch} />, measureLabel(m)))}
          {!hasRowCount(spec.values) && (
            <button type="button" className="pivot-add-count" data-testid="pivot-add-count" title={tx('addRowCountHint')} onClick={() => dispatch({ type: 'addRowCount' })}>
              {tx('addRowCount')}
            </button>
          )}
        </>)}
      </div>
    </div>
  );
}

function zoneField(spec: PivotSpec, zone: Zone, index: number): string | null {
  if (zone === 'values') return spec.values[index]?.field ?? null;
  if (zone === 'filters') return spec.filters[index]?.field ?? null;
  return spec[zone][index] ?? null;
}
