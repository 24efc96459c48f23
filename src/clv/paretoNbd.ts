/**
 * Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while active a customer buys as a
 * Poisson process with rate λ ~ Gamma(r, α); the lifetime is exponential with rate μ ~ Gamma(s, β).
 *
 * Likelihood of one customer (Fader & Hardie, "A Note on Deriving the Pareto/NBD Model and
 * Related Expressions", 2005):
 *   L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s·(F(t_x) − F(T)) ],
 *   F(τ) = ∫_τ^∞ (α+u)^−(r+x) (β+u)^−(s+1) du
 *        = (α+τ)^−(r+x) (β+τ)^−s / (r+s+x) · G(τ)   (see hyp2f1b1.ts), with
 *   G = 2F1(r+x, 1; r+s+x+1; z),                     z = (α−β)/(α+τ)   when α ≥ β,
 *   G = (α+τ)/(β+τ) · 2F1(s+1, 1; r+s+x+1; z),       z = (β−α)/(β+τ)   when α < β
 * (the substitution y = z(u) gives an incomplete beta function either way; the "+1" on the
 * exponent of (β+u) is why the two cases differ). 2F1 stays within [1, 1/(1−z)], there is no
 * (α−β) divisor and α = β is simply z = 0; the whole bracket is combined in log space.
 * P(alive) is the first bracket term's share.
 *
 * The gradient is analytic: the continued fraction carries ∂/∂c, ∂/∂m, ∂/∂z. 2F1 depends on
 * (x, τ) only, so it is evaluated once per distinct (x, t_x) and (x, T) pair — far fewer than
 * patterns (with daily data both are bounded by the calendar).
 */
import { ClvError } from "./errors.js";
import { alphaStart, requireRepeatBuyers } from "./fitStart.js";
import { fitMaximumLikelihood, type FitOptions, type MlFit } from "./fitMaximumLikelihood.js";
import { hyp2f1b1 } from "./hyp2f1b1.js";
import { checkHistory, checkTime, preparePatterns, type PreparedPatterns, type RfmInput } from "./patterns.js";
import { TupleIndex } from "./tupleIndex.js";
import { oneMinusPowOverExponent } from "./specialFunctions.js";
import type { TransactionModel } from "./transactionModel.js";

export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
  [name: string]: number;
}

export type ParetoNbdFit = MlFit<ParetoNbdParams> & { model: TransactionModel };

export interface ParetoNbdFitOptions extends FitOptions {
  /** Fewer customers with x > 0 than this is refused (too_few_repeat_buyers). Default 10. */
  minRepeatBuyers?: number;
}

const NAMES = ["r", "alpha", "s", "beta"] as const;

interface Prepared extends PreparedPatterns {
  /** Distinct (x, τ) pairs for 2F1, τ ∈ {t_x, T}. */
  pairX: Float64Array;
  pairTau: Float64Array;
  pairTx: Int32Array;
  pairT: Int32Array;
}

function prepare(data: RfmInput): Prepared {
  const base = preparePatterns(data);
  const p = base.patterns;
  const pairs = new TupleIndex(2, Math.min(p.x.length, 1 << 14));
  const pairTx = new Int32Array(p.x.length), pairT = new Int32Array(p.x.length);
  for (let i = 0; i < p.x.length; i++) {
    pairTx[i] = pairs.id(p.x[i], p.tx[i]);
    pairT[i] = pairs.id(p.x[i], p.T[i]);
  }
  return { ...base, pairX: pairs.column(0), pairTau: pairs.column(1), pairTx, pairT };
}

/**
 * ln G for pair (x, τ) (see the header) and its gradient wrt (r, α, s, β) written into g[0..3].
 * Returns false when the continued fraction did not converge (z extremely close to 1).
 */
function lnH(r: number, alpha: number, s: number, beta: number, x: number, tau: number, h: Float64Array, g: Float64Array): number {
  const m = r + s + x;
  const at = alpha + tau, bt = beta + tau;
  if (alpha >= beta) {
    const z = (alpha - beta) / at;
    const ok = hyp2f1b1(r + x, m, z, h);
    const H = h[0];
    g[0] = (h[1] + h[2]) / H;
    g[1] = (h[3] * bt) / (at * at * H);
    g[2] = h[2] / H;
    g[3] = -h[3] / (at * H);
    return ok ? Math.log(H) : NaN;
  }
  const z = (beta - alpha) / bt;
  const ok = hyp2f1b1(s + 1, m, z, h);
  const H = h[0];
  g[0] = h[2] / H;
  g[1] = -h[3] / (bt * H) + 1 / at;
  g[2] = (h[1] + h[2]) / H;
  g[3] = (h[3] * at) / (bt * bt * H) - 1 / bt;
  return ok ? Math.log(H) + Math.log(at) - Math.log(bt) : NaN;
}

function objective(d: Prepared, status: { badPairs: number }) {
  const nT = d.uT.length, ntx = d.utx.length, nP = d.pairX.length;
  const laT = new Float64Array(nT), lbT = new Float64Array(nT), iaT = new Float64Array(nT), ibT = new Float64Array(nT);
  const lat = new Float64Array(ntx), lbt = new Float64Array(ntx), iat = new Float64Array(ntx), ibt = new Float64Array(ntx);
  const pl = new Float64Array(nP), pg = new Float64Array(nP * 4);
  const h = new Float64Array(4), g4 = new Float64Array(4);
  return (phi: Float64Array, grad: Float64Array): number => {
    const r = Math.exp(phi[0]), alpha = Math.exp(phi[1]), s = Math.exp(phi[2]), beta = Math.exp(phi[3]);
    const lnAlpha = Math.log(alpha), lnBeta = Math.log(beta), lnS = Math.log(s);
    let f = d.n * (r * lnAlpha + s * lnBeta);
    let gr = d.n * lnAlpha, ga = (d.n * r) / alpha, gs = d.n * lnBeta, gb = (d.n * s) / beta;
    // ln Γ(r+x) − ln Γ(r) = Σ_{j<x} ln(r+j) (x is whole): exact, and one pass up to max x.
    let sR = 0, dR = 0;
    for (let x = 1; x <= d.maxX; x++) {
      sR += Math.log(r + x - 1);
      dR += 1 / (r + x - 1);
      const w = d.nx[x];
      if (w === 0) continue;
      f += w * sR;
      gr += w * dR;
    }
    for (let j = 0; j < nT; j++) {
      const T = d.uT[j];
      laT[j] = Math.log(alpha + T);
      lbT[j] = Math.log(beta + T);
      iaT[j] = 1 / (alpha + T);
      ibT[j] = 1 / (beta + T);
    }
    for (let j = 0; j < ntx; j++) {
      const t = d.utx[j];
      lat[j] = Math.log(alpha + t);
      lbt[j] = Math.log(beta + t);
      iat[j] = 1 / (alpha + t);
      ibt[j] = 1 / (beta + t);
    }
    let bad = 0;
    for (let j = 0; j < nP; j++) {
      const v = lnH(r, alpha, s, beta, d.pairX[j], d.pairTau[j], h, g4);
      if (!Number.isFinite(v)) bad++;
      pl[j] = v;
      pg[4 * j] = g4[0];
      pg[4 * j + 1] = g4[1];
      pg[4 * j + 2] = g4[2];
      pg[4 * j + 3] = g4[3];
    }
    status.badPairs = bad;
    if (bad > 0) {
      grad.fill(NaN);
      return NaN; // the line search treats this as +∞ and backs off
    }
    const X = d.x, C = d.count;
    for (let i = 0; i < X.length; i++) {
      const x = X[i], c = C[i], ti = d.TIdx[i], si = d.txIdx[i];
      const rx = r + x, m = rx + s, im = 1 / m, lnm = Math.log(m);
      const p1 = d.pairTx[i], p2 = d.pairT[i];
      // u1: still alive at T; u2, u3: s·F(t_x), s·F(T) in logs.
      const u1 = -rx * laT[ti] - s * lbT[ti];
      const u2 = lnS - rx * lat[si] - s * lbt[si] - lnm + pl[p1];
      const u3 = lnS + u1 - lnm + pl[p2];
      const M = u1 > u2 ? u1 : u2;
      const e1 = Math.exp(u1 - M), e2 = Math.exp(u2 - M);
      let e3 = Math.exp(u3 - M);
      if (e3 > e2) e3 = e2; // F(t_x) ≥ F(T); equal pairs give equality, rounding must not flip it
      const S = e1 + e2 - e3;
      f += c * (M + Math.log(S));
      const w = c / S;
      // ∂u1
      const d1r = -laT[ti], d1a = -rx * iaT[ti], d1s = -lbT[ti], d1b = -s * ibT[ti];
      // ∂u2, ∂u3
      const q1 = 4 * p1, q2 = 4 * p2;
      const d2r = -lat[si] - im + pg[q1], d2a = -rx * iat[si] + pg[q1 + 1];
      const d2s = 1 / s - lbt[si] - im + pg[q1 + 2], d2b = -s * ibt[si] + pg[q1 + 3];
      const d3r = d1r - im + pg[q2], d3a = d1a + pg[q2 + 1], d3s = 1 / s + d1s - im + pg[q2 + 2], d3b = d1b + pg[q2 + 3];
      gr += w * (e1 * d1r + e2 * d2r - e3 * d3r);
      ga += w * (e1 * d1a + e2 * d2a - e3 * d3a);
      gs += w * (e1 * d1s + e2 * d2s - e3 * d3s);
      gb += w * (e1 * d1b + e2 * d2b - e3 * d3b);
    }
    const sc = -1 / d.n;
    grad[0] = sc * gr * r;
    grad[1] = sc * ga * alpha;
    grad[2] = sc * gs * s;
    grad[3] = sc * gb * beta;
    return sc * f;
  };
}

/** Total Pareto/NBD log-likelihood of the data at `params`. */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, data: RfmInput): number {
  const d = prepare(data);
  const phi = Float64Array.from([params.r, params.alpha, params.s, params.beta], Math.log);
  return -objective(d, { badPairs: 0 })(phi, new Float64Array(4)) * d.n;
}

/** Fit Pareto/NBD by maximum likelihood on distinct (x, t_x, T) patterns. */
export function fitParetoNbd(data: RfmInput, options: ParetoNbdFitOptions = {}): ParetoNbdFit {
  const d = prepare(data);
  const minRepeat = options.minRepeatBuyers ?? 10;
  requireRepeatBuyers(d, minRepeat, "Pareto/NBD");
  const alpha0 = alphaStart(d);
  const status = { badPairs: 0 };
  const fit = fitMaximumLikelihood<ParetoNbdParams>(
    {
      model: "Pareto/NBD",
      names: NAMES,
      nObservations: d.n,
      nPatterns: d.nPatterns,
      objective: objective(d, status),
      // α = β makes z = 0: the first iterations need no continued fraction at all.
      starts: [
        [1, alpha0, 1, alpha0],
        [0.5, alpha0 / 2, 0.5, alpha0 * 2],
        [2, alpha0 * 2, 2, alpha0 / 2]
      ]
    },
    options
  );
  return { ...fit, model: paretoNbdModel(fit.params) };
}

function checkParams(p: ParetoNbdParams): void {
  for (const k of NAMES) {
    if (!(p[k] > 0 && Number.isFinite(p[k]))) {
      throw new ClvError("invalid_input", `Pareto/NBD parameter ${k} must be a positive number (got ${p[k]}).`, `Pareto/NBD 参数 ${k} 必须为正数（现为 ${p[k]}）。`);
    }
  }
}

/** P(alive | x, t_x, T) = (α+T)^−(r+x)(β+T)^−s / [that + s(F(t_x) − F(T))]. */
export function paretoNbdProbabilityAlive(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  checkParams(p);
  checkHistory(x, tx, T);
  const h = new Float64Array(4), g = new Float64Array(4);
  const { r, alpha, s, beta } = p;
  const rx = r + x, lnm = Math.log(rx + s);
  const u1 = -rx * Math.log(alpha + T) - s * Math.log(beta + T);
  const l1 = lnH(r, alpha, s, beta, x, tx, h, g), l2 = lnH(r, alpha, s, beta, x, T, h, g);
  if (!Number.isFinite(l1) || !Number.isFinite(l2)) {
    throw new ClvError("invalid_input", "P(alive) cannot be computed reliably at these Pareto/NBD parameters (α and β too far apart).", "在当前 Pareto/NBD 参数下（α 与 β 相差过大）无法可靠计算存活概率。");
  }
  const u2 = Math.log(s) - rx * Math.log(alpha + tx) - s * Math.log(beta + tx) - lnm + l1;
  const u3 = Math.log(s) + u1 - lnm + l2;
  const M = Math.max(u1, u2);
  const e1 = Math.exp(u1 - M), e2 = Math.exp(u2 - M), e3 = Math.min(Math.exp(u3 - M), e2);
  return e1 / (e1 + e2 - e3);
}

/** E[X(t)] for a new customer: rβ/α · [1 − (β/(β+t))^(s−1)] / (s−1), stable at s = 1. */
export function paretoNbdExpectedPurchases(p: ParetoNbdParams, t: number): number {
  checkParams(p);
  checkTime(t);
  return ((p.r * p.beta) / p.alpha) * oneMinusPowOverExponent(t / p.beta, p.s - 1);
}

/** E[Y(t) | x, t_x, T] = (r+x)(β+T)/(α+T) · [1 − ((β+T)/(β+T+t))^(s−1)]/(s−1) · P(alive). */
export function paretoNbdConditionalExpectedPurchases(p: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  checkTime(t);
  const alive = paretoNbdProbabilityAlive(p, x, tx, T); // validates p and the history
  if (t === 0) return 0;
  const ifAlive = (((p.r + x) * (p.beta + T)) / (p.alpha + T)) * oneMinusPowOverExponent(t / (p.beta + T), p.s - 1);
  return ifAlive * alive;
}

export function paretoNbdModel(params: ParetoNbdParams): TransactionModel {
  checkParams(params);
  const p = { ...params };
  return {
    name: "paretoNbd",
    params: p,
    expectedPurchases: (t) => paretoNbdExpectedPurchases(p, t),
    conditionalExpectedPurchases: (t, x, tx, T) => paretoNbdConditionalExpectedPurchases(p, t, x, tx, T),
    probabilityAlive: (x, tx, T) => paretoNbdProbabilityAlive(p, x, tx, T)
  };
}
