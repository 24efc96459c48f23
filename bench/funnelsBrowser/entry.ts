/**
 * Runs in headless Chromium (bundled by bench/funnels.ts): DuckDB-WASM through the page's own
 * adapter and the page's own funnel queries, on a synthetic behaviour log of the L demo's size
 * generated in SQL. Results go to window.__bench.
 */
import { openBenchDb, publishBench } from "../browserBenchDb.ts";
import { createTableSql, ALL_TABLES } from "../../src/schema.ts";
import { funnelView } from "../../src/analyses/funnels/funnelView.ts";
import { funnelBreakdown } from "../../src/analyses/funnels/funnelBreakdown.ts";
import type { FunnelViewOptions } from "../../src/analyses/funnels/funnelView.ts";

const params = new URLSearchParams(location.search);
const EVENTS = Number(params.get("events") ?? 10_000_000);
const CHANGES = Number(params.get("changes") ?? 10);
const WINDOWS = [600, 3600, 86_400, 3 * 86_400, 7 * 86_400];

async function main() {
  const db = await openBenchDb();
  for (const t of ["events", "customers"] as const) await db.query(createTableSql(ALL_TABLES[t]));
  await db.query("SELECT setseed(0.42)");
  // Sessions of 3–12 events over two years, ~45 % of visitors returning: views, then maybe a
  // favourite or add-to-cart, then a click or (10 %) a purchase; some purchases a day later.
  const sessions = Math.round(EVENTS / 7.5);
  await db.query(`INSERT INTO events (event_at, visitor_id, event_type, traffic_source, device)
    SELECT ts + to_seconds((k * 40 + floor(random() * 30))::BIGINT + CASE WHEN k = n - 1 AND later THEN 86400 ELSE 0 END),
      'v' || v, CASE WHEN k < n - 2 THEN 'view' WHEN k = n - 2 THEN (CASE WHEN r < 0.35 THEN 'cart' WHEN r < 0.45 THEN 'fav' ELSE 'view' END)
        ELSE (CASE WHEN r < 0.10 THEN 'buy' ELSE 'click' END) END,
      ['手淘搜索', '猜你喜欢', '直通车', '直接访问', '抖音', '小红书'][1 + (v % 6)], ['app', 'mobile', 'pc'][1 + (v % 3)]
    FROM (SELECT s, floor(random() * ${Math.round(sessions * 0.55)})::INTEGER AS v, TIMESTAMP '2024-01-01' + to_seconds(floor(random() * 730 * 86400)::BIGINT) AS ts,
            3 + floor(random() * 10)::INTEGER AS n, random() AS r, random() < 0.3 AS later FROM range(${sessions}) t(s)) ss,
      LATERAL (SELECT k FROM range(n) q(k))`);
  const [{ events }] = await db.query<{ events: number }>("SELECT count(*)::INTEGER AS events FROM events");
  const month: FunnelViewOptions = { steps: [["view"], ["fav", "cart"], ["buy"]], mode: "sequential", unit: "visitor", gapMinutes: 30, from: "2025-12-02", to: "2025-12-31", windowSeconds: 86_400, grain: "day" };
  const all: FunnelViewOptions = { ...month, from: "2024-01-01", to: "2025-12-31" };
  const timed = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  // First view: the base is materialised (what a steps, mode or range change costs).
  const baseMonthMs = await timed(() => funnelView(db, month));
  const baseAllMs = await timed(() => funnelView(db, all));
  const [{ inMonth }] = await db.query<{ inMonth: number }>("SELECT count(*)::INTEGER AS inMonth FROM events WHERE event_at >= DATE '2025-12-02'");
  // A window change re-counts the ready base: the page's funnel view (counts, time bands, trend)
  // plus the breakdown.
  const windowMonthMs: number[] = [];
  const windowAllMs: number[] = [];
  const totalsMs: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const windowSeconds = WINDOWS[i % WINDOWS.length]!;
    windowMonthMs.push(await timed(async () => {
      await funnelView(db, { ...month, windowSeconds });
      await funnelBreakdown.run(db, { ...month, windowSeconds, dim: "source", touch: "first", top: 8 });
    }));
    windowAllMs.push(await timed(() => funnelView(db, { ...all, windowSeconds })));
  }
  // Totals with re-entry walk the sorted events in TypeScript: the first call fetches them.
  const totalsFirstMs = await timed(() => funnelView(db, { ...month, unit: "total" }));
  for (let i = 0; i < CHANGES; i++) totalsMs.push(await timed(() => funnelView(db, { ...month, unit: "total", windowSeconds: WINDOWS[i % WINDOWS.length]! })));
  return { events, inMonth, baseMonthMs, baseAllMs, windowMonthMs, windowAllMs, totalsFirstMs, totalsMs };
}

publishBench(main);
