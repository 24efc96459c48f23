/**
 * Draw customers from the models' own generative stories. Used to check that the fits recover
 * known parameters (tests) and to build large inputs (benchmark); pages can use it for what-ifs.
 * Times are in the model's unit (continuous), except simulateTransactions which emits whole days.
 */
import type { BgNbdParams } from "./bgnbd.js";
import type { GammaGammaParams } from "./gammaGamma.js";
import type { ParetoNbdParams } from "./paretoNbd.js";
import type { Rng } from "./rng.js";

export interface SimulatedRfm {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/** BG/NBD: rate λ ~ Gamma(r, α); after each REPEAT purchase the customer leaves with probability p ~ Beta(a, b). */
export function simulateBgNbd(params: BgNbdParams, T: ArrayLike<number>, rng: Rng): SimulatedRfm {
  const n = T.length;
  const X = new Float64Array(n), TX = new Float64Array(n), TT = Float64Array.from(T);
  for (let i = 0; i < n; i++) {
    const lambda = rng.gamma(params.r, params.alpha);
    const p = rng.beta(params.a, params.b);
    let t = 0, x = 0, last = 0;
    for (;;) {
      t += rng.exponential(lambda);
      if (t > TT[i]) break;
      x++;
      last = t;
      if (rng.uniform() < p) break;
    }
    X[i] = x;
    TX[i] = last;
  }
  return { x: X, tx: TX, T: TT };
}

/** Pareto/NBD: rate λ ~ Gamma(r, α) while alive; lifetime ~ Exponential(μ), μ ~ Gamma(s, β). */
export function simulateParetoNbd(params: ParetoNbdParams, T: ArrayLike<number>, rng: Rng): SimulatedRfm {
  const n = T.length;
  const X = new Float64Array(n), TX = new Float64Array(n), TT = Float64Array.from(T);
  for (let i = 0; i < n; i++) {
    const lambda = rng.gamma(params.r, params.alpha);
    const mu = rng.gamma(params.s, params.beta);
    const end = Math.min(rng.exponential(mu), TT[i]);
    let t = 0, x = 0, last = 0;
    for (;;) {
      t += rng.exponential(lambda);
      if (t > end) break;
      x++;
      last = t;
    }
    X[i] = x;
    TX[i] = last;
  }
  return { x: X, tx: TX, T: TT };
}

/**
 * Gamma-Gamma: ν ~ Gamma(q, v) per customer, each transaction value ~ Gamma(p, ν); returns the
 * mean of x values (Gamma(px, xν) in distribution), 0 for x = 0.
 */
export function simulateGammaGammaSpend(params: GammaGammaParams, x: ArrayLike<number>, rng: Rng): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    const nu = rng.gamma(params.q, params.v);
    out[i] = rng.gamma(params.p * x[i], x[i] * nu);
  }
  return out;
}

export interface SimulatedTransactions {
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
}

/**
 * Whole-day transactions for `customers` BG/NBD customers (spend from Gamma-Gamma): first
 * purchases uniform on days [0, firstDayMax], purchases up to endDay. Model times are in units of
 * `unitDays` days; a purchase at model time t after the first is on day first + ⌊t · unitDays⌋.
 */
export function simulateTransactions(
  purchase: BgNbdParams,
  spend: GammaGammaParams,
  options: { customers: number; firstDayMax: number; endDay: number; unitDays: number },
  rng: Rng
): SimulatedTransactions {
  let cap = options.customers * 3;
  let customer = new Int32Array(cap), day = new Int32Array(cap), amount = new Float64Array(cap);
  let n = 0;
  const push = (c: number, d: number, v: number) => {
    if (n === cap) {
      cap *= 2;
      const c2 = new Int32Array(cap), d2 = new Int32Array(cap), a2 = new Float64Array(cap);
      c2.set(customer);
      d2.set(day);
      a2.set(amount);
      customer = c2;
      day = d2;
      amount = a2;
    }
    customer[n] = c;
    day[n] = d;
    amount[n] = v;
    n++;
  };
  for (let i = 0; i < options.customers; i++) {
    const lambda = rng.gamma(purchase.r, purchase.alpha);
    const p = rng.beta(purchase.a, purchase.b);
    const nu = rng.gamma(spend.q, spend.v);
    const first = rng.integer(0, options.firstDayMax);
    push(i, first, rng.gamma(spend.p, nu));
    let t = 0;
    for (;;) {
      t += rng.exponential(lambda);
      const d = first + Math.floor(t * options.unitDays);
      if (d > options.endDay) break;
      push(i, d, rng.gamma(spend.p, nu));
      if (rng.uniform() < p) break;
    }
  }
  return { customer: customer.slice(0, n), day: day.slice(0, n), amount: amount.slice(0, n) };
}
