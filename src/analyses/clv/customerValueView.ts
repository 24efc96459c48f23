/**
 * Everything the Customer value page shows, as plain serialisable data: the build writes it for
 * the default settings (clv_default.json, without the per-customer list, which a public build
 * must not publish) and the page computes it live from clvTransactions' rows.
 */
import { ClvError, type MlFit } from "../../clv/index.js";
import { aliveMap, modelCheck, predictions, type CustomerPrediction, type CustomerValueOptions } from "./customerValue.js";
import type { ClvTransactionRow } from "./clvTransactions.js";

export interface ViewError {
  code: string;
  en: string;
  zh: string;
}

export interface FitView {
  model: string;
  params: { name: string; value: number; se: number | null }[];
  logLikelihood: number;
  converged: boolean;
  customers: number;
  patterns: number;
}

export interface HistogramBin {
  lo: number;
  hi: number;
  customers: number;
}

export interface CustomerValueView {
  options: CustomerValueOptions;
  check: {
    calibrationEnd: string;
    holdoutEnd: string;
    customers: number;
    fits: (FitView | ViewError)[];
    byFrequency: unknown[] | ViewError;
    tracking: unknown[] | ViewError;
    comparison: unknown[] | ViewError;
  } | ViewError | null;
  predicted: {
    customers: number;
    repeatBuyers: number;
    spendExcluded: number;
    fits: (FitView | ViewError)[];
    /** meanAlive is over repeat buyers (x ≥ 1): one-time buyers are alive by construction. */
    totals: { clv: number; expectedPurchases: number; meanAlive: number } | null;
    aliveHistogram: HistogramBin[];
    clvHistogram: HistogramBin[];
    aliveMap: { x: number; t_x: number; p_alive: number }[];
    maxT: number;
    error: ViewError | null;
  } | ViewError;
}

export const viewError = (e: ClvError): ViewError => ({ code: e.code, en: e.message, zh: e.messageZh });

function fitView(name: string, fit: MlFit<Record<string, number>> | ClvError): FitView | ViewError {
  if (fit instanceof ClvError) return { ...viewError(fit), en: `${name}: ${fit.message}`, zh: `${name}：${fit.messageZh}` };
  return {
    model: name,
    params: Object.entries(fit.params).map(([k, value]) => ({ name: k, value, se: fit.standardErrors?.[k] ?? null })),
    logLikelihood: fit.logLikelihood,
    converged: fit.converged,
    customers: fit.nObservations,
    patterns: fit.nPatterns
  };
}

/** Equal-width bins over [lo, hi]; the top edge is included in the last bin. */
export function histogramBins(values: ArrayLike<number>, bins: number, lo: number, hi: number): HistogramBin[] {
  const width = (hi - lo) / bins || 1;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const k = Math.min(bins - 1, Math.max(0, Math.floor((values[i] - lo) / width)));
    counts[k]++;
  }
  return counts.map((customers, k) => ({ lo: lo + k * width, hi: lo + (k + 1) * width, customers }));
}

/** The 99th percentile, so one whale does not squash the CLV histogram (the top bin holds the rest). */
function p99(values: number[]): number {
  if (values.length === 0) return 1;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(0.99 * (s.length - 1))] || s[s.length - 1] || 1;
}

/**
 * `rows`: clvTransactions through the as-of date; `calibrationRows`: through the end of
 * calibration (as known then), for the model check.
 */
export function customerValueView(
  rows: readonly ClvTransactionRow[],
  options: CustomerValueOptions,
  calibrationRows?: readonly ClvTransactionRow[]
): { view: CustomerValueView; customers: CustomerPrediction[] | null } {
  const check = options.holdoutWeeks > 0 ? modelCheck(rows, options, calibrationRows) : null;
  const p = predictions(rows, options);
  const view: CustomerValueView = {
    options,
    check:
      check === null
        ? null
        : check instanceof ClvError
          ? viewError(check)
          : {
              calibrationEnd: check.calibrationEnd,
              holdoutEnd: check.holdoutEnd,
              customers: check.summary.customerIds.length,
              fits: [fitView("BG/NBD", check.bgnbd), fitView("Pareto/NBD", check.pareto)],
              byFrequency: check.byFrequency instanceof ClvError ? viewError(check.byFrequency) : check.byFrequency,
              tracking: check.tracking instanceof ClvError ? viewError(check.tracking) : check.tracking,
              comparison: check.comparison instanceof ClvError ? viewError(check.comparison) : check.comparison
            },
    predicted:
      p instanceof ClvError
        ? viewError(p)
        : (() => {
            const list = p.customers instanceof ClvError ? null : p.customers;
            const model = options.model === "pareto" ? p.pareto : p.bgnbd;
            // Loops, not Math.max(...array): spreading 125,000+ values overflows the call stack.
            let maxT = 0;
            let maxX = 1;
            for (let i = 0; i < p.summary.T.length; i++) {
              if (p.summary.T[i] > maxT) maxT = p.summary.T[i];
              if (p.summary.x[i] > maxX) maxX = p.summary.x[i];
            }
            // One-time buyers have P(alive) = 1 by the model's construction (no silence to read
            // yet); averaging them in would flatter the shop, so the figures are over repeat buyers.
            const repeat = list ? list.filter((c) => c.x > 0) : null;
            const clvCap = list ? p99(list.map((c) => c.clv)) : 1;
            return {
              customers: p.summary.customerIds.length,
              repeatBuyers: p.summary.x.filter((x) => x > 0).length,
              spendExcluded: p.spendExcluded,
              fits: [fitView("BG/NBD", p.bgnbd), fitView("Pareto/NBD", p.pareto), fitView("Gamma-Gamma", p.spend)],
              totals: list
                ? {
                    clv: list.reduce((s, c) => s + c.clv, 0),
                    expectedPurchases: list.reduce((s, c) => s + c.expected_purchases, 0),
                    meanAlive: repeat!.reduce((s, c) => s + c.p_alive, 0) / Math.max(1, repeat!.length)
                  }
                : null,
              aliveHistogram: repeat ? histogramBins(repeat.map((c) => c.p_alive), 20, 0, 1) : [],
              clvHistogram: list ? histogramBins(list.map((c) => Math.min(c.clv, clvCap)), 20, 0, clvCap) : [],
              aliveMap: model instanceof ClvError ? [] : aliveMap(model.model, maxT, Math.min(20, maxX), 24),
              maxT,
              error: p.customers instanceof ClvError ? viewError(p.customers) : null
            };
          })()
  };
  return { view, customers: p instanceof ClvError || p.customers instanceof ClvError ? null : p.customers };
}

/**
 * The churn-risk list: repeat buyers whose P(alive) is below `threshold`, ranked by the value at
 * risk — what they would be worth over the horizon if still active, times the chance they are
 * not: CLV / P(alive) × (1 − P(alive)) (the models' expected purchases are P(alive) times those
 * of an active customer).
 */
export function churnRisk(customers: readonly CustomerPrediction[], threshold: number) {
  return customers
    .filter((c) => c.x >= 1 && c.p_alive < threshold)
    .map((c) => ({ ...c, value_at_risk: c.p_alive > 0 ? (c.clv / c.p_alive) * (1 - c.p_alive) : 0 }))
    .sort((a, b) => b.value_at_risk - a.value_at_risk || a.customer_id.localeCompare(b.customer_id));
}

/**
 * Defaults: predictions as of the last day of data; a holdout of a third of the history, at most
 * 39 weeks (the published CDNOW setting), none when that leaves fewer than 4 weeks; weeks; BG/NBD;
 * 12 months at 1 % a month; margin 100 % (CLV in revenue — set your own margin in the page).
 */
export function defaultCustomerValueOptions(dataFrom: string, dataTo: string): CustomerValueOptions {
  const days = (Date.parse(`${dataTo}T00:00:00Z`) - Date.parse(`${dataFrom}T00:00:00Z`)) / 86_400_000;
  const weeks = Math.min(39, Math.floor(days / 7 / 3));
  return { asOf: dataTo, holdoutWeeks: weeks >= 4 ? weeks : 0, unit: "week", model: "bgnbd", horizonMonths: 12, monthlyDiscountRate: 0.01, margin: 1 };
}
