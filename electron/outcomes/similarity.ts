/** Comparing two indicators written by different hands ("養成講座修了人数" vs "養成人数"). */

function normaliseIndicator(text: string): string {
  return text.replace(/[\s、,.:()「」『』【】<>・\-=+×※○◆●①-⑳]/g, '').replace(/[のをがはにへとで]/g, '');
}

/** Pairing compares each indicator with many others: its bigrams are read once (the cache is emptied when it grows). */
const bigramCache = new Map<string, ReadonlySet<string>>();
const BIGRAM_CACHE_LIMIT = 4096;

function bigrams(text: string): ReadonlySet<string> {
  const cached = bigramCache.get(text);
  if (cached) return cached;
  const s = normaliseIndicator(text);
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  if (bigramCache.size >= BIGRAM_CACHE_LIMIT) bigramCache.clear();
  bigramCache.set(text, out);
  return out;
}

/** Bigrams every count indicator shares ("相談件数", "参加者数"): they weigh less than the words that tell indicators apart. */
const GENERIC = new Set(['相談', '談件', '件数', '参加', '加者', '者数', '回数', '開催', '人数', '実施', '支援', '数(', '数)']);

function weight(bigram: string): number {
  return GENERIC.has(bigram) ? 0.3 : 1;
}

function total(grams: Iterable<string>): number {
  let sum = 0;
  for (const g of grams) sum += weight(g);
  return sum;
}

/**
 * How alike two indicators are: shared character bigrams over the smaller set (so "相談件数" matches
 * "包括的相談窓口への相談件数"), averaged with the Dice coefficient so that longer shared phrases count more.
 * Bigrams of generic count words weigh 0.3, and a likeness made of them alone counts half.
 */
export function indicatorSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  const shared = [...x].filter((g) => y.has(g));
  const common = total(shared);
  const overlap = common / Math.min(total(x), total(y));
  const dice = (2 * common) / (total(x) + total(y));
  // Sharing only count words ("参加者数" and "学習会 参加者") says little when either side names something more.
  const onlyGeneric = shared.every((g) => GENERIC.has(g)) && [...x, ...y].some((g) => !GENERIC.has(g));
  return Math.round(((overlap + dice) / 2) * (onlyGeneric ? 0.5 : 1) * 1000) / 1000;
}
