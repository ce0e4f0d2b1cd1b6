/** Ordinary least squares y = slope·x + intercept with Pearson's r, over finite pairs only. */
export interface TrendFit {
  slope: number;
  intercept: number;
  /** Pearson correlation; NaN when x or y does not vary. */
  r: number;
  n: number;
  xMin: number;
  xMax: number;
}

/** Needs at least two points with distinct x; returns null otherwise (a line through one point means nothing). */
export function fitTrendLine(xs: readonly number[], ys: readonly number[]): TrendFit | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i];
    sy += ys[i];
  }
  const mx = sx / n;
  const my = sy / n;
  // Centred sums keep precision when values are large (populations in the millions).
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let xMin = Infinity;
  let xMax = -Infinity;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
    if (xs[i] < xMin) xMin = xs[i];
    if (xs[i] > xMax) xMax = xs[i];
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, r: syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy), n, xMin, xMax };
}

const FIXED = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 3, minimumFractionDigits: 0 });

/** The annotation text: r, n and the line, e.g. "r = 0.982 (n = 3)  y = 1.5x + 0.667". */
export function describeTrend(fit: TrendFit): string {
  const r = Number.isNaN(fit.r) ? '—' : fit.r.toFixed(3);
  const sign = fit.intercept < 0 ? '−' : '+';
  return `r = ${r} (n = ${fit.n.toLocaleString('ja-JP')})　y = ${FIXED.format(fit.slope)}x ${sign} ${FIXED.format(Math.abs(fit.intercept))}`;
}
