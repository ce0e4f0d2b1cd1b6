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

/** A timing beside the floor or peer it is judged against, measured in the same run: ratio = ms ÷ peer_ms. */
export interface Beside {
  ms: number;
  peer: string;
  peer_ms: number;
  ratio: number;
}

export function beside(ms: number, peer: string, peerMs: number): Beside {
  return { ms: round(ms), peer, peer_ms: round(peerMs), ratio: round(ms / peerMs) };
}
