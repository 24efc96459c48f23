/**
 * The "totals (re-entry)" unit: the range's events of every visitor, sorted as the base sorts
 * them, walked into attempts by funnelAttempts, and counted into the same rows as the per-unit
 * queries (counts, time bands, trend). The sorted events are fetched once per base and kept, so
 * a window change only re-walks them.
 */
import { defineQuery, type Db } from "../../query.js";
import { fnEventsSelect, eventParams } from "./funnelBase.js";
import { checkBaseOptions, checkWindow, encodeSteps, type FunnelBaseOptions } from "./funnelOptions.js";
import { funnelAttempts, type Attempt, type FunnelEventArrays } from "./funnelAttempts.js";
import type { FunnelCountRow } from "./funnelCounts.js";
import type { FunnelTimeRow } from "./funnelTimes.js";
import type { FunnelTrendRow, TrendGrain } from "./funnelTrend.js";
import { timeBand } from "./timeBands.js";

export interface TotalsEventRow {
  v: number;
  t: number;
  mask: number;
}

// Strict mode needs every event (any event between two steps breaks the chain); the other modes
// only the events that match a step. $5 is the mode.
export const FUNNEL_TOTALS_EVENTS_SQL = `
SELECT dense_rank() OVER (ORDER BY visitor_id)::INTEGER AS v, t::DOUBLE AS t, mask
FROM (${fnEventsSelect(false)})
WHERE $5 = 'strict' OR mask <> 0
ORDER BY visitor_id, t, fs, event_type`;

export const funnelTotalsEvents = defineQuery<FunnelBaseOptions, TotalsEventRow>(
  "funnelTotalsEvents",
  FUNNEL_TOTALS_EVENTS_SQL,
  (o) => [...eventParams({ ...checkBaseOptions(o), unit: "visitor" }), o.mode]
);

const cache = new WeakMap<Db, Map<string, Promise<FunnelEventArrays>>>();

/** The sorted events for these options, fetched once per database and options (last 2 kept). */
export function totalsEvents(db: Db, o: FunnelBaseOptions): Promise<FunnelEventArrays> {
  let byKey = cache.get(db);
  if (!byKey) cache.set(db, (byKey = new Map()));
  const key = JSON.stringify([encodeSteps(o.steps), o.mode, o.from, o.to]);
  let hit = byKey.get(key);
  if (!hit) {
    hit = funnelTotalsEvents.run(db, o).then((rows) => ({
      unit: Int32Array.from(rows, (r) => r.v),
      t: Float64Array.from(rows, (r) => Number(r.t)),
      mask: Int32Array.from(rows, (r) => r.mask)
    }));
    hit.catch(() => byKey!.delete(key));
    byKey.set(key, hit);
    while (byKey.size > 2) byKey.delete(byKey.keys().next().value!);
  }
  return hit;
}

/** The observed value at fraction q of sorted values, as DuckDB's quantile_disc picks it (nearest rank ⌈n·q⌉). */
export function quantileDisc(sorted: readonly number[], q: number): number | null {
  return sorted.length ? sorted[Math.max(0, Math.ceil(sorted.length * q) - 1)]! : null;
}

export function totalsCounts(attempts: readonly Attempt[], n: number): FunnelCountRow[] {
  const rows: FunnelCountRow[] = [];
  for (let k = 1; k <= n; k++) {
    const times = attempts.filter((a) => a.level >= k).map((a) => a.times[k - 1]!).sort((x, y) => x - y);
    const first = rows[0]?.units ?? times.length;
    const prev = rows[k - 2]?.units;
    const q = (p: number) => (k > 1 ? (quantileDisc(times, p) ?? null) : null);
    const s = (v: number | null) => (v === null ? null : v / 1000);
    rows.push({
      step: k,
      units: times.length,
      all_units: attempts.length,
      pct_first: first ? times.length / first : null,
      pct_prev: prev === undefined ? null : prev ? times.length / prev : null,
      p25_s: s(q(0.25)),
      median_s: s(q(0.5)),
      p75_s: s(q(0.75)),
      p90_s: s(q(0.9))
    });
  }
  return rows;
}

export function totalsTimes(attempts: readonly Attempt[], n: number): FunnelTimeRow[] {
  const counts = new Map<string, number>();
  for (const a of attempts) for (let k = 2; k <= a.level; k++) {
    const key = `${k}|${timeBand(a.times[k - 1]! / 1000)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, units]) => {
    const [step, band] = key.split("|").map(Number);
    return { step: step!, band: band!, units };
  }).filter((r) => r.step <= n).sort((a, b) => a.step - b.step || a.band - b.band);
}

const DAY_MS = 86_400_000;

/** Start of the day or ISO week (Monday) of a naive-time ms value, as YYYY-MM-DD. */
function periodOf(ms: number, grain: TrendGrain): string {
  let day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is the days since Monday.
  if (grain === "week") day -= (((day + 3) % 7) + 7) % 7;
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function totalsTrend(attempts: readonly Attempt[], n: number, grain: TrendGrain, windowMs: number, to: string): FunnelTrendRow[] {
  const by = new Map<string, { entered: number; converted: number }>();
  for (const a of attempts) {
    const p = periodOf(a.start, grain);
    const r = by.get(p) ?? { entered: 0, converted: 0 };
    r.entered++;
    if (a.level >= n) r.converted++;
    by.set(p, r);
  }
  const end = Date.parse(`${to}T00:00:00Z`) + DAY_MS;
  return [...by].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, r]) => ({
    period,
    entered: r.entered,
    converted: r.converted,
    rate: r.converted / r.entered,
    incomplete: Date.parse(`${period}T00:00:00Z`) + (grain === "week" ? 7 : 1) * DAY_MS + windowMs > end
  }));
}

/** The attempts for these options and window. */
export async function totalsAttempts(db: Db, o: FunnelBaseOptions, windowSeconds: number): Promise<Attempt[]> {
  const ev = await totalsEvents(db, checkBaseOptions(o));
  return funnelAttempts(ev, o.steps.length, o.mode, checkWindow(windowSeconds) * 1000);
}
