/**
 * Diagnostics a reader can check the models with (data only; pages draw the charts):
 * - calibrationVsHoldout: per calibration frequency x (0 … maxFrequency−1, then "maxFrequency+"),
 *   mean actual holdout repeat purchases against the model's conditional expectation (the
 *   "conditional expectations" chart of Fader, Hardie & Lee 2005).
 * - cumulativeTracking: actual vs expected cumulative repeat transactions of the cohort, period
 *   by period (weekly by default) across calibration and holdout (the paper's tracking chart).
 *   Expected = Σ over customers of E[X(t)] with t = time since THAT customer's first purchase.
 *   A checkpoint is the end of a day D: actual counts repeat occasions on days ≤ D, the expected
 *   value uses t = (D + 1 − first day) / unit (the first purchase is at the start of its day, as
 *   in the summariser's T).
 * - compareModels: log-likelihood, AIC, BIC, and the holdout errors per customer (mean absolute
 *   and root mean squared difference between predicted and actual holdout purchases).
 */
import { ClvError } from "./errors.js";
import { conditionalExpectedPurchasesMany } from "./predictMany.js";
import { unitDays, type CustomerSummary } from "./summarize.js";
import type { TransactionModel } from "./transactionModel.js";

export interface CalibrationHoldoutRow {
  /** Calibration frequency x; the last row holds every x ≥ this value. */
  frequency: number;
  label: string;
  customers: number;
  actualMean: number;
  predictedMean: number;
}

function needHoldout(summary: CustomerSummary): Float64Array {
  if (!summary.holdoutX || summary.holdoutEnd === null) {
    throw new ClvError(
      "invalid_input",
      "This diagnostic needs a holdout period: summarise with holdoutEnd.",
      "此诊断需要验证期：汇总时请设置 holdoutEnd。"
    );
  }
  return summary.holdoutX;
}

export function calibrationVsHoldout(model: TransactionModel, summary: CustomerSummary, maxFrequency = 7): CalibrationHoldoutRow[] {
  const actual = needHoldout(summary);
  const predicted = conditionalExpectedPurchasesMany(model, summary.holdoutDuration, summary);
  const k = maxFrequency + 1;
  const n = new Float64Array(k), a = new Float64Array(k), p = new Float64Array(k);
  for (let i = 0; i < summary.x.length; i++) {
    const g = Math.min(summary.x[i], maxFrequency);
    n[g]++;
    a[g] += actual[i];
    p[g] += predicted[i];
  }
  const rows: CalibrationHoldoutRow[] = [];
  for (let g = 0; g < k; g++) {
    rows.push({
      frequency: g,
      label: g === maxFrequency ? `${g}+` : String(g),
      customers: n[g],
      actualMean: n[g] > 0 ? a[g] / n[g] : NaN,
      predictedMean: n[g] > 0 ? p[g] / n[g] : NaN
    });
  }
  return rows;
}

export interface TrackingPoint {
  /** 1-based period number. */
  period: number;
  /** Last day of the period (inclusive). */
  endDay: number;
  /** True when the period is shorter than periodDays (the data end cut it). */
  partial: boolean;
  /** True when endDay ≤ calibrationEnd. */
  inCalibration: boolean;
  actualCumulative: number;
  expectedCumulative: number;
  actualIncremental: number;
  expectedIncremental: number;
}

export function cumulativeTracking(model: TransactionModel, summary: CustomerSummary, periodDays = 7): TrackingPoint[] {
  if (!(Number.isInteger(periodDays) && periodDays >= 1)) {
    throw new ClvError("invalid_input", `periodDays must be a whole number ≥ 1 (got ${periodDays}).`, `periodDays 必须是不小于 1 的整数（现为 ${periodDays}）。`);
  }
  const u = unitDays(summary.unit);
  const { startDay, endDay, repeatOccasions } = summary.tracking;
  let origin = Infinity;
  for (let i = 0; i < summary.firstDay.length; i++) origin = Math.min(origin, summary.firstDay[i]);
  const span = endDay - origin + 1;
  // Cohort sizes by first day, and E[X(t)] for every whole-day lag (one evaluation per lag).
  const cohort = new Float64Array(span);
  for (let i = 0; i < summary.firstDay.length; i++) cohort[summary.firstDay[i] - origin]++;
  const firstDays: number[] = [];
  for (let f = 0; f < span; f++) if (cohort[f] > 0) firstDays.push(f);
  const ex = new Float64Array(span + 1);
  for (let lag = 1; lag <= span; lag++) ex[lag] = model.expectedPurchases(lag / u);
  const points: TrackingPoint[] = [];
  let actual = 0, prevActual = 0, prevExpected = 0;
  let day = origin; // next day to add to `actual`
  for (let k = 1; ; k++) {
    let D = origin + k * periodDays - 1;
    const partial = D > endDay;
    if (partial) D = endDay;
    for (; day <= D; day++) {
      const idx = day - startDay;
      if (idx >= 0 && idx < repeatOccasions.length) actual += repeatOccasions[idx];
    }
    let expected = 0;
    for (const f of firstDays) {
      const lag = D - origin - f + 1;
      if (lag > 0) expected += cohort[f] * ex[lag];
    }
    points.push({
      period: k,
      endDay: D,
      partial,
      inCalibration: D <= summary.calibrationEnd,
      actualCumulative: actual,
      expectedCumulative: expected,
      actualIncremental: actual - prevActual,
      expectedIncremental: expected - prevExpected
    });
    prevActual = actual;
    prevExpected = expected;
    if (D >= endDay) break;
  }
  return points;
}

export interface ComparedModel {
  name: string;
  fit: { logLikelihood: number; k: number; nObservations: number; model: TransactionModel };
}

export interface ModelComparisonRow {
  name: string;
  logLikelihood: number;
  k: number;
  aic: number;
  bic: number;
  /** Holdout errors per customer (null without a holdout). */
  holdoutMae: number | null;
  holdoutRmse: number | null;
  holdoutActualTotal: number | null;
  holdoutPredictedTotal: number | null;
}

/**
 * Side-by-side summary of fitted purchase models on the same customers. Log-likelihoods are
 * comparable only when the models were fitted on the same (x, t_x, T) data, which is checked
 * through the number of customers.
 */
export function compareModels(models: readonly ComparedModel[], summary?: CustomerSummary): ModelComparisonRow[] {
  const n0 = models[0]?.fit.nObservations;
  if (models.some((m) => m.fit.nObservations !== n0)) {
    throw new ClvError("invalid_input", "The models were fitted on different numbers of customers; their likelihoods are not comparable.", "这些模型拟合所用的顾客数不同，似然值不可比较。");
  }
  const actual = summary ? needHoldout(summary) : null;
  return models.map(({ name, fit }) => {
    const row: ModelComparisonRow = {
      name,
      logLikelihood: fit.logLikelihood,
      k: fit.k,
      aic: 2 * fit.k - 2 * fit.logLikelihood,
      bic: fit.k * Math.log(fit.nObservations) - 2 * fit.logLikelihood,
      holdoutMae: null,
      holdoutRmse: null,
      holdoutActualTotal: null,
      holdoutPredictedTotal: null
    };
    if (summary && actual) {
      const pred = conditionalExpectedPurchasesMany(fit.model, summary.holdoutDuration, summary);
      let ae = 0, se = 0, ta = 0, tp = 0;
      for (let i = 0; i < pred.length; i++) {
        const e = pred[i] - actual[i];
        ae += Math.abs(e);
        se += e * e;
        ta += actual[i];
        tp += pred[i];
      }
      row.holdoutMae = ae / pred.length;
      row.holdoutRmse = Math.sqrt(se / pred.length);
      row.holdoutActualTotal = ta;
      row.holdoutPredictedTotal = tp;
    }
    return row;
  });
}
