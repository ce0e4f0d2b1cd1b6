import { describe, expect, it } from 'vitest';
import { describeTrend, fitTrendLine } from '../../../renderer/charts/trendLine';

describe('fitTrendLine', () => {
  it('matches the hand computation for (1,2), (2,4), (3,5)', () => {
    // x̄ = 2, ȳ = 11/3; Sxx = 2, Sxy = 3, Syy = 14/3 → slope 1.5, intercept 11/3 − 3 = 2/3, r = 3/√(2·14/3) = 0.98198
    const fit = fitTrendLine([1, 2, 3], [2, 4, 5]);
    expect(fit).not.toBeNull();
    expect(fit!.slope).toBeCloseTo(1.5, 10);
    expect(fit!.intercept).toBeCloseTo(0.6667, 4);
    expect(fit!.r).toBeCloseTo(0.982, 3);
    expect(fit!.r).toBeCloseTo(3 / Math.sqrt(28 / 3), 12);
    expect(fit!.n).toBe(3);
    expect([fit!.xMin, fit!.xMax]).toEqual([1, 3]);
  });

  it('gives r = −1 for a perfect falling line and keeps precision at population scale', () => {
    const xs = [1_000_000, 1_000_001, 1_000_002, 1_000_003];
    const fit = fitTrendLine(xs, xs.map((x) => 5 - 2 * (x - 1_000_000)))!;
    expect(fit.slope).toBeCloseTo(-2, 9);
    expect(fit.r).toBeCloseTo(-1, 12);
  });

  it('refuses one point or a constant x, and reports NaN r for a constant y', () => {
    expect(fitTrendLine([1], [1])).toBeNull();
    expect(fitTrendLine([2, 2, 2], [1, 2, 3])).toBeNull();
    const flat = fitTrendLine([1, 2, 3], [4, 4, 4])!;
    expect(flat.slope).toBe(0);
    expect(flat.intercept).toBe(4);
    expect(Number.isNaN(flat.r)).toBe(true);
  });

  it('writes r, n and the line for the annotation', () => {
    expect(describeTrend(fitTrendLine([1, 2, 3], [2, 4, 5])!)).toBe('r = 0.982 (n = 3)　y = 1.5x + 0.667');
    expect(describeTrend(fitTrendLine([0, 1], [1, -1])!)).toBe('r = -1.000 (n = 2)　y = -2x + 1');
  });
});
