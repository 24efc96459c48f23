/**
 * BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"):
 * while active, a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each repeat
 * purchase they drop out with probability p ~ Beta(a, b).
 *
 * Log-likelihood of one customer (x, t_x, T), as in the paper and lifetimes:
 *   ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *   + ln[ (α+T)^−(r+x) + δ_{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ],
 * the last term by log-add-exp so that large x or T never overflow. Gradient is analytic;
 * terms depending only on x come from one running sum up to max x, ln(α+T) is computed once per
 * distinct T and ln(α+t_x) once per distinct t_x, so an evaluation costs one exp and one log1p
 * per pattern.
 */
import { ClvError } from "./errors.js";
import { alphaStart, requireRepeatBuyers } from "./fitStart.js";
import { fitMaximumLikelihood, type FitOptions, type MlFit } from "./fitMaximumLikelihood.js";
import { checkHistory, checkTime, preparePatterns, type PreparedPatterns, type RfmInput } from "./patterns.js";
import { oneMinusPowOverExponent } from "./specialFunctions.js";
import type { TransactionModel } from "./transactionModel.js";

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
  [name: string]: number;
}

export type BgNbdFit = MlFit<BgNbdParams> & { model: TransactionModel };

export interface BgNbdFitOptions extends FitOptions {
  /** Fewer customers with x > 0 than this is refused (too_few_repeat_buyers). Default 10. */
  minRepeatBuyers?: number;
}

const NAMES = ["r", "alpha", "a", "b"] as const;

type Prepared = PreparedPatterns;
const prepare = preparePatterns;

/**
 * Mean negative log-likelihood per customer at φ = ln(r, α, a, b), gradient wrt φ.
 * The x-only terms use x being a whole number: ln Γ(r+x) − ln Γ(r) = Σ_{j<x} ln(r+j) and
 * ln B(a, b+x) − ln B(a, b) = −Σ_{j<x} ln(1 + a/(b+j)), accumulated over j once per evaluation.
 * Unlike differences of ln Γ these stay exact when a or b is huge (where the optimiser may wander
 * on data with no dropout signal) and cost one pass up to max x.
 */
function objective(d: Prepared) {
  const nT = d.uT.length, ntx = d.utx.length;
  const lb1 = new Float64Array(d.maxX + 1);
  const lT = new Float64Array(nT), iT = new Float64Array(nT), ltx = new Float64Array(ntx), itx = new Float64Array(ntx);
  return (phi: Float64Array, grad: Float64Array): number => {
    const r = Math.exp(phi[0]), alpha = Math.exp(phi[1]), a = Math.exp(phi[2]), b = Math.exp(phi[3]);
    const lnAlpha = Math.log(alpha), lnA = Math.log(a);
    let f = d.n * r * lnAlpha, gr = d.n * lnAlpha, gal = (d.n * r) / alpha, ga = 0, gb = 0;
    // Running sums over j = 0 … x−1 for ln Γ ratios and their derivatives (digamma differences).
    let sR = 0, sB = 0, dR = 0, dA = 0, dB = 0;
    for (let x = 1; x <= d.maxX; x++) {
      const j = x - 1;
      const bj = b + j, abj = a + b + j;
      sR += Math.log(r + j);
      sB -= Math.log1p(a / bj);
      dR += 1 / (r + j);
      dA -= 1 / abj;
      dB += 1 / bj - 1 / abj;
      lb1[x] = Math.log(bj);
      const w = d.nx[x];
      if (w === 0) continue;
      f += w * (sR + sB);
      gr += w * dR;
      ga += w * dA;
      gb += w * dB;
    }
    for (let j = 0; j < nT; j++) {
      lT[j] = Math.log(alpha + d.uT[j]);
      iT[j] = 1 / (alpha + d.uT[j]);
    }
    for (let j = 0; j < ntx; j++) {
      ltx[j] = Math.log(alpha + d.utx[j]);
      itx[j] = 1 / (alpha + d.utx[j]);
    }
    const X = d.x, C = d.count, TI = d.TIdx, TXI = d.txIdx;
    for (let i = 0; i < X.length; i++) {
      const x = X[i], c = C[i], ti = TI[i];
      const rx = r + x;
      const a3 = -rx * lT[ti];
      if (x === 0) {
        f += c * a3;
        gr -= c * lT[ti];
        gal -= c * rx * iT[ti];
        continue;
      }
      const si = TXI[i];
      const a4 = lnA - lb1[x] - rx * ltx[si];
      // log-add-exp and the weight w of the "dropped out after the last purchase" branch
      let ll: number, w: number;
      if (a3 >= a4) {
        const e = Math.exp(a4 - a3);
        ll = a3 + Math.log1p(e);
        w = e / (1 + e);
      } else {
        const e = Math.exp(a3 - a4);
        ll = a4 + Math.log1p(e);
        w = 1 / (1 + e);
      }
      f += c * ll;
      gr -= c * ((1 - w) * lT[ti] + w * ltx[si]);
      gal -= c * rx * ((1 - w) * iT[ti] + w * itx[si]);
      ga += (c * w) / a;
      gb -= (c * w) / (b + x - 1);
    }
    const s = -1 / d.n;
    grad[0] = s * gr * r;
    grad[1] = s * gal * alpha;
    grad[2] = s * ga * a;
    grad[3] = s * gb * b;
    return s * f;
  };
}

/** Total BG/NBD log-likelihood of the data at `params` (natural scale). */
export function bgNbdLogLikelihood(params: BgNbdParams, data: RfmInput): number {
  const d = prepare(data);
  const phi = Float64Array.from([params.r, params.alpha, params.a, params.b], Math.log);
  return -objective(d)(phi, new Float64Array(4)) * d.n;
}

/**
 * Fit BG/NBD by maximum likelihood on distinct (x, t_x, T) patterns.
 * Throws too_few_repeat_buyers, invalid_input, not_converged (see errors.ts).
 */
export function fitBgNbd(data: RfmInput, options: BgNbdFitOptions = {}): BgNbdFit {
  const d = prepare(data);
  const minRepeat = options.minRepeatBuyers ?? 10;
  requireRepeatBuyers(d, minRepeat, "BG/NBD");
  const alpha0 = alphaStart(d);
  const fit = fitMaximumLikelihood<BgNbdParams>(
    {
      model: "BG/NBD",
      names: NAMES,
      nObservations: d.n,
      nPatterns: d.nPatterns,
      objective: objective(d),
      starts: [
        [1, alpha0, 1, 1],
        [0.3, alpha0 / 3, 0.5, 3],
        [3, alpha0 * 3, 2, 0.5]
      ]
    },
    options
  );
  return { ...fit, model: bgNbdModel(fit.params) };
}

/** Check parameters before predicting: predictions from invalid parameters are refused. */
function checkParams(p: BgNbdParams): void {
  for (const k of NAMES) {
    if (!(p[k] > 0 && Number.isFinite(p[k]))) {
      throw new ClvError("invalid_input", `BG/NBD parameter ${k} must be a positive number (got ${p[k]}).`, `BG/NBD 参数 ${k} 必须为正数（现为 ${p[k]}）。`);
    }
  }
}

/** ln of a/(b+x−1) · ((α+T)/(α+t_x))^(r+x): the odds of "dropped out" against "still active". */
function lnDropoutOdds(p: BgNbdParams, x: number, tx: number, T: number): number {
  return Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
}

/** P(alive | x, t_x, T). Exactly 1 when x = 0 (a BG/NBD customer can only drop out after a repeat purchase). */
export function bgNbdProbabilityAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  checkParams(p);
  checkHistory(x, tx, T);
  if (x === 0) return 1;
  return 1 / (1 + Math.exp(lnDropoutOdds(p, x, tx, T)));
}

/**
 * E[Y(t) | x, T, still active] = [(a+b+x−1)/(a−1)] · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)],
 * z = t/(α+T+t) (Fader, Hardie & Lee 2005, without the P(alive) factor). As written it has three traps:
 * 0/0 at a = 1, a pole of 2F1 at c = a+b−1 = 0 (x = 0, a + b = 1), and (1−z)^−(r+x)-sized terms
 * that overflow for heavy buyers. Euler's transformation 2F1(A,B;c;z) = (1−z)^(c−A−B) 2F1(c−A, c−B; c; z)
 * turns the bracket into 1 − (1−z)^(a−1) 2F1(a+b−1−r, a−1; c; z), whose parameters no longer grow
 * with x, and dividing the series by (a − 1) term by term gives, with u = t/(α+T),
 *   E = c · (1 − (1+u)^−(a−1))/(a−1) − (1+u)^(1−a) · Σ_{k≥1} (P)_k (a)_{k−1} / ((c+1)_{k−1} k!) z^k,
 * P = a+b−1−r, c = a+b+x−1: no division by a − 1, no pole (c + 1 = a + b + x > 0), no overflow.
 */
function expectedIfAlive(p: BgNbdParams, t: number, x: number, T: number): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const c = a + b + x - 1, P = a + b - 1 - r;
  const u = t / (alpha + T);
  const z = u / (1 + u);
  // Σ_{k≥1} (P)_k (a)_{k−1} / ((c+1)_{k−1} k!) z^k; the ratio of terms tends to z.
  let term = P * z, sum = term;
  let k = 1;
  for (; k < 1_000_000; k++) {
    term *= (((P + k) * (a + k - 1)) / ((c + k) * (k + 1))) * z;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs((P + k + 1) * (a + k)) * z < Math.abs((c + k + 1) * (k + 2))) break;
    if (term === 0) break;
  }
  if (k === 1_000_000) {
    throw new ClvError(
      "invalid_input",
      `The horizon t = ${t} is too long for the BG/NBD series at these parameters (t/(α+T+t) = ${z}).`,
      `预测期 t = ${t} 相对于当前 BG/NBD 参数过长（t/(α+T+t) = ${z}），无法可靠计算。`
    );
  }
  return c * oneMinusPowOverExponent(u, a - 1) - Math.exp((1 - a) * Math.log1p(u)) * sum;
}

/** E[X(t)] for a new customer (first purchase at time 0). */
export function bgNbdExpectedPurchases(p: BgNbdParams, t: number): number {
  checkParams(p);
  checkTime(t);
  return expectedIfAlive(p, t, 0, 0);
}

/** E[Y(t) | x, t_x, T]: expected purchases in the next t periods after T. */
export function bgNbdConditionalExpectedPurchases(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  checkTime(t);
  const alive = bgNbdProbabilityAlive(p, x, tx, T); // validates p and the history
  return expectedIfAlive(p, t, x, T) * alive;
}

/** The fitted model as the generic interface used by diagnostics and CLV. */
export function bgNbdModel(params: BgNbdParams): TransactionModel {
  checkParams(params);
  const p = { ...params };
  return {
    name: "bgnbd",
    params: p,
    expectedPurchases: (t) => bgNbdExpectedPurchases(p, t),
    conditionalExpectedPurchases: (t, x, tx, T) => bgNbdConditionalExpectedPurchases(p, t, x, tx, T),
    probabilityAlive: (x, tx, T) => bgNbdProbabilityAlive(p, x, tx, T)
  };
}
