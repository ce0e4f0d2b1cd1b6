/** Comparing two indicators written by different hands ("養成講座修了人数" vs "養成人数"). */

function normaliseIndicator(text: string): string {
  return text.replace(/[\s、,.:()「」『』【】<>・\-=+×※○◆●①-⑳]/g, '').replace(/[のをがはにへとで]/g, '');
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

/** An indicator's bigrams, their total weight, and whether any of them is more than a generic count word. */
interface Grams {
  set: ReadonlySet<string>;
  total: number;
  specific: boolean;
}

/** Pairing compares each indicator with many others: its bigrams are read once (the cache is emptied when it grows). */
const gramCache = new Map<string, Grams>();
const GRAM_CACHE_LIMIT = 4096;

function gramsOf(text: string): Grams {
  const cached = gramCache.get(text);
  if (cached) return cached;
  const s = normaliseIndicator(text);
  const set = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) set.add(s.slice(i, i + 2));
  if (s.length === 1) set.add(s);
  const grams = { set, total: total(set), specific: [...set].some((g) => !GENERIC.has(g)) };
  if (gramCache.size >= GRAM_CACHE_LIMIT) gramCache.clear();
  gramCache.set(text, grams);
  return grams;
}

/** Whether a phrase says no more than a count word does (参加者, 相談件数): none of its bigrams is specific. */
export function isGenericPhrase(text: string): boolean {
  return !gramsOf(text).specific;
}

/**
 * How alike two indicators are: shared character bigrams over the smaller set (so "相談件数" matches
 * "包括的相談窓口への相談件数"), averaged with the Dice coefficient so that longer shared phrases count more.
 * Bigrams of generic count words weigh 0.3, and a likeness made of them alone counts half.
 */
export function indicatorSimilarity(a: string, b: string): number {
  const x = gramsOf(a);
  const y = gramsOf(b);
  if (x.set.size === 0 || y.set.size === 0) return 0;
  const shared = [...x.set].filter((g) => y.set.has(g));
  const common = total(shared);
  const overlap = common / Math.min(x.total, y.total);
  const dice = (2 * common) / (x.total + y.total);
  // Sharing only count words ("参加者数" and "学習会 参加者") says little when either side names something more.
  const onlyGeneric = shared.every((g) => GENERIC.has(g)) && (x.specific || y.specific);
  return Math.round(((overlap + dice) / 2) * (onlyGeneric ? 0.5 : 1) * 1000) / 1000;
}
