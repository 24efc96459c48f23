/**
 * The Lifecycle page's data for one set of settings, as plain serialisable values: computed live
 * by the page and, for the default settings, at build time (lifecycle_default.json, aggregates
 * only — no customer rows). The Kaplan–Meier thresholds and the maturity defaults are derived
 * here and returned with the view so the page can say where they came from.
 */
import type { Db } from "../../query.js";
import { cohortRetention, weightedRetention, type CohortCellRow } from "./cohortRetention.js";
import { lifecycleGrowth, type LifecycleGrowthRow } from "./lifecycleGrowth.js";
import { repurchaseGaps, type RepurchaseGapRow } from "./repurchaseGaps.js";
import { categoryCycles, type CategoryCycleRow } from "./categoryCycles.js";
import { timeToRepurchase } from "./timeToRepurchase.js";
import { kaplanMeier, derivedThresholds, type KmPoint, type LifecycleThresholds } from "./kaplanMeier.js";
import { lifecycleDefaults } from "./lifecycleDefaults.js";
import type { LifecycleGrain } from "./lifecyclePurchases.js";

/** Month ends from the month of `from` to `to` (the last one is `to` itself), at most `max`. */
export function monthEnds(from: string, to: string, max = 36): string[] {
  const out: string[] = [];
  const start = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)); d.toISOString().slice(0, 10) < to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 0))) {
    out.push(d.toISOString().slice(0, 10));
  }
  out.push(to);
  return out.slice(-max);
}

/** The curve thinned to at most ~200 points (every point where it changes by ≥ 0.002 or the last). */
export function thinCurve(curve: readonly KmPoint[]): { days: number; survival: number }[] {
  const out: { days: number; survival: number }[] = [];
  let last = 2;
  curve.forEach((p, i) => {
    if (Math.abs(p.survival - last) >= 0.002 || i === curve.length - 1) {
      out.push({ days: p.days, survival: p.survival });
      last = p.survival;
    }
  });
  return out;
}

export interface LifecycleBase {
  cohorts: CohortCellRow[];
  weighted: ReturnType<typeof weightedRetention>;
  growth: LifecycleGrowthRow[];
  gaps: RepurchaseGapRow[];
  categories: CategoryCycleRow[];
  curve: { days: number; survival: number }[];
  thresholds: LifecycleThresholds | null;
  maturity: { customers: number; mature_orders: number; mature_spend: number | null };
}

/** The grain-dependent part: cohorts, their weighted mean and growth accounting. */
export async function cohortView(db: Db, o: { currency: string; through: string; grain: LifecycleGrain }) {
  const cohorts = await cohortRetention.run(db, o);
  return { cohorts, weighted: weightedRetention(cohorts), growth: await lifecycleGrowth.run(db, o) };
}

/** The grain-free part: repurchase gaps, category cycles, Kaplan–Meier and the derived thresholds. */
export async function repurchaseView(db: Db, o: { currency: string; through: string }) {
  const km = kaplanMeier(await timeToRepurchase.run(db, o));
  const [maturity] = await lifecycleDefaults.run(db, o);
  return {
    gaps: await repurchaseGaps.run(db, o),
    categories: await categoryCycles.run(db, o),
    curve: thinCurve(km),
    thresholds: derivedThresholds(km),
    maturity
  };
}

/** Everything that does not depend on the stage thresholds (the build's default view). */
export async function lifecycleBase(db: Db, o: { currency: string; through: string; grain: LifecycleGrain }): Promise<LifecycleBase> {
  return { ...(await cohortView(db, o)), ...(await repurchaseView(db, o)) };
}

/** Stage thresholds derived from the data (fallbacks when the data shows no repurchase at all). */
export function derivedStageOptions(base: Pick<LifecycleBase, "thresholds" | "maturity">, currency: string, asOf: string) {
  return {
    currency,
    asOf,
    windowDays: 30,
    atRiskDays: base.thresholds?.atRiskDays ?? 90,
    churnDays: base.thresholds?.churnDays ?? 365,
    matureOrders: base.maturity?.mature_orders ?? 2,
    matureSpend: base.maturity?.mature_spend ?? 0
  };
}
