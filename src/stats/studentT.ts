import { lgamma } from "../clv/specialFunctions.js";
import { incompleteBeta } from "./incompleteBeta.js";
import { normalQuantile } from "./normal.js";
import { requireNumber } from "./validate.js";

/**
 * Student t distribution with real degrees of freedom ν > 0 (Welch–Satterthwaite gives fractional
 * ν), through P(|T| > |t|) = I_x(ν/2, ½) with x = ν/(ν + t²).
 *
 * Relative accuracy against mpmath (test/src/stats/studentT.test.ts) is a few 1e-14 for ν ≤ 10³.
 * Beyond that the continued fraction's partial denominators cancel to O(1/ν), and the error grows
 * roughly like ν · 5e-17: ≈ 3e-11 at ν = 10⁶, a Welch test on a million users per arm. (R's pt
 * switches to a normal approximation above ν = 4·10⁵, which is no more accurate there.)
 */

/** P(|T| > |t|): the two-sided p-value of an observed t. */
export function studentTTwoSidedP(t: number, df: number): number {
  requireNumber("t", t);
  if (!(df > 0)) throw new Error(`degrees of freedom must be positive, got ${df}`);
  const r = (t * t) / df;
  // x = 1/(1 + r) and 1 − x = 1/(1 + 1/r), each without cancellation (and right at t = 0 and ±∞).
  return incompleteBeta(1 / (1 + r), df / 2, 0.5, 1 / (1 + 1 / r));
}

/** P(T ≤ t). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * studentTTwoSidedP(t, df);
  return t < 0 ? tail : 1 - tail;
}

/**
 * The t with P(T ≤ t) = p; ∓Infinity at p = 0 and 1.
 * Newton's method from the normal quantile. In the lower half the cdf is convex (the density rises
 * towards 0) and the t quantile lies beyond the normal one (t tails are heavier), so every step
 * lands between the root and the previous point: the iteration cannot overshoot.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1)) throw new Error(`p must be between 0 and 1, got ${p}`);
  if (!(df > 0)) throw new Error(`degrees of freedom must be positive, got ${df}`);
  if (p > 0.5) return -studentTQuantile(1 - p, df); // 1 − p is exact for p > ½
  if (p === 0) return -Infinity;
  const logNorm = lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  let t = normalQuantile(p);
  for (let i = 0; i < 1000; i++) {
    const density = Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
    const step = (studentTCdf(t, df) - p) / density;
    t -= step;
    // Exact steps only move left; once a step is no longer a real move left we are at the root to
    // rounding, and this test cannot be fooled into looping by last-digit noise in the cdf.
    if (!(step > 1e-15 * Math.abs(t))) return t;
  }
  throw new Error(`studentTQuantile did not converge for p = ${p}, df = ${df}`);
}
