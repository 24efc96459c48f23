/**
 * Pattern compression: customers with the same (x, t_x, T) have the same likelihood contribution
 * and the same predictions, so the models work on distinct patterns with counts. With daily (or
 * weekly-from-daily) data the number of patterns is bounded by the calendar, not by the customer
 * count: 1,000,000 simulated customers over 39 weeks have a few hundred thousand patterns, and the
 * x = 0 customers collapse to one pattern per first-purchase day.
 *
 * Also the single place that validates (x, t_x, T) input for fitting and prediction.
 */
import { ClvError } from "./errors.js";
import { TupleIndex } from "./tupleIndex.js";

/** Per-customer (or per-pattern, with `count`) frequency / recency / age, in one time unit. */
export interface RfmInput {
  /** Repeat purchase occasions in the calibration period (integer ≥ 0). */
  x: ArrayLike<number>;
  /** Time of the last purchase, from the first purchase (0 when x = 0). */
  tx: ArrayLike<number>;
  /** Time from the first purchase to the end of calibration (T ≥ t_x). */
  T: ArrayLike<number>;
  /** Optional weight per row (number of customers with this pattern); 1 when absent. */
  count?: ArrayLike<number>;
}

export interface Patterns {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  count: Float64Array;
  /** Σ count: the number of customers. */
  nCustomers: number;
  /** For each input row, the id of its pattern (to broadcast per-pattern predictions back). */
  customerPattern: Int32Array;
}

/** Why (x, t_x, T) is not a customer history the models accept, or "" when it is. */
function historyProblem(x: number, tx: number, T: number): string {
  if (!(Number.isInteger(x) && x >= 0)) return "x must be a whole number ≥ 0";
  if (!(Number.isFinite(tx) && tx >= 0)) return "t_x must be a finite number ≥ 0";
  if (!(Number.isFinite(T) && T >= tx)) return "T must be finite and ≥ t_x";
  if (x === 0 && tx !== 0) return "t_x must be 0 when x = 0";
  return "";
}

/** Throws invalid_input unless (x, t_x, T) is a valid history (for single-customer predictions). */
export function checkHistory(x: number, tx: number, T: number): void {
  const bad = historyProblem(x, tx, T);
  if (bad) {
    throw new ClvError("invalid_input", `Invalid customer history: ${bad} (x = ${x}, t_x = ${tx}, T = ${T}).`, `顾客历史数据无效：${bad}（x = ${x}，t_x = ${tx}，T = ${T}）。`, { x, tx, T });
  }
}

/** Throws invalid_input unless t is a finite time ≥ 0 (a prediction horizon or an age). */
export function checkTime(t: number): void {
  if (!(Number.isFinite(t) && t >= 0)) {
    throw new ClvError("invalid_input", `A time span must be a finite number ≥ 0 (got ${t}).`, `时间长度必须是不小于 0 的有限数字（现为 ${t}）。`, { t });
  }
}

/** Throws invalid_input naming the first bad row; accepts exactly what the likelihoods support. */
export function validateRfm(input: RfmInput): void {
  const n = input.x.length;
  if (input.tx.length !== n || input.T.length !== n || (input.count && input.count.length !== n)) {
    throw new ClvError(
      "invalid_input",
      `x, t_x and T (and count) must have the same length (got ${n}, ${input.tx.length}, ${input.T.length}).`,
      `x、t_x、T（以及 count）的长度必须相同（现为 ${n}、${input.tx.length}、${input.T.length}）。`
    );
  }
  for (let i = 0; i < n; i++) {
    const x = input.x[i], tx = input.tx[i], T = input.T[i];
    const c = input.count ? input.count[i] : 1;
    let bad = historyProblem(x, tx, T);
    if (!bad && !(Number.isFinite(c) && c > 0)) bad = "count must be > 0";
    if (bad) {
      throw new ClvError(
        "invalid_input",
        `Row ${i}: ${bad} (x = ${x}, t_x = ${tx}, T = ${T}).`,
        `第 ${i} 行数据无效：${bad}（x = ${x}，t_x = ${tx}，T = ${T}）。`,
        { row: i, x, tx, T }
      );
    }
  }
}

/** Distinct (x, t_x, T) with summed counts, in order of first appearance. Validates the input. */
export function compressPatterns(input: RfmInput): Patterns {
  validateRfm(input);
  const n = input.x.length;
  const index = new TupleIndex(3, Math.min(n, 1 << 16));
  const customerPattern = new Int32Array(n);
  let counts = new Float64Array(Math.min(n, 1 << 16));
  let total = 0;
  for (let i = 0; i < n; i++) {
    const id = index.id(input.x[i], input.tx[i], input.T[i]);
    if (id >= counts.length) {
      const grown = new Float64Array(counts.length * 2);
      grown.set(counts);
      counts = grown;
    }
    const c = input.count ? input.count[i] : 1;
    counts[id] += c;
    total += c;
    customerPattern[i] = id;
  }
  return {
    x: index.column(0),
    tx: index.column(1),
    T: index.column(2),
    count: counts.slice(0, index.size),
    nCustomers: total,
    customerPattern
  };
}

/** Per-customer values from per-pattern values (the inverse of compression). */
export function expandToCustomers(patternValues: ArrayLike<number>, customerPattern: Int32Array): Float64Array {
  const out = new Float64Array(customerPattern.length);
  for (let i = 0; i < out.length; i++) out[i] = patternValues[customerPattern[i]];
  return out;
}

/** Distinct values of a column and, per row, the index of its value (used for per-T caches). */
export function uniqueIndex(values: ArrayLike<number>): { values: Float64Array; index: Int32Array } {
  const t = new TupleIndex(1, Math.min(values.length, 4096));
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) index[i] = t.id(values[i]);
  return { values: t.column(0), index };
}

/** Patterns laid out for a purchase-model likelihood (BG/NBD, Pareto/NBD). */
export interface PreparedPatterns {
  /** Customers. */
  n: number;
  nPatterns: number;
  repeatBuyers: number;
  maxX: number;
  /** Customers per value of x, dense 0..maxX. */
  nx: Float64Array;
  x: Float64Array;
  count: Float64Array;
  /** Distinct T and t_x values, and each pattern's index into them (their logs are taken once). */
  uT: Float64Array;
  TIdx: Int32Array;
  utx: Float64Array;
  txIdx: Int32Array;
  /** The compressed patterns themselves. */
  patterns: Patterns;
}

export function preparePatterns(data: RfmInput): PreparedPatterns {
  const p = compressPatterns(data);
  const uT = uniqueIndex(p.T), utx = uniqueIndex(p.tx);
  let maxX = 0, repeatBuyers = 0;
  for (let i = 0; i < p.x.length; i++) {
    if (p.x[i] > maxX) maxX = p.x[i];
    if (p.x[i] > 0) repeatBuyers += p.count[i];
  }
  const nx = new Float64Array(maxX + 1);
  for (let i = 0; i < p.x.length; i++) nx[p.x[i]] += p.count[i];
  return {
    n: p.nCustomers, nPatterns: p.x.length, repeatBuyers, maxX, nx,
    x: p.x, count: p.count, uT: uT.values, TIdx: uT.index, utx: utx.values, txIdx: utx.index,
    patterns: p
  };
}
