/** Comparing two indicators written by different hands ("養成講座修了人数" vs "養成人数"). */

function normaliseIndicator(text: string): string {
  return text.replace(/[\s、,.:()「」『』【】<>・\-=+×※○◆●①-⑳]/g, '').replace(/[のをがはにへとで]/g, '');
}

function bigrams(text: string): Set<string> {
  const s = normaliseIndicator(text);
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

/**
 * How alike two indicators are: shared character bigrams over the smaller set (so "相談件数" matches
 * "包括的相談窓口への相談件数"), averaged with the Dice coefficient so that longer shared phrases count more.
 */
export function indicatorSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  const overlap = common / Math.min(x.size, y.size);
  const dice = (2 * common) / (x.size + y.size);
  return Math.round(((overlap + dice) / 2) * 1000) / 1000;
}
