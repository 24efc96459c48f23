/**
 * Reads an experiment from its per-variant rows (abVariants): every variant against the control on
 * conversion (two-proportion z-test, Wald interval of the difference) and on revenue per visitor
 * (Welch's t-test, t interval), p-values adjusted for the number of comparisons (Holm or
 * Benjamini–Hochberg, over all variants × metrics), a sample-ratio-mismatch check on the
 * analysed visitors, and a warning when the test is read before its planned sample size.
 */
import { benjaminiHochbergAdjust, holmAdjust, sampleRatioMismatch, twoProportionTest, welchTest, type SampleRatioMismatchResult } from "../../stats/index.js";
import type { AbVariantRow } from "./abVariants.js";

export const CORRECTIONS = ["holm", "bh", "none"] as const;
export type Correction = (typeof CORRECTIONS)[number];
export const AB_METRICS = ["conversion", "rpv"] as const;
export type AbMetric = (typeof AB_METRICS)[number];

export interface AbReadOptions {
  control: string;
  alpha: number;
  correction: Correction;
  /** Planned visitors per arm; 0 = none stated. */
  plannedPerArm: number;
  /** The designed split, one weight per variant in the rows' order (e.g. [1, 1], [90, 10]); default even. */
  expectedShares?: readonly number[];
}

/** "50/50", "90:10" or "1,1,2" → weights; throws naming the text when it is not one positive number per variant. */
export function parseSplit(text: string, variants: number): number[] {
  const parts = text.split(/[\s/:,，]+/).filter(Boolean).map(Number);
  if (parts.length !== variants || parts.some((w) => !(w > 0 && Number.isFinite(w)))) {
    throw new Error(`invalid split "${text}": expected ${variants} positive numbers such as ${Array(variants).fill(1).join("/")}`);
  }
  return parts;
}

export interface AbComparison {
  variant: string;
  metric: AbMetric;
  control: number;
  treatment: number;
  difference: number;
  relativeLift: number | null;
  ciLow: number;
  ciHigh: number;
  statistic: number;
  pValue: number;
  adjustedP: number;
  significant: boolean;
}

export interface AbRead {
  variants: AbVariantRow[];
  srm: SampleRatioMismatchResult | null;
  comparisons: AbComparison[];
  /** Comparisons that could not be made, with the reason (e.g. an arm with fewer than 2 visitors). */
  skipped: { variant: string; metric: AbMetric; reason: string }[];
  /** Smallest arm below the planned sample: results are provisional. */
  early: { smallest: number; planned: number } | null;
}

export function readExperiment(rows: readonly AbVariantRow[], o: AbReadOptions): AbRead {
  if (!(o.alpha > 0 && o.alpha < 0.5)) throw new Error(`invalid alpha: ${o.alpha}`);
  const control = rows.find((r) => r.variant === o.control);
  if (!control) throw new Error(`control variant not found: ${o.control}`);
  const raw: Omit<AbComparison, "adjustedP" | "significant">[] = [];
  const skipped: AbRead["skipped"] = [];
  for (const v of rows) {
    if (v.variant === o.control) continue;
    try {
      const c = twoProportionTest(control.converters, control.visitors, v.converters, v.visitors, o.alpha);
      raw.push({ variant: v.variant, metric: "conversion", control: c.rateA, treatment: c.rateB, difference: c.difference, relativeLift: c.relativeLift, ciLow: c.confidenceInterval[0], ciHigh: c.confidenceInterval[1], statistic: c.z, pValue: c.pValue });
    } catch (e) {
      skipped.push({ variant: v.variant, metric: "conversion", reason: (e as Error).message });
    }
    try {
      const w = welchTest({ n: control.visitors, mean: control.rpv_mean, variance: control.rpv_var ?? NaN }, { n: v.visitors, mean: v.rpv_mean, variance: v.rpv_var ?? NaN }, o.alpha);
      raw.push({ variant: v.variant, metric: "rpv", control: w.meanA, treatment: w.meanB, difference: w.difference, relativeLift: w.meanA ? w.difference / w.meanA : null, ciLow: w.confidenceInterval[0], ciHigh: w.confidenceInterval[1], statistic: w.t, pValue: w.pValue });
    } catch (e) {
      skipped.push({ variant: v.variant, metric: "rpv", reason: (e as Error).message });
    }
  }
  const ps = raw.map((r) => r.pValue);
  const adjusted = o.correction === "holm" ? holmAdjust(ps) : o.correction === "bh" ? benjaminiHochbergAdjust(ps) : ps;
  const comparisons = raw.map((r, i) => ({ ...r, adjustedP: adjusted[i]!, significant: adjusted[i]! < o.alpha }));
  const visitors = rows.map((r) => r.visitors);
  const srm = rows.length >= 2 && visitors.some((n) => n > 0) ? sampleRatioMismatch(visitors, o.expectedShares ? { expectedShares: o.expectedShares } : {}) : null;
  const smallest = Math.min(...visitors);
  return {
    variants: [...rows],
    srm,
    comparisons,
    skipped,
    early: o.plannedPerArm > 0 && smallest < o.plannedPerArm ? { smallest, planned: o.plannedPerArm } : null
  };
}
