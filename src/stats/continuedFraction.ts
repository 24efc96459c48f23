/**
 * a₁/(b₁ + a₂/(b₂ + a₃/(b₃ + …))) by the modified Lentz method (Numerical Recipes, 3rd ed., §5.2),
 * the evaluation both incomplete functions need. Lentz works forwards term by term, so we can stop
 * as soon as a term no longer changes the value in double precision instead of guessing a depth.
 *
 * `what` names the caller in the error thrown when the fraction has not converged after
 * `maxTerms`: a truncated fraction would look like a plausible number, so we never return one.
 */
const TINY = 1e-300; // stands in for a zero denominator, as NR's FPMIN

export function continuedFraction(a: (j: number) => number, b: (j: number) => number, what: string, maxTerms = 100_000): number {
  let f = TINY;
  let c = TINY;
  let d = 0;
  for (let j = 1; j <= maxTerms; j++) {
    const aj = a(j);
    const bj = b(j);
    d = bj + aj * d;
    if (d === 0) d = TINY;
    c = bj + aj / c;
    if (c === 0) c = TINY;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) <= Number.EPSILON) return f;
  }
  throw new Error(`${what}: continued fraction did not converge in ${maxTerms} terms`);
}
