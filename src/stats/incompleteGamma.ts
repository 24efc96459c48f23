import { lgamma } from "../clv/specialFunctions.js";
import { continuedFraction } from "./continuedFraction.js";

/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) for a > 0, x ≥ 0, the
 * chi-square upper tail and (with a = ½) the normal tail.
 *
 * Numerical Recipes (3rd ed., §6.2): below x = a + 1 the series for P = 1 − Q converges fast and Q
 * is not small there, so 1 − P loses nothing; above it the continued fraction gives Q itself, which
 * keeps tiny tail probabilities accurate to a few ulps instead of swallowing them in 1 − P.
 */
export function upperIncompleteGamma(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new Error(`upperIncompleteGamma needs a > 0 and x ≥ 0, got a = ${a}, x = ${x}`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const front = Math.exp(a * Math.log(x) - x - lgamma(a)); // x^a e^−x / Γ(a)
  if (x < a + 1) return 1 - front * lowerSeries(a, x);
  // Γ(a, x) = e^−x x^a · 1/(x+1−a − 1(1−a)/(x+3−a − 2(2−a)/(x+5−a − …)))
  return front * continuedFraction((j) => (j === 1 ? 1 : -(j - 1) * (j - 1 - a)), (j) => x + 2 * j - 1 - a, "upperIncompleteGamma");
}

/** Σ_{n≥0} x^n / (a (a+1) … (a+n)), so that P(a, x) = x^a e^−x / Γ(a) · this sum. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 100_000; n++) {
    term *= x / (a + n);
    sum += term;
    if (term <= sum * Number.EPSILON) return sum;
  }
  throw new Error(`upperIncompleteGamma: series did not converge for a = ${a}, x = ${x}`);
}
