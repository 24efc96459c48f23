/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Hardie's note 025): a
 * customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, v) across customers, so the
 * mean z̄ of x transactions has the marginal log-density (as in lifetimes)
 *   ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln z̄ + px ln x − (px+q) ln(x z̄ + v).
 * It is fitted on repeat buyers only (x > 0, z̄ = mean repeat-occasion value) and assumes spend
 * is independent of purchase frequency — the fit reports their correlation so a reader can judge.
 *
 * Cost: terms in x alone are computed per distinct x and Σ x ln z̄ is a constant, so an
 * evaluation needs one log and one division per customer.
 */
import { ClvError } from "./errors.js";
import { fitMaximumLikelihood, type FitOptions, type MlFit } from "./fitMaximumLikelihood.js";
import { uniqueIndex } from "./patterns.js";
import { digamma, lgamma } from "./specialFunctions.js";

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
  [name: string]: number;
}

export interface SpendInput {
  /** Repeat purchase occasions per customer (customers with x = 0 are ignored by the fit). */
  x: ArrayLike<number>;
  /** Mean repeat-occasion value per customer. */
  monetary: ArrayLike<number>;
}

export type GammaGammaFit = MlFit<GammaGammaParams> & {
  /** Pearson correlation of x and z̄ among the repeat buyers (the model assumes none; NaN when either does not vary). */
  frequencySpendCorrelation: number;
};

export interface GammaGammaFitOptions extends FitOptions {
  /** Fewer repeat buyers than this is refused (too_few_repeat_buyers). Default 10. */
  minRepeatBuyers?: number;
}

const NAMES = ["p", "q", "v"] as const;

interface Prepared {
  n: number;
  x: Float64Array;
  z: Float64Array;
  xz: Float64Array;
  ux: Float64Array;
  nx: Float64Array;
  sumXLnZ: number;
  sumLnZ: number;
  sumNlnX: number; // Σ x ln x
}

function prepare(input: SpendInput): Prepared {
  if (input.x.length !== input.monetary.length) {
    throw new ClvError("invalid_input", "x and monetary must have the same length.", "x 与 monetary 的长度必须相同。");
  }
  const xs: number[] = [], zs: number[] = [];
  let bad = 0, firstBad = -1;
  for (let i = 0; i < input.x.length; i++) {
    const x = input.x[i], z = input.monetary[i];
    if (!(Number.isInteger(x) && x >= 0)) {
      throw new ClvError("invalid_input", `Row ${i}: x must be a whole number ≥ 0 (got ${x}).`, `第 ${i} 行：x 必须是不小于 0 的整数（现为 ${x}）。`, { row: i });
    }
    if (x === 0) continue;
    if (!(z > 0 && Number.isFinite(z))) {
      bad++;
      if (firstBad < 0) firstBad = i;
      continue;
    }
    xs.push(x);
    zs.push(z);
  }
  if (bad > 0) {
    throw new ClvError(
      "non_positive_spend",
      `${bad} repeat buyer(s) have a mean spend that is zero, negative or not a number (first at row ${firstBad}); the Gamma-Gamma model needs positive spend. Remove refunds-only or free orders first.`,
      `有 ${bad} 位复购顾客的平均消费额为零、负数或无效（第一个在第 ${firstBad} 行）；Gamma-Gamma 模型要求消费额为正。请先剔除纯退款或免费订单。`,
      { count: bad, firstRow: firstBad }
    );
  }
  const x = Float64Array.from(xs), z = Float64Array.from(zs);
  const xz = new Float64Array(x.length);
  let sumXLnZ = 0, sumLnZ = 0, sumXlnX = 0;
  for (let i = 0; i < x.length; i++) {
    xz[i] = x[i] * z[i];
    const lz = Math.log(z[i]);
    sumXLnZ += x[i] * lz;
    sumLnZ += lz;
    sumXlnX += x[i] * Math.log(x[i]);
  }
  const u = uniqueIndex(x);
  const nx = new Float64Array(u.values.length);
  for (let i = 0; i < x.length; i++) nx[u.index[i]]++;
  return { n: x.length, x, z, xz, ux: u.values, nx, sumXLnZ, sumLnZ, sumNlnX: sumXlnX };
}

function objective(d: Prepared) {
  return (phi: Float64Array, grad: Float64Array): number => {
    const p = Math.exp(phi[0]), q = Math.exp(phi[1]), v = Math.exp(phi[2]);
    const lnV = Math.log(v);
    let f = -d.n * lgamma(q) + d.n * q * lnV + p * d.sumXLnZ - d.sumLnZ + p * d.sumNlnX;
    let gp = d.sumXLnZ + d.sumNlnX, gq = -d.n * digamma(q) + d.n * lnV, gv = (d.n * q) / v;
    for (let k = 0; k < d.ux.length; k++) {
      const x = d.ux[k], w = d.nx[k], px = p * x;
      f += w * (lgamma(px + q) - lgamma(px));
      const ps = digamma(px + q);
      gp += w * x * (ps - digamma(px));
      gq += w * ps;
    }
    const X = d.x, XZ = d.xz;
    for (let i = 0; i < X.length; i++) {
      const den = XZ[i] + v;
      const L = Math.log(den);
      const e = p * X[i] + q;
      f -= e * L;
      gp -= X[i] * L;
      gq -= L;
      gv -= e / den;
    }
    const s = -1 / d.n;
    grad[0] = s * gp * p;
    grad[1] = s * gq * q;
    grad[2] = s * gv * v;
    return s * f;
  };
}

/** Total Gamma-Gamma log-likelihood over the repeat buyers. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, input: SpendInput): number {
  const d = prepare(input);
  return -objective(d)(Float64Array.from([params.p, params.q, params.v], Math.log), new Float64Array(3)) * d.n;
}

function correlation(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0, mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i] / n;
    mb += b[i] / n;
  }
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Fit Gamma-Gamma on repeat buyers (x > 0). Throws non_positive_spend, too_few_repeat_buyers, not_converged. */
export function fitGammaGamma(input: SpendInput, options: GammaGammaFitOptions = {}): GammaGammaFit {
  const d = prepare(input);
  const minRepeat = options.minRepeatBuyers ?? 10;
  if (d.n < minRepeat) {
    throw new ClvError(
      "too_few_repeat_buyers",
      `Only ${d.n} customers have repeat purchases; at least ${minRepeat} are needed to fit the Gamma-Gamma spend model.`,
      `只有 ${d.n} 位顾客有复购，拟合 Gamma-Gamma 消费模型至少需要 ${minRepeat} 位。`,
      { repeatBuyers: d.n, minRepeatBuyers: minRepeat }
    );
  }
  // Moment-style start in the data's currency scale: E[z] = p v / (q − 1); take p = 1, q = 2.
  let mean = 0;
  for (let i = 0; i < d.n; i++) mean += d.z[i] / d.n;
  const fit = fitMaximumLikelihood<GammaGammaParams>(
    {
      model: "Gamma-Gamma",
      names: NAMES,
      nObservations: d.n,
      nPatterns: d.n,
      objective: objective(d),
      starts: [
        [1, 2, mean],
        [5, 3, mean * 2],
        [0.5, 1.5, mean / 4]
      ]
    },
    options
  );
  return { ...fit, frequencySpendCorrelation: correlation(d.x, d.z) };
}

/**
 * E[Z | x, z̄] = (p v + p x z̄) / (p x + q − 1): the customer's expected spend per transaction, a
 * weighted average of the population mean p v/(q−1) and the customer's own mean.
 * Throws undefined_expectation when p x + q ≤ 1 (q ≤ 1 and x = 0: the population mean is infinite).
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, monetary: number): number {
  const { p, q, v } = params;
  if (x > 0 && !(monetary > 0 && Number.isFinite(monetary))) {
    throw new ClvError(
      "non_positive_spend",
      `A repeat buyer has mean spend ${monetary}; the Gamma-Gamma model is only defined for positive spend.`,
      `一位复购顾客的平均消费额为 ${monetary}；Gamma-Gamma 模型只适用于正的消费额。`,
      { x, monetary }
    );
  }
  const den = p * x + q - 1;
  if (!(den > 0)) {
    throw new ClvError(
      "undefined_expectation",
      `The expected spend is infinite for x = ${x} because q = ${q} ≤ 1: the fitted spend distribution has no finite mean.`,
      `由于 q = ${q} ≤ 1，x = ${x} 的顾客期望消费额为无穷大：拟合出的消费分布没有有限均值。`,
      { q, x }
    );
  }
  return (p * (v + x * (x > 0 ? monetary : 0))) / den;
}
