import type { CsrMatrix } from "./csrMatrix.js";
import type { TruncatedSvd } from "./truncatedSvd.js";

/**
 * Starting factors for NMF by NNDSVDa (Boutsidis & Gallopoulos 2008): each singular pair is
 * split into its positive and negative parts and the larger part kept, which gives a non-negative
 * start close to the best rank-k fit; zeros are then filled with the mean of A ("a"), because a
 * coordinate that starts at exactly zero is slow to leave it. Deterministic given the SVD, unlike
 * a random start, so the same corpus always yields the same topics. Returns W (rows × k) and
 * H (k × cols), row-major.
 */
export function nndsvdInit(a: CsrMatrix, svd: TruncatedSvd, k: number): { w: Float64Array; h: Float64Array } {
  const { rows, cols } = a;
  const w = new Float64Array(rows * k);
  const h = new Float64Array(k * cols);
  const kk = Math.min(k, svd.k);
  for (let t = 0; t < kk; t++) {
    const s = svd.s[t]!;
    if (t === 0) {
      // The leading pair can be taken non-negative as a whole (Perron–Frobenius); its sign is arbitrary.
      const root = Math.sqrt(s);
      for (let i = 0; i < rows; i++) w[i * k] = root * Math.abs(svd.u[i * svd.k]!);
      for (let j = 0; j < cols; j++) h[j] = root * Math.abs(svd.v[j * svd.k]!);
      continue;
    }
    let up = 0, un = 0, vp = 0, vn = 0;
    for (let i = 0; i < rows; i++) {
      const x = svd.u[i * svd.k + t]!;
      if (x > 0) up += x * x;
      else un += x * x;
    }
    for (let j = 0; j < cols; j++) {
      const y = svd.v[j * svd.k + t]!;
      if (y > 0) vp += y * y;
      else vn += y * y;
    }
    [up, un, vp, vn] = [Math.sqrt(up), Math.sqrt(un), Math.sqrt(vp), Math.sqrt(vn)];
    const positive = up * vp >= un * vn;
    const sign = positive ? 1 : -1;
    const [nu, nv, sigma] = positive ? [up, vp, up * vp] : [un, vn, un * vn];
    if (nu === 0 || nv === 0) continue;
    const lambda = Math.sqrt(s * sigma);
    for (let i = 0; i < rows; i++) w[i * k + t] = (lambda * Math.max(0, sign * svd.u[i * svd.k + t]!)) / nu;
    for (let j = 0; j < cols; j++) h[t * cols + j] = (lambda * Math.max(0, sign * svd.v[j * svd.k + t]!)) / nv;
  }
  let sum = 0;
  for (let p = 0; p < a.values.length; p++) sum += a.values[p]!;
  const mean = rows * cols > 0 ? sum / (rows * cols) : 0;
  for (let i = 0; i < w.length; i++) if (w[i]! < 1e-6) w[i] = mean;
  for (let i = 0; i < h.length; i++) if (h[i]! < 1e-6) h[i] = mean;
  return { w, h };
}
