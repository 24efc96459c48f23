/**
 * The Traffic page at its default settings, computed at build time (traffic_default.json) by the
 * page's own queries: per-source rows, the reconciliation totals, the punch card, page clicks
 * and, where the shop exports them, the 生意参谋 daily aggregates — all aggregates, no visitor ids.
 */
import type { Db } from "../../query.js";
import { SESSION_GAP_MINUTES } from "../../metrics/dictionary.js";
import { eventSpan } from "../funnels/funnelsDefaultView.js";
import { dataSpan, lastDaysOf } from "../dateRange.js";
import { trafficSources, type TrafficSourceRow, type TrafficDim } from "./trafficSources.js";
import { trafficTotals, type TrafficTotalsRow } from "./trafficTotals.js";
import { punchCard, type PunchCardRow, type PunchMeasure } from "./punchCard.js";
import { pageClicks, type PageClickRow } from "./pageClicks.js";
import { trafficDaily, type TrafficDailyRow } from "./trafficDaily.js";

export interface TrafficSettings {
  from: string;
  to: string;
  gapMinutes: number;
  dim: TrafficDim;
  currency: string;
  measure: PunchMeasure;
}

export interface TrafficDefaultView {
  settings: TrafficSettings;
  /** The behaviour log's span, or null when the shop has only aggregates. */
  events: { from: string; to: string } | null;
  aggregates: { from: string; to: string } | null;
  sources: TrafficSourceRow[];
  totals: TrafficTotalsRow | null;
  punch: PunchCardRow[];
  clicks: PageClickRow[];
  daily: TrafficDailyRow[];
}

export const aggregateSpan = (db: Db) => dataSpan(db, "traffic_daily", "date");

export async function trafficDefaultView(db: Db, currency: string): Promise<TrafficDefaultView | null> {
  const span = await eventSpan(db);
  const agg = await aggregateSpan(db);
  const base = span ?? agg;
  if (!base) return null;
  const range = lastDaysOf(base.from, base.to);
  const settings: TrafficSettings = { ...range, gapMinutes: SESSION_GAP_MINUTES, dim: "source", currency, measure: "sessions" };
  return {
    settings,
    events: span ? { from: span.from, to: span.to } : null,
    aggregates: agg,
    sources: span ? await trafficSources.run(db, settings) : [],
    totals: span ? ((await trafficTotals.run(db, settings))[0] ?? null) : null,
    punch: span ? await punchCard.run(db, settings) : [],
    clicks: span ? await pageClicks.run(db, settings) : [],
    daily: agg ? await trafficDaily.run(db, settings) : []
  };
}
