/**
 * Kaplan–Meier estimate of P(no repurchase yet after t days) from grouped spells, and the
 * lifecycle thresholds derived from it.
 *
 * Most customers of most shops never buy again, so the curve levels off well above 0.5 and a
 * median time to repurchase often does not exist. The thresholds are therefore read off the
 * repurchases the data does show: with F(t) = 1 − S(t) and F̂ = F at the longest duration still
 * observed for at least 1 % of spells,
 *   at risk  = the first t with F(t) ≥ 80 % of F̂ (four in five of the repurchases that come
 *              within the observed span have come by then),
 *   churned  = the first t with F(t) ≥ 95 % of F̂.
 * Customers who have not bought again count as censored (still at risk up to their last day),
 * not as "never", and not as a gap of zero.
 */
import type { SpellRow } from "./timeToRepurchase.js";

export interface KmPoint {
  days: number;
  atRisk: number;
  events: number;
  censored: number;
  /** S(t): probability of no repurchase yet after `days` days. */
  survival: number;
}

export function kaplanMeier(rows: readonly SpellRow[]): KmPoint[] {
  const sorted = [...rows].sort((a, b) => a.days - b.days);
  let atRisk = sorted.reduce((s, r) => s + r.events + r.censored, 0);
  let survival = 1;
  const out: KmPoint[] = [];
  for (const r of sorted) {
    // Ties: events at t happen before censorings at t (the usual convention).
    if (atRisk > 0 && r.events > 0) survival *= 1 - r.events / atRisk;
    out.push({ days: r.days, atRisk, events: r.events, censored: r.censored, survival });
    atRisk -= r.events + r.censored;
  }
  return out;
}

export interface LifecycleThresholds {
  atRiskDays: number;
  churnDays: number;
  /** F̂: share of spells ending in a repurchase within the observed span. */
  eventualRepurchase: number;
  /** Duration at which F̂ was read (at least 1 % of spells still observed). */
  horizonDays: number;
  spells: number;
}

export function derivedThresholds(curve: readonly KmPoint[], atRiskShare = 0.8, churnShare = 0.95): LifecycleThresholds | null {
  if (curve.length === 0) return null;
  const spells = curve[0].atRisk;
  const observed = curve.filter((p) => p.atRisk >= 0.01 * spells);
  const last = observed[observed.length - 1] ?? curve[curve.length - 1];
  const eventual = 1 - last.survival;
  if (!(eventual > 0)) return null;
  const first = (share: number) => (curve.find((p) => 1 - p.survival >= share * eventual - 1e-12) ?? last).days;
  const atRiskDays = Math.max(1, first(atRiskShare));
  // Churn must come after "at risk"; on a coarse curve both shares can land on the same day.
  return { atRiskDays, churnDays: Math.max(atRiskDays + 1, first(churnShare)), eventualRepurchase: eventual, horizonDays: last.days, spells };
}
