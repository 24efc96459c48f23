/**
 * H(c, m, z) = 2F1(c, 1; m + 1; z) for 0 ≤ z < 1, 0 < c < m + 1, with ∂H/∂c, ∂H/∂m, ∂H/∂z.
 *
 * Why this function: the Pareto/NBD likelihood needs ∫_τ^∞ (α+u)^−(r+x) (β+u)^−(s+1) du. Fader &
 * Hardie (and lifetimes) write it with 2F1(r+s+x, s+1; r+s+x+1; z), which grows like (1−z)^−s and
 * whose series needs thousands of terms as z → 1 (α and β far apart). Substituting
 * y = (α−β)/(α+u) turns the integral into an incomplete beta function B_z(m, −s), and DLMF 8.17.8
 * gives B_z(a, b) = z^a (1−z)^b / a · 2F1(a+b, 1; a+1; z). So (for α ≥ β, m = r+s+x)
 *   ∫_τ^∞ … du = (α+τ)^−(r+x) (β+τ)^−s / m · 2F1(r+x, 1; m+1; z),   z = (α−β)/(α+τ),
 * and when α < β (y = (β−α)/(β+u), B_z(m, 1−r−x)) the same prefactor times
 * (α+τ)/(β+τ) · 2F1(s+1, 1; m+1; z), z = (β−α)/(β+τ). Either 2F1 lies between 1 and 1/(1−z)
 * (its coefficients are below those of 1/(1−z) because c < m+1): no overflow, no division by
 * α − β, and α = β is simply z = 0.
 *
 * We evaluate it with Gauss's continued fraction for 2F1(a, 1; c+1; z) (the b = 0 case of the CF
 * for F(a, b+1; c+1; z)/F(a, b; c; z)), which converges in the whole cut plane and far faster than
 * the series near z = 1 (a few dozen levels at z = 0.5, a few hundred at z = 0.99, against
 * thousands of series terms).
 * Partial numerators: 2F1 = 1/(1 − k1 z/(1 − k2 z/(1 − …))) with
 *   k_{2n+1} = (c+n)(m+n) / ((m+2n)(m+2n+1)),  k_{2n} = n(m−c+n) / ((m+2n−1)(m+2n)),
 * all positive here (m > c). The derivatives are carried forward-mode through the fundamental
 * recurrences P_j = P_{j−1} + a_j P_{j−2}, Q_j = Q_{j−1} + a_j Q_{j−2} (dual numbers by hand),
 * rescaling P and Q together now and then (a common constant factor leaves P/Q and its derivatives
 * unchanged) so that nothing underflows.
 *
 * Returns false (and the last approximant) if not converged within maxLevels; callers decide.
 */
export function hyp2f1b1(c: number, m: number, z: number, out: Float64Array, maxLevels = 20000): boolean {
  if (z === 0) {
    out[0] = 1;
    out[1] = 0;
    out[2] = 0;
    out[3] = c / (m + 1);
    return true;
  }
  // State: P_{j-1}, P_j (value, ∂c, ∂m, ∂z) and the same for Q. Start at j = 1: P0 = 0, P1 = 1, Q0 = Q1 = 1.
  let p0 = 0, p0c = 0, p0m = 0, p0z = 0;
  let p1 = 1, p1c = 0, p1m = 0, p1z = 0;
  let q0 = 1, q0c = 0, q0m = 0, q0z = 0;
  let q1 = 1, q1c = 0, q1m = 0, q1z = 0;
  let f = 1, fc = 0, fm = 0, fz = 0;
  for (let j = 1; j <= maxLevels; j++) {
    let k: number, kc: number, km: number;
    if (j & 1) {
      const n = (j - 1) >> 1;
      const d1 = m + 2 * n, d2 = d1 + 1;
      k = ((c + n) * (m + n)) / (d1 * d2);
      kc = (m + n) / (d1 * d2);
      km = (c + n) / (d1 * d2) - k * (1 / d1 + 1 / d2);
    } else {
      const n = j >> 1;
      const d1 = m + 2 * n - 1, d2 = d1 + 1;
      k = (n * (m - c + n)) / (d1 * d2);
      kc = -n / (d1 * d2);
      km = n / (d1 * d2) - k * (1 / d1 + 1 / d2);
    }
    // a_j = −k z
    const a = -k * z, ac = -kc * z, am = -km * z, az = -k;
    const p2 = p1 + a * p0;
    const p2c = p1c + ac * p0 + a * p0c;
    const p2m = p1m + am * p0 + a * p0m;
    const p2z = p1z + az * p0 + a * p0z;
    const q2 = q1 + a * q0;
    const q2c = q1c + ac * q0 + a * q0c;
    const q2m = q1m + am * q0 + a * q0m;
    const q2z = q1z + az * q0 + a * q0z;
    p0 = p1; p0c = p1c; p0m = p1m; p0z = p1z;
    p1 = p2; p1c = p2c; p1m = p2m; p1z = p2z;
    q0 = q1; q0c = q1c; q0m = q1m; q0z = q1z;
    q1 = q2; q1c = q2c; q1m = q2m; q1z = q2z;
    const inv = 1 / q1;
    const fn = p1 * inv;
    const fnc = (p1c - fn * q1c) * inv;
    const fnm = (p1m - fn * q1m) * inv;
    const fnz = (p1z - fn * q1z) * inv;
    const done =
      j > 2 &&
      Math.abs(fn - f) <= 1e-16 * fn &&
      Math.abs(fnc - fc) <= 1e-14 * (Math.abs(fnc) + fn) &&
      Math.abs(fnm - fm) <= 1e-14 * (Math.abs(fnm) + fn) &&
      Math.abs(fnz - fz) <= 1e-14 * (Math.abs(fnz) + fn);
    f = fn; fc = fnc; fm = fnm; fz = fnz;
    if (done) {
      out[0] = f; out[1] = fc; out[2] = fm; out[3] = fz;
      return true;
    }
    if ((j & 15) === 0) {
      // Q_j shrinks roughly like ((1 + √(1−z))/2)^j: rescale before it underflows.
      const s = 1 / Math.abs(q1);
      p0 *= s; p0c *= s; p0m *= s; p0z *= s;
      p1 *= s; p1c *= s; p1m *= s; p1z *= s;
      q0 *= s; q0c *= s; q0m *= s; q0z *= s;
      q1 *= s; q1c *= s; q1m *= s; q1z *= s;
    }
  }
  out[0] = f; out[1] = fc; out[2] = fm; out[3] = fz;
  return false;
}
