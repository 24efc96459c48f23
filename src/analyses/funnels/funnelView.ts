/**
 * The Funnels page's numbers for one set of settings: step counts, time-to-convert bands and the
 * trend by entry date, from the per-unit base (visitors, sessions) or from the attempts walk
 * (totals with re-entry).
 */
import type { Db } from "../../query.js";
import { funnelCounts, type FunnelCountRow } from "./funnelCounts.js";
import { funnelTimes, type FunnelTimeRow } from "./funnelTimes.js";
import { funnelTrend, type FunnelTrendRow, type TrendGrain } from "./funnelTrend.js";
import { totalsAttempts, totalsCounts, totalsTimes, totalsTrend } from "./funnelTotals.js";
import type { FunnelBaseOptions } from "./funnelOptions.js";

export interface FunnelViewOptions extends FunnelBaseOptions {
  windowSeconds: number;
  grain: TrendGrain;
}

export interface FunnelView {
  counts: FunnelCountRow[];
  times: FunnelTimeRow[];
  trend: FunnelTrendRow[];
}

export async function funnelView(db: Db, o: FunnelViewOptions): Promise<FunnelView> {
  if (o.unit === "total") {
    const attempts = await totalsAttempts(db, o, o.windowSeconds);
    const n = o.steps.length;
    return { counts: totalsCounts(attempts, n), times: totalsTimes(attempts, n), trend: totalsTrend(attempts, n, o.grain, o.windowSeconds * 1000, o.to) };
  }
  const [counts, times, trend] = [await funnelCounts.run(db, o), await funnelTimes.run(db, o), await funnelTrend.run(db, o)];
  return { counts, times, trend };
}
