import { Table, Utf8, makeVector, vectorFromArray } from 'apache-arrow';

/**
 * A result shaped like a wide SQL result: integers, decimals read as doubles, repeated labels and free text, in
 * 20 columns by default. Built outside the timed part.
 */
export function makeTable(rows: number, columns: number): Table {
  const labels = ['北海道 札幌市', '北海道 京極町', '青森県', '岩手県 岩泉町', '東京都 世田谷区', '大阪府 豊中市'];
  const vectors: Record<string, ReturnType<typeof makeVector>> = {};
  for (let c = 0; c < columns; c++) {
    const name = `col_${c}`;
    if (c % 4 === 0) vectors[name] = vectorFromArray(Array.from({ length: rows }, (_, i) => `${labels[i % labels.length]} ${i}`), new Utf8());
    else if (c % 4 === 1) vectors[name] = makeVector(Int32Array.from({ length: rows }, (_, i) => (i * (c + 7)) % 1_000_003));
    else if (c % 4 === 2) vectors[name] = makeVector(Float64Array.from({ length: rows }, (_, i) => ((i * 31 + c) % 9973) / 7));
    else vectors[name] = makeVector(Int32Array.from({ length: rows }, (_, i) => i));
  }
  return new Table(vectors);
}

