import { normalCdf, normalQuantile } from "./normal.js";
import { requireCount, requireOpenUnit } from "./validate.js";

export interface TwoProportionResult {
  rateA: number;
  rateB: number;
  /** rateB − rateA. */
  difference: number;
  /** difference / rateA; null when A converted nobody, as a lift over zero has no size. */
  relativeLift: number | null;
  /** difference over its standard error under H₀ (both arms share the pooled rate). */
  z: number;
  /** Two-sided p-value of z. */
  pValue: number;
  /** Wald interval for the difference at level 1 − alpha (unpooled standard error), within [−1, 1]. */
  confidenceInterval: [lower: number, upper: number];
}

/**
 * Two-proportion z-test of arm B against arm A (conversions out of visitors in each arm).
 *
 * The test uses the pooled variance because under H₀ both arms have one rate, and pooling estimates
 * it best; the interval does not assume H₀, so it uses each arm's own variance. The two can
 * disagree at the margin (p just under alpha while the interval touches 0); that is the textbook
 * pairing, and R's prop.test(correct = FALSE) gives the same p (as X² = z²) and, for A − B, the
 * same interval, also clipped to [−1, 1] since no difference of rates lies outside it.
 *
 * When neither arm has a conversion, or both convert everyone, the pooled variance is 0 and z is
 * 0/0; we report z = 0, p = 1, which is also what Fisher's exact test gives for such a table.
 */
export function twoProportionTest(conversionsA: number, nA: number, conversionsB: number, nB: number, alpha = 0.05): TwoProportionResult {
  requireCount("nA", nA, 1);
  requireCount("nB", nB, 1);
  requireCount("conversionsA", conversionsA, 0);
  requireCount("conversionsB", conversionsB, 0);
  if (conversionsA > nA) throw new Error(`conversionsA (${conversionsA}) cannot exceed nA (${nA})`);
  if (conversionsB > nB) throw new Error(`conversionsB (${conversionsB}) cannot exceed nB (${nB})`);
  requireOpenUnit("alpha", alpha);

  const rateA = conversionsA / nA;
  const rateB = conversionsB / nB;
  const difference = rateB - rateA;
  const pooled = (conversionsA + conversionsB) / (nA + nB);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const z = pooledSe === 0 ? 0 : difference / pooledSe;
  const se = Math.sqrt((rateA * (1 - rateA)) / nA + (rateB * (1 - rateB)) / nB);
  const half = -normalQuantile(alpha / 2) * se;
  return {
    rateA,
    rateB,
    difference,
    relativeLift: rateA === 0 ? null : difference / rateA,
    z,
    pValue: 2 * normalCdf(-Math.abs(z)),
    confidenceInterval: [Math.max(difference - half, -1), Math.min(difference + half, 1)]
  };
}
