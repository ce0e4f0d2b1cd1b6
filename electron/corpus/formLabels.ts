import { STANDALONE_LABELS } from './sections.js';

/**
 * A label the form prints one character off its own wording (本事業に取り組み目的・狙い, 本事業に取組む目的・狙い for
 * 本事業に取り組む目的・狙い: the form's misprint or its okurigana, in some records' copies). The row takes the form's
 * label, so that one cell of the form has one label to query by; the label as printed is named in a warning.
 */
export function formLabelFor(label: string): string | null {
  if (label.length < 8) return null;
  for (const known of STANDALONE_LABELS) {
    if (known !== label && oneEditApart(known, label)) return known;
  }
  return null;
}

/** One character substituted, inserted or deleted. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
