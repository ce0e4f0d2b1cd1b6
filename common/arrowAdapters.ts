import { DataType, IntervalUnit, TimeUnit, type Decimal, type Interval, type Table, type Time, type Vector } from 'apache-arrow';
import { dateText, intervalText, timestampText, timeText } from './temporalText.js';

/**
 * The one policy for turning Arrow values into plain JS, shared by the grid, CSV, charts and notebooks: BIGINT →
 * number, DATE/TIME/TIMESTAMP/INTERVAL → the text DuckDB prints for them, null stays null.
 */
export function plainValue(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (DataType.isDate(type)) return dateText(Number(value));
  if (DataType.isTimestamp(type)) return timestampText(Number(value));
  if (DataType.isTime(type)) return timeText(microsOfTime(value as number | bigint, (type as Time).unit));
  if (typeof value === 'bigint') return Number(value);
  // Arrow hands DECIMAL over unscaled (26.7 as DECIMAL(3,1) arrives as 267).
  if (DataType.isDecimal(type)) return Number(String(value)) / 10 ** (type as Decimal).scale;
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (typeof value === 'object' && value !== null && 'toJSON' in value) return (value as { toJSON(): unknown }).toJSON();
  return value;
}

const MICROS_PER: Record<TimeUnit, bigint> = { [TimeUnit.SECOND]: 1_000_000n, [TimeUnit.MILLISECOND]: 1_000n, [TimeUnit.MICROSECOND]: 1n, [TimeUnit.NANOSECOND]: 1n };

function microsOfTime(value: number | bigint, timeUnit: TimeUnit): bigint {
  const raw = BigInt(value);
  return timeUnit === TimeUnit.NANOSECOND ? raw / 1_000n : raw * MICROS_PER[timeUnit];
}

/** Arrow JS reads MONTH_DAY_NANO intervals (what DuckDB sends) as if they were YEAR_MONTH: read the raw words. */
function intervalAt(vector: Vector, index: number): string | null {
  if (!vector.isValid(index)) return null;
  let i = index;
  for (const data of vector.data) {
    if (i >= data.length) {
      i -= data.length;
      continue;
    }
    const words = data.values as Int32Array;
    const unit = (data.type as Interval).unit;
    if (unit === IntervalUnit.YEAR_MONTH) return intervalText(words[data.offset + i], 0, 0n);
    if (unit === IntervalUnit.DAY_TIME) return intervalText(0, words[2 * (data.offset + i)], BigInt(words[2 * (data.offset + i) + 1]) * 1_000n);
    const at = 4 * (data.offset + i);
    const nanos = (BigInt(words[at + 3]) << 32n) | BigInt(words[at + 2] >>> 0);
    return intervalText(words[at], words[at + 1], nanos / 1_000n);
  }
  return null;
}

/** Reads row `index` of a column as a plain value. */
function readerFor(vector: Vector | null, type: DataType): (index: number) => unknown {
  if (!vector) return () => null;
  if (DataType.isInterval(type)) return (index) => intervalAt(vector, index);
  return (index) => plainValue(vector.get(index), type);
}

/** One reader per column, by position (a name may come twice): each reads row `index` as a plain value, on demand. */
export function columnReaders(table: Table): ((index: number) => unknown)[] {
  return table.schema.fields.map((f, k) => readerFor(table.getChildAt(k), f.type));
}

/** Row objects for a grid. */
export function tableToRows(table: Table): Record<string, unknown>[] {
  const fields = table.schema.fields;
  const readers = fields.map((f) => readerFor(table.getChild(f.name), f.type));
  const rows: Record<string, unknown>[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    fields.forEach((f, k) => {
      row[f.name] = readers[k](i);
    });
    rows[i] = row;
  }
  return rows;
}

/** Column arrays, the shape Plotly wants. */
export function tableToColumns(table: Table): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const f of table.schema.fields) {
    const read = readerFor(table.getChild(f.name), f.type);
    const values: unknown[] = new Array(table.numRows);
    for (let i = 0; i < table.numRows; i++) values[i] = read(i);
    out[f.name] = values;
  }
  return out;
}
