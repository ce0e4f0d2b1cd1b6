import { readKatakanaItem, readLabelledCell } from './sections.js';
import { squash } from './text.js';

/**
 * The label layout of the form's small tables, learned from the corpus itself: under a titled item ("イ 相談支援包括化
 * 推進会議の開催方法") most records print rows of labelled cells ("(個別事例の検討)…⇥(既存の会議の名称)…", then
 * "(ネットワーク構築)…⇥(既存の会議の名称)…"). A record that prints the same table without its labels (津別町) is read
 * by position against this layout. Every record of a corpus fills in the same form, so the layout is the form's, not
 * this year's answers; a title that no record labels has no layout.
 */
export type FormLayouts = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The tab line's labels when every column of it opens with a form label, else null. */
function labelRow(line: string): string[] | null {
  if (!line.includes('\t') || line.includes('<')) return null;
  const columns = line.split('\t').map(squash).filter((c) => c);
  const labels = columns.map((c) => readLabelledCell(c)?.label ?? null);
  return labels.length >= 2 && labels.every((l) => l !== null) ? (labels as string[]) : null;
}

/** The most common layout of labelled rows under each katakana title of the corpus's tab-separated tables. */
export function learnFormLayouts(lines: readonly string[]): FormLayouts {
  const seen = new Map<string, Map<string, { rows: string[][]; count: number }>>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/^[アイウエオカキク][\s「]/.test(line)) continue;
    const title = readKatakanaItem(squash(line.split('\t')[0]));
    if (!title) continue;
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (lines[j].trim() === '') continue;
      const row = labelRow(lines[j]);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length === 0) continue;
    const layouts = seen.get(title.label) ?? new Map();
    const key = JSON.stringify(rows);
    const entry = layouts.get(key) ?? { rows, count: 0 };
    entry.count++;
    layouts.set(key, entry);
    seen.set(title.label, layouts);
    i = j - 1;
  }
  const out = new Map<string, string[][]>();
  for (const [title, layouts] of seen) {
    // The most common; a tie goes by the layout's text, so the order of the records does not decide it.
    const best = [...layouts.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))[0][1];
    out.set(title, best.rows);
  }
  return out;
}
