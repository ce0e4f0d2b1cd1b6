/** Number formats of pivot measures: screen text (Japanese grouping), CSV text and Excel numFmt from one definition. */
import type { Aggregation, FieldKind, Measure, NumberFormat, PivotSchema } from './spec';

function scaleFactor(f: NumberFormat): number {
  if (!f.fromFraction) return 1;
  return f.style === 'percent' ? 100 : f.style === 'permille' ? 1000 : 1;
}

function unitMark(f: NumberFormat): string {
  const mark = f.style === 'percent' ? '%' : f.style === 'permille' ? '‰' : '';
  return mark + (f.suffix ?? '');
}

/** 1966735 → "1,966,735", 0.267 (percent, from fraction) → "26.7%". Non-numbers pass through as text. */
export function formatMeasure(value: unknown, f: NumberFormat): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return '';
  const digits = Math.max(0, Math.min(10, Math.round(f.decimals)));
  const text = (value * scaleFactor(f)).toLocaleString('ja-JP', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: f.thousands,
  });
  return text + unitMark(f);
}

/** Excel's format code for the same display; Excel scales % itself, ‰ it cannot, so those cells hold value×1000. */
export function excelNumFmt(f: NumberFormat): string {
  const digits = Math.max(0, Math.min(10, Math.round(f.decimals)));
  const base = (f.thousands ? '#,##0' : '0') + (digits > 0 ? `.${'0'.repeat(digits)}` : '');
  const suffix = f.suffix ? `"${f.suffix.replaceAll('"', '')}"` : '';
  if (f.style === 'percent') return f.fromFraction ? `${base}%${suffix}` : `${base}"%"${suffix}`;
  if (f.style === 'permille') return `${base}"‰"${suffix}`;
  return base + suffix;
}

/** The number written into an Excel cell so that excelNumFmt shows what the grid shows. */
export function excelCellValue(value: unknown, f: NumberFormat): unknown {
  if (typeof value !== 'number') return value ?? null;
  if (f.style === 'permille' && f.fromFraction) return value * 1000;
  return value;
}

/** A sensible format for a newly added measure: whole numbers stay whole (1,966,735人), ratios read as percentages. */
export function defaultFormat(agg: Aggregation, kind: FieldKind = 'number'): NumberFormat {
  switch (agg) {
    case 'count':
    case 'count_distinct':
      return { style: 'number', decimals: 0, thousands: true, fromFraction: false };
    case 'sum':
    case 'min':
    case 'max':
      return { style: 'number', decimals: kind === 'integer' ? 0 : 1, thousands: true, fromFraction: false };
    case 'ratio':
      return { style: 'percent', decimals: 1, thousands: true, fromFraction: true };
    default:
      return { style: 'number', decimals: 1, thousands: true, fromFraction: false };
  }
}

function sameFormat(a: NumberFormat, b: NumberFormat): boolean {
  return a.style === b.style && a.decimals === b.decimals && a.thousands === b.thousands && a.fromFraction === b.fromFraction && (a.suffix ?? '') === (b.suffix ?? '');
}

/**
 * A measure still carrying the default written without knowing its field (the notebook's compact editor knows only
 * column names) gets the default for its field's kind once the source's types are known: a sum of 人口 reads
 * 2,159,429, not 2,159,429.0. A format anyone chose is left as it is.
 */
export function fitFormatToField(measure: Measure, schema: PivotSchema): Measure {
  const kind = measure.field ? schema[measure.field] : undefined;
  if (!kind || !sameFormat(measure.format, defaultFormat(measure.agg))) return measure;
  return { ...measure, format: defaultFormat(measure.agg, kind) };
}
