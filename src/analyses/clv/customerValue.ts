/**
 * Customer value from the CLV models (src/clv), in two fits, as an analyst would do it:
 *
 * 1. Model check: fit on the data up to `asOf − holdout`, then compare with what happened in the
 *    holdout (calibration vs holdout by frequency, weekly cumulative tracking, BG/NBD vs
 *    Pareto/NBD log-likelihood and holdout error).
 * 2. Predictions: fit again on everything up to `asOf`, then per customer P(alive), expected
 *    purchases over the horizon, expected spend per purchase (Gamma-Gamma) and CLV, plus the
 *    P(alive) map over frequency and recency.
 *
 * The input is clvTransactions' rows. Errors from the models (too few repeat buyers, a date
 * outside the data, a fit that did not converge …) are returned per part, never papered over:
 * the page shows the message in both languages.
 */
import {
  ClvError,
  calibrationVsHoldout,
  compareModels,
  cumulativeTracking,
  customerLifetimeValue,
  dayNumber,
  isoDate,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  probabilityAliveMany,
  summarizeColumns,
  unitDays,
  type BgNbdFit,
  type CalibrationHoldoutRow,
  type CustomerSummary,
  type GammaGammaFit,
  type ModelComparisonRow,
  type ParetoNbdFit,
  type TimeUnit,
  type TrackingPoint,
  type TransactionModel
} from "../../clv/index.js";
import type { ClvTransactionRow } from "./clvTransactions.js";

export type PurchaseModel = "bgnbd" | "pareto";
export const PURCHASE_MODELS: readonly PurchaseModel[] = ["bgnbd", "pareto"];

export interface CustomerValueOptions {
  /** Predictions as of the end of this day (YYYY-MM-DD). */
  asOf: string;
  /** Holdout length in weeks for the model check (0 = no check). */
  holdoutWeeks: number;
  unit: TimeUnit;
  model: PurchaseModel;
  horizonMonths: number;
  monthlyDiscountRate: number;
  margin: number;
}

export interface FittedModels {
  summary: CustomerSummary;
  bgnbd: BgNbdFit | ClvError;
  pareto: ParetoNbdFit | ClvError;
  spend: GammaGammaFit | ClvError;
  /** Repeat buyers left out of the spend fit because their repeat spend is not positive. */
  spendExcluded: number;
}

export interface ModelCheck extends FittedModels {
  calibrationEnd: string;
  holdoutEnd: string;
  byFrequency: CalibrationHoldoutRow[] | ClvError;
  tracking: TrackingPoint[] | ClvError;
  comparison: ModelComparisonRow[] | ClvError;
}

export interface CustomerPrediction {
  customer_id: string;
  x: number;
  t_x: number;
  T: number;
  monetary: number;
  p_alive: number;
  /** P(alive) 30 days before the as-of date, for the same history (how fast it is falling). */
  p_alive_30d_ago: number;
  expected_purchases: number;
  expected_spend: number;
  clv: number;
}

export interface Predictions extends FittedModels {
  customers: CustomerPrediction[] | ClvError;
}

const asError = (e: unknown): ClvError =>
  e instanceof ClvError ? e : new ClvError("invalid_input", e instanceof Error ? e.message : String(e), e instanceof Error ? e.message : String(e));

function attempt<T>(f: () => T): T | ClvError {
  try {
    return f();
  } catch (e) {
    return asError(e);
  }
}


/** Fits BG/NBD, Pareto/NBD and Gamma-Gamma on the transactions up to `calibrationEnd`. */
export function fitModels(rows: readonly ClvTransactionRow[], calibrationEnd: number, unit: TimeUnit, holdoutEnd?: number): FittedModels {
  const customer = rows.map((r) => r.customer_id);
  const day = Int32Array.from(rows, (r) => r.day);
  const amount = Float64Array.from(rows, (r) => r.amount);
  const dataEnd = holdoutEnd ?? calibrationEnd;
  const summary = summarizeColumns({ customer, day, amount }, { calibrationEnd, holdoutEnd, unit, dataEnd });
  const data = { x: summary.x, tx: summary.tx, T: summary.T };
  // Gamma-Gamma needs a positive mean repeat spend; repeat buyers at zero (free samples,
  // refunds) are left out of the fit and counted.
  const keep: number[] = [];
  let spendExcluded = 0;
  for (let i = 0; i < summary.x.length; i++) {
    if (summary.x[i] > 0) {
      if (summary.monetary[i] > 0) keep.push(i);
      else spendExcluded++;
    }
  }
  return {
    summary,
    bgnbd: attempt(() => fitBgNbd(data)),
    pareto: attempt(() => fitParetoNbd(data)),
    spend: attempt(() => fitGammaGamma({ x: keep.map((i) => summary.x[i]), monetary: keep.map((i) => summary.monetary[i]) })),
    spendExcluded
  };
}

const modelOf = (f: FittedModels, which: PurchaseModel): TransactionModel | ClvError => {
  const fit = which === "pareto" ? f.pareto : f.bgnbd;
  return fit instanceof ClvError ? fit : fit.model;
};

/** The last calibration day for a holdout of `holdoutWeeks` before `asOf` (YYYY-MM-DD). */
export function calibrationEndOf(o: Pick<CustomerValueOptions, "asOf" | "holdoutWeeks">): string {
  return isoDate(dayNumber(o.asOf) - Math.round(o.holdoutWeeks * 7));
}

/**
 * Part 1: fit before the holdout, compare with the holdout. `calibrationRows` are the
 * transactions as known at the end of calibration (clvTransactions through that day): a refund
 * made during the holdout must not reach back into the data the model was fitted on. Without
 * them the calibration uses `rows` as known at the as-of date.
 */
export function modelCheck(rows: readonly ClvTransactionRow[], o: CustomerValueOptions, calibrationRows?: readonly ClvTransactionRow[]): ModelCheck | ClvError {
  return attempt(() => {
    const holdoutEnd = dayNumber(o.asOf);
    const calibrationEnd = holdoutEnd - Math.round(o.holdoutWeeks * 7);
    const combined = calibrationRows
      ? [...calibrationRows.filter((r) => r.day <= calibrationEnd), ...rows.filter((r) => r.day > calibrationEnd)]
      : rows;
    const fits = fitModels(combined, calibrationEnd, o.unit, holdoutEnd);
    const model = modelOf(fits, o.model);
    const candidates: { name: string; fit: BgNbdFit | ParetoNbdFit | ClvError }[] = [
      { name: "BG/NBD", fit: fits.bgnbd },
      { name: "Pareto/NBD", fit: fits.pareto }
    ];
    const fitted = candidates.filter((m): m is { name: string; fit: BgNbdFit | ParetoNbdFit } => !(m.fit instanceof ClvError));
    return {
      ...fits,
      calibrationEnd: isoDate(calibrationEnd),
      holdoutEnd: o.asOf,
      byFrequency: model instanceof ClvError ? model : attempt(() => calibrationVsHoldout(model, fits.summary)),
      tracking: model instanceof ClvError ? model : attempt(() => cumulativeTracking(model, fits.summary, 7)),
      comparison: fitted.length ? attempt(() => compareModels(fitted, fits.summary)) : asError(fits.bgnbd)
    };
  });
}

/** Part 2: fit on everything up to asOf and predict per customer. */
export function predictions(rows: readonly ClvTransactionRow[], o: CustomerValueOptions): Predictions | ClvError {
  return attempt(() => {
    const end = dayNumber(o.asOf);
    const fits = fitModels(rows, end, o.unit);
    const model = modelOf(fits, o.model);
    const spend = fits.spend;
    const customers = attempt(() => {
      if (model instanceof ClvError) throw model;
      if (spend instanceof ClvError) throw spend;
      const s = fits.summary;
      const alive = probabilityAliveMany(model, s);
      // The same histories 30 days earlier: T shorter by 30 days, never before the last purchase.
      const step = 30 / unitDays(o.unit);
      const earlierT = Float64Array.from(s.T, (T, i) => Math.max(s.tx[i], T - step));
      const aliveBefore = probabilityAliveMany(model, { x: s.x, tx: s.tx, T: earlierT });
      const value = customerLifetimeValue(model, spend.params, s, { months: o.horizonMonths, monthlyDiscountRate: o.monthlyDiscountRate, margin: o.margin });
      return Array.from(s.customerIds, (id, i) => ({
        customer_id: String(id),
        x: s.x[i],
        t_x: s.tx[i],
        T: s.T[i],
        monetary: s.monetary[i],
        p_alive: alive[i],
        p_alive_30d_ago: aliveBefore[i],
        expected_purchases: value.expectedPurchases[i],
        expected_spend: value.expectedSpend[i],
        clv: value.clv[i]
      }));
    });
    return { ...fits, customers };
  });
}

/**
 * P(alive) over a grid of frequency (0 … maxX) and recency (t_x from 0 to T) for a customer
 * observed for T (the longest history in the data), as in lifetimes' probability-alive matrix.
 */
export function aliveMap(model: TransactionModel, T: number, maxX: number, steps = 24): { x: number; t_x: number; p_alive: number }[] {
  const out: { x: number; t_x: number; p_alive: number }[] = [];
  for (let x = 0; x <= maxX; x++) {
    for (let j = 0; j <= steps; j++) {
      const tx = x === 0 ? 0 : (T * j) / steps;
      if (x === 0 && j > 0) continue;
      out.push({ x, t_x: tx, p_alive: model.probabilityAlive(x, tx, T) });
    }
  }
  return out;
}
