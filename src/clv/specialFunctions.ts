/**
 * Special functions for the CLV likelihoods, written out because JavaScript has none of them and
 * the models need them evaluated millions of times (so: no allocation, no generality we do not use).
 *
 * Accuracy notes (checked in test/src/clv/specialFunctions.test.ts against known values):
 * - lgamma / digamma: arguments are pushed up to ≥ 10 with the recurrence, then the Stirling /
 *   asymptotic series; absolute error ≈ 1e-14 for x in (0, 1e6]. Only x > 0 is supported
 *   (every call site has a positive argument: shape parameters plus counts).
 * - hyp2f1Series: the plain Gauss series for 0 ≤ z < 1, the reference the faster special-purpose
 *   evaluations (hyp2f1b1.ts, the BG/NBD expectation) are tested against. The number of terms
 *   grows like 1/(1 − z); it returns NaN beyond `maxTerms` instead of a truncated sum.
 */

const HALF_LOG_2PI = 0.9189385332046728;

/** ln Γ(x) for x > 0. */
export function lgamma(x: number): number {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  let shiftLog = 0;
  if (x < 10) {
    // Recurrence Γ(x) = Γ(x + n) / (x (x+1) … (x+n-1)); the product stays far from overflow.
    let p = 1;
    while (x < 10) {
      p *= x;
      x += 1;
    }
    shiftLog = Math.log(p);
  }
  const z = 1 / (x * x);
  // Stirling series: Σ B_2k / (2k (2k−1) x^(2k−1)), eight terms are below 1e-16 for x ≥ 10.
  const series =
    (1 / 12 -
      z * (1 / 360 - z * (1 / 1260 - z * (1 / 1680 - z * (1 / 1188 - z * (691 / 360360 - z * (1 / 156 - z * (3617 / 122400)))))))) /
    x;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shiftLog;
}

/** ψ(x) = d/dx ln Γ(x) for x > 0. */
export function digamma(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  let acc = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const z = 1 / (x * x);
  const series = z * (1 / 12 - z * (1 / 120 - z * (1 / 252 - z * (1 / 240 - z * (1 / 132 - z * (691 / 32760 - z * (1 / 12)))))));
  return acc + Math.log(x) - 0.5 / x - series;
}

/** ln(e^a + e^b) without overflow; -Infinity terms are allowed. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * (1 − q^e) / e for q = 1 / (1 + u), u ≥ 0, stable at e → 0 (limit: ln(1 + u)).
 * Pareto/NBD expectations have the factor 1 − (β/(β+t))^(s−1) divided by (s − 1); s = 1 is a
 * legitimate parameter value, and s near 1 would otherwise lose all digits to cancellation.
 */
export function oneMinusPowOverExponent(u: number, e: number): number {
  const l = Math.log1p(u); // −ln q
  if (Math.abs(e * l) < 1e-8) return l * (1 - (e * l) / 2); // two Taylor terms: error < 1e-16 · l
  return -Math.expm1(-e * l) / e;
}

/**
 * Gauss hypergeometric series 2F1(a, b; c; z) for 0 ≤ z < 1 and c > 0 (c not a pole).
 * Returns NaN when the series has not converged within maxTerms, so a caller can never use a
 * truncated sum by accident.
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number, maxTerms = 1_000_000): number {
  if (z === 0) return 1;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    term *= ((a + k) * (b + k)) / ((c + k) * (k + 1)) * z;
    sum += term;
    // Stop only once terms are shrinking (ratio < 1) and negligible; early terms may still grow.
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs((a + k + 1) * (b + k + 1)) * z < Math.abs((c + k + 1) * (k + 2))) {
      return sum;
    }
  }
  return NaN;
}
