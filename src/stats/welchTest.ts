import { studentTQuantile, studentTTwoSidedP } from "./studentT.js";
import { requireCount, requireOpenUnit } from "./validate.js";

/** What Welch's test needs from one arm: size, mean and sample variance (divisor n − 1). */
export interface SampleSummary {
  n: number;
  mean: number;
  variance: number;
}

export interface WelchResult {
  meanA: number;
  meanB: number;
  /** meanB − meanA. */
  difference: number;
  standardError: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom, usually fractional. */
  df: number;
  /** Two-sided p-value of t on df degrees of freedom. */
  pValue: number;
  /** t interval for the difference at level 1 − alpha. */
  confidenceInterval: [lower: number, upper: number];
}

/**
 * Mean and sample variance in one pass by Welford's update. The textbook Σx² − n·x̄² cancels
 * catastrophically when the values share a large offset (order totals in cents, timestamps);
 * Welford keeps the sum of squared deviations from the running mean instead.
 */
export function summarizeSample(values: ArrayLike<number>): SampleSummary {
  if (values.length < 2) throw new Error(`a sample variance needs at least 2 values, got ${values.length}`);
  let mean = 0;
  let sumSquares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw new Error(`value ${i} is not a finite number: ${v}`);
    const delta = v - mean;
    mean += delta / (i + 1);
    sumSquares += delta * (v - mean);
  }
  return { n: values.length, mean, variance: sumSquares / (values.length - 1) };
}

/**
 * Welch's two-sample t-test of arm B against arm A from summary statistics. Unlike Student's
 * pooled test it does not assume equal variances, which A/B arms (a treatment that changes who
 * buys, and how much) often do not have; with equal sizes and variances the two agree anyway.
 */
export function welchTest(a: SampleSummary, b: SampleSummary, alpha = 0.05): WelchResult {
  for (const [name, s] of [["A", a], ["B", b]] as const) {
    requireCount(`n of arm ${name}`, s.n, 2);
    if (!Number.isFinite(s.mean)) throw new Error(`mean of arm ${name} must be finite, got ${s.mean}`);
    if (!(s.variance >= 0 && s.variance < Infinity)) throw new Error(`variance of arm ${name} must be finite and ≥ 0, got ${s.variance}`);
  }
  requireOpenUnit("alpha", alpha);
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const v = va + vb;
  if (v === 0) throw new Error("both arms have zero variance, so the t statistic is undefined");
  const standardError = Math.sqrt(v);
  const difference = b.mean - a.mean;
  const t = difference / standardError;
  // Satterthwaite: v² / (va²/(nA−1) + vb²/(nB−1)), written with shares of v so nothing underflows.
  const df = 1 / ((va / v) ** 2 / (a.n - 1) + (vb / v) ** 2 / (b.n - 1));
  const half = -studentTQuantile(alpha / 2, df) * standardError;
  return {
    meanA: a.mean,
    meanB: b.mean,
    difference,
    standardError,
    t,
    df,
    pValue: studentTTwoSidedP(t, df),
    confidenceInterval: [difference - half, difference + half]
  };
}
