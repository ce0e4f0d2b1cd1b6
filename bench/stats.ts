/** The middle value (upper middle for an even count): robust to the odd slow run on a shared machine. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Rounded for the report: two decimals are more than the noise allows. */
export function round(v: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}
