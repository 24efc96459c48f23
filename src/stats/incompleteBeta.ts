import { lgamma } from "../clv/specialFunctions.js";
import { continuedFraction } from "./continuedFraction.js";

/**
 * Regularized incomplete beta function I_x(a, b) for a, b > 0, 0 ≤ x ≤ 1: the Student t tail.
 *
 * Numerical Recipes (3rd ed., §6.4): the continued fraction converges quickly for
 * x < (a + 1)/(a + b + 2); beyond that we use I_x(a, b) = 1 − I_{1−x}(b, a). The work grows like
 * √max(a, b), and for a ≫ 1 with x near 1 the fraction loses about a · 1e-16 of relative accuracy
 * (see studentT.ts for what that means for t tests).
 *
 * `y` = 1 − x is taken as an argument because callers can often form it without cancellation
 * (for the t distribution x = ν/(ν+t²) and y = t²/(ν+t²)); 1 − x in floating point would lose the
 * relative precision of a small y. The prefactor x^a y^b / B(a, b) is formed in logs so that,
 * with a in the hundreds of thousands (Welch df of a large A/B test), nothing cancels: ln x comes
 * from log1p(−y) when y is small, and ln B from a Stirling difference instead of three lgammas of
 * size 10⁶ whose rounding alone would cost nine digits.
 */
export function incompleteBeta(x: number, a: number, b: number, y = 1 - x): number {
  if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) throw new Error(`incompleteBeta needs a, b > 0 and 0 ≤ x ≤ 1, got x = ${x}, a = ${a}, b = ${b}`);
  if (x === 0) return 0;
  if (y === 0) return 1;
  const logX = y < 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = x < 0.5 ? Math.log1p(-x) : Math.log(y);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  return x < (a + 1) / (a + b + 2) ? (front * fraction(x, a, b)) / a : 1 - (front * fraction(y, b, a)) / b;
}

/** ln B(a, b). */
function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (big < 100) return lgamma(a) + lgamma(b) - lgamma(a + b);
  // ln Γ(big + small) − ln Γ(big) from Stirling, ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + δ(z):
  // every term is of the size of `small`, not of big · ln big.
  const lgammaRise = (big - 0.5) * Math.log1p(small / big) + small * Math.log(big + small) - small + stirlingRemainder(big + small) - stirlingRemainder(big);
  return lgamma(small) - lgammaRise;
}

/** δ(z) = ln Γ(z) − ((z − ½) ln z − z + ½ ln 2π); three terms are exact to 1e-17 for z ≥ 100. */
function stirlingRemainder(z: number): number {
  const w = 1 / (z * z);
  return (1 / 12 - w * (1 / 360 - w / 1260)) / z;
}

/** 1/(1 + d₁/(1 + d₂/(1 + …))) with NR's even and odd coefficients d_2m and d_2m+1. */
function fraction(x: number, a: number, b: number): number {
  const d = (j: number) => {
    const m = j >> 1;
    return j % 2 === 0
      ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m))
      : (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
  };
  return continuedFraction((j) => (j === 1 ? 1 : d(j - 1)), () => 1, "incompleteBeta");
}
