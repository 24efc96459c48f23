import { normalCdf, normalQuantile } from "./normal.js";
import { requireCount, requireOpenUnit } from "./validate.js";

/**
 * Sample size and power for a two-sided two-proportion z-test with equal arms, from the usual
 * normal approximation (Fleiss, Levin & Paik, without the continuity correction):
 *
 *   n = (z₁₋α/₂ · √(2 p̄(1 − p̄)) + z₁₋β · √(p₁(1 − p₁) + p₂(1 − p₂)))² / (p₂ − p₁)²,  p̄ = (p₁ + p₂)/2.
 *
 * The first term is the noise under H₀ (pooled rate), the second under the alternative. The
 * rejection region on the wrong side is ignored, as in the formula, so the power is a lower bound
 * by at most α/2.
 */

/** Visitors needed in each arm to detect a change from rate p1 to rate p2; rounded up. */
export function sampleSizePerArm(p1: number, p2: number, alpha = 0.05, power = 0.8): number {
  checkRates(p1, p2);
  requireOpenUnit("alpha", alpha);
  requireDesignPower(power);
  return Math.ceil(exactSampleSize(p1, p2, -normalQuantile(alpha / 2), normalQuantile(power)));
}

/** Power to detect p1 → p2 with nPerArm visitors in each arm: the formula above solved for z₁₋β. */
export function achievedPower(nPerArm: number, p1: number, p2: number, alpha = 0.05): number {
  requireCount("nPerArm", nPerArm, 1);
  checkRates(p1, p2);
  requireOpenUnit("alpha", alpha);
  const pBar = (p1 + p2) / 2;
  const zAlpha = -normalQuantile(alpha / 2);
  return normalCdf((Math.abs(p2 - p1) * Math.sqrt(nPerArm) - zAlpha * Math.sqrt(2 * pBar * (1 - pBar))) / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)));
}

/**
 * Smallest absolute rise above `baseline` (p2 − p1, p2 > p1) that nPerArm visitors per arm detect
 * with the given power: the root of n(δ) = nPerArm, found by bisection.
 *
 * n(δ) falls strictly as δ grows, so the root is unique: √n(δ) = g(δ)/δ with g the bracket of the
 * formula, a sum of square roots of concave quadratics, so concave, and positive at 0. Concavity
 * gives g(δ) − g(0) ≥ δ g'(δ), so δ g'(δ) − g(δ) ≤ −g(0) < 0, and that is the sign of (g/δ)'.
 * (Concavity needs z₁₋β ≥ 0, one reason power below 0.5 is refused; no one designs for it anyway.)
 */
export function minimumDetectableEffect(nPerArm: number, baseline: number, alpha = 0.05, power = 0.8): number {
  requireCount("nPerArm", nPerArm, 1);
  requireOpenUnit("baseline", baseline);
  requireOpenUnit("alpha", alpha);
  requireDesignPower(power);
  const zAlpha = -normalQuantile(alpha / 2);
  const zBeta = normalQuantile(power);
  if (exactSampleSize(baseline, 1, zAlpha, zBeta) > nPerArm) {
    throw new Error(`${nPerArm} visitors per arm cannot detect even a rise from ${baseline} to 1 with power ${power}`);
  }
  // Invariant: n(lo) > nPerArm ≥ n(hi). 64 halvings take the bracket (width < 1) below 1e-19, past
  // double precision; we return hi, the side on which nPerArm visitors are enough.
  let lo = 0;
  let hi = 1 - baseline;
  for (let i = 0; i < 64; i++) {
    const mid = (lo + hi) / 2;
    if (exactSampleSize(baseline, baseline + mid, zAlpha, zBeta) > nPerArm) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The formula above before rounding up. */
function exactSampleSize(p1: number, p2: number, zAlpha: number, zBeta: number): number {
  const pBar = (p1 + p2) / 2;
  const root = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (root * root) / ((p2 - p1) * (p2 - p1));
}

function requireDesignPower(power: number): void {
  if (!(power >= 0.5 && power < 1)) throw new Error(`power must be at least 0.5 and below 1, got ${power}`);
}

function checkRates(p1: number, p2: number): void {
  requireOpenUnit("p1", p1);
  requireOpenUnit("p2", p2);
  if (p1 === p2) throw new Error(`p1 and p2 are both ${p1}: there is no effect to detect`);
}
