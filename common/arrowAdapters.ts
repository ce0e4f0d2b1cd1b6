import { DataType, type Decimal, type Table } from 'apache-arrow';

/** The one policy for turning Arrow values into plain JS: BIGINT → number, dates → ISO text, null stays null. */
export function plainValue(value: unknown, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (DataType.isDate(type) || DataType.isTimestamp(type)) return new Date(Number(value)).toISOString();
  // Arrow hands DECIMAL over unscaled (26.7 as DECIMAL(3,1) arrives as 267).
  if (DataType.isDecimal(type)) return Number(String(value)) / 10 ** (type as Decimal).scale;
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (typeof value === 'object' && value !== null && 'toJSON' in value) return (value as { toJSON(): unknown }).toJSON();
  return value;
}

/** Row objects for a grid. */
export function tableToRows(table: Table): Record<string, unknown>[] {
  const fields = table.schema.fields;
  const columns = fields.map((f) => table.getChild(f.name));
  const rows: Record<string, unknown>[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    fields.forEach((f, k) => {
      row[f.name] = plainValue(columns[k]?.get(i), f.type);
    });
    rows[i] = row;
  }
  return rows;
}

/** Column arrays, the shape Plotly wants. */
export function tableToColumns(table: Table): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const f of table.schema.fields) {
    const vector = table.getChild(f.name);
    const values: unknown[] = new Array(table.numRows);
    for (let i = 0; i < table.numRows; i++) values[i] = plainValue(vector?.get(i), f.type);
    out[f.name] = values;
  }
  return out;
}
