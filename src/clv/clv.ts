/**
 * Customer lifetime value over a horizon of whole months, with the structure of lifetimes'
 * `customer_lifetime_value`:
 *   CLV_i = Σ_{k=1..H} margin · E[spend_i] · (E[Y(k·m) | i] − E[Y((k−1)·m) | i]) / (1 + d)^k,
 * where m is one month in the data's time unit, E[Y(·) | i] the purchase model's conditional
 * expectation, E[spend_i] the Gamma-Gamma conditional expected spend, d the monthly discount rate.
 * Each month's purchases are discounted at the end of that month.
 *
 * A month is 30.4375 days (365.25 / 12), i.e. 30.4375 / 7 = 4.348 weeks, whatever the data's
 * unit. lifetimes uses 30 days or 4.345 weeks; pass `daysPerMonth: 30` to match it.
 */
import { ClvError } from "./errors.js";
import { gammaGammaExpectedSpend, type GammaGammaParams } from "./gammaGamma.js";
import { compressPatterns } from "./patterns.js";
import { unitDays, type TimeUnit } from "./summarize.js";
import type { TransactionModel } from "./transactionModel.js";

export const DAYS_PER_MONTH = 365.25 / 12;

export interface ClvCustomers {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
  /** Mean repeat-occasion value (0 when x = 0). */
  monetary: ArrayLike<number>;
  /** Time unit of tx and T (a CustomerSummary carries it). */
  unit?: TimeUnit;
}

export interface ClvOptions {
  /** Horizon in whole months (≥ 1). */
  months: number;
  /** Monthly discount rate d ≥ 0 (0.01 = 1 % per month). */
  monthlyDiscountRate: number;
  /** Profit margin applied to spend (1 = revenue). */
  margin: number;
  /** Unit of the data when `customers.unit` is absent. */
  unit?: TimeUnit;
  /** Length of a month in days; default 30.4375. */
  daysPerMonth?: number;
}

export interface ClvResult {
  /** Discounted margin over the horizon, per customer. */
  clv: Float64Array;
  /** Expected purchases over the horizon (undiscounted), per customer. */
  expectedPurchases: Float64Array;
  /** Gamma-Gamma conditional expected spend per purchase, per customer. */
  expectedSpend: Float64Array;
}

export function customerLifetimeValue(
  model: TransactionModel,
  spend: GammaGammaParams,
  customers: ClvCustomers,
  options: ClvOptions
): ClvResult {
  const { months, monthlyDiscountRate: d, margin } = options;
  const unit = customers.unit ?? options.unit;
  if (!unit) {
    throw new ClvError("invalid_input", "The time unit of the data is needed (pass a summary, or options.unit).", "需要数据的时间单位（传入汇总结果，或设置 options.unit）。");
  }
  if (!(Number.isInteger(months) && months >= 1)) {
    throw new ClvError("invalid_input", `The horizon must be a whole number of months ≥ 1 (got ${months}).`, `预测期必须是不小于 1 的整月数（现为 ${months}）。`);
  }
  if (!(d >= 0 && Number.isFinite(d))) {
    throw new ClvError("invalid_input", `The monthly discount rate must be ≥ 0 (got ${d}).`, `月折现率必须不小于 0（现为 ${d}）。`);
  }
  if (!Number.isFinite(margin)) {
    throw new ClvError("invalid_input", `The margin must be a finite number (got ${margin}).`, `利润率必须是有限数字（现为 ${margin}）。`);
  }
  const monthUnits = (options.daysPerMonth ?? DAYS_PER_MONTH) / unitDays(unit);
  const n = customers.x.length;
  if (customers.monetary.length !== n) {
    throw new ClvError("invalid_input", "monetary must have one value per customer.", "monetary 必须每位顾客一个值。");
  }
  const p = compressPatterns(customers);
  const discounted = new Float64Array(p.x.length), total = new Float64Array(p.x.length);
  for (let j = 0; j < p.x.length; j++) {
    let prev = 0, acc = 0;
    for (let k = 1; k <= months; k++) {
      const e = model.conditionalExpectedPurchases(k * monthUnits, p.x[j], p.tx[j], p.T[j]);
      acc += (e - prev) / Math.pow(1 + d, k);
      prev = e;
    }
    discounted[j] = acc;
    total[j] = prev;
  }
  const clv = new Float64Array(n), expectedPurchases = new Float64Array(n), expectedSpend = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = p.customerPattern[i];
    const s = gammaGammaExpectedSpend(spend, customers.x[i], customers.monetary[i]);
    expectedSpend[i] = s;
    expectedPurchases[i] = total[j];
    clv[i] = margin * s * discounted[j];
  }
  return { clv, expectedPurchases, expectedSpend };
}
