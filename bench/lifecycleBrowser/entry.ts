/**
 * Runs in headless Chromium (bundled by bench/lifecycle.ts): DuckDB-WASM through the page's own
 * adapter and the page's own lifecycle queries, on a synthetic shop generated in SQL. Results go
 * to window.__bench.
 */
import { openBenchDb, publishBench } from "../browserBenchDb.ts";
import { createTableSql, ALL_TABLES } from "../../src/schema.ts";
import { cohortRetention } from "../../src/analyses/lifecycle/cohortRetention.ts";
import { lifecycleGrowth } from "../../src/analyses/lifecycle/lifecycleGrowth.ts";
import { lifecycleStageSummary } from "../../src/analyses/lifecycle/lifecycleStages.ts";

const params = new URLSearchParams(location.search);
const CUSTOMERS = Number(params.get("customers") ?? 320000);
const CHANGES = Number(params.get("changes") ?? 10);

async function main() {
  const db = await openBenchDb();
  await db.query(createTableSql(ALL_TABLES.orders));
  await db.query("SELECT setseed(0.42)");
  // The L demo's size: 320,000 customers, 70 % buying once, over two years.
  await db.query(`INSERT INTO orders (order_id, customer_id, ordered_at, paid_at, status, amount_paid, refund_amount, currency)
    SELECT 'o' || c || '-' || k, 'c' || c, ts, ts, 'completed', round(20 + 400 * random() * random(), 2), 0, 'CNY'
    FROM (SELECT c, CASE WHEN random() < 0.7 THEN 1 ELSE 2 + floor(random() * 11)::INTEGER END AS n FROM range(${CUSTOMERS}) t(c)) cs,
      LATERAL (SELECT k, TIMESTAMP '2024-01-01' + to_seconds(floor(random() * 730 * 86400)::BIGINT) AS ts FROM range(n) r(k))`);
  const [{ orders }] = await db.query<{ orders: number }>("SELECT count(*)::INTEGER AS orders FROM orders");
  const through = "2025-12-31";
  const stages = { currency: "CNY", asOf: through, windowDays: 30, atRiskDays: 100, churnDays: 300, matureOrders: 4, matureSpend: 1000 };
  // Warm-up: each statement prepared once, as on the page's first view.
  await cohortRetention.run(db, { currency: "CNY", through, grain: "month" });
  await cohortRetention.run(db, { currency: "CNY", through, grain: "week" });
  await lifecycleGrowth.run(db, { currency: "CNY", through, grain: "month" });
  await lifecycleStageSummary.run(db, stages);
  // A grain change re-runs the cohort table and growth accounting (the page's cohort part);
  // the stages do not depend on the grain and are timed on their own, for a threshold change.
  const cohortMs: number[] = [];
  const grainMs: number[] = [];
  const stageMs: number[] = [];
  const cohortStageMs: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const grain = i % 2 === 0 ? "week" : "month";
    let t = performance.now();
    const rows = await cohortRetention.run(db, { currency: "CNY", through, grain });
    cohortMs.push(performance.now() - t);
    if (rows.length === 0) throw new Error("no cohorts");
    await lifecycleGrowth.run(db, { currency: "CNY", through, grain });
    grainMs.push(performance.now() - t);
    t = performance.now();
    await lifecycleStageSummary.run(db, { ...stages, atRiskDays: 90 + i });
    stageMs.push(performance.now() - t);
    t = performance.now();
    await cohortRetention.run(db, { currency: "CNY", through, grain: grain === "week" ? "month" : "week" });
    await lifecycleStageSummary.run(db, { ...stages, atRiskDays: 190 + i });
    cohortStageMs.push(performance.now() - t);
  }
  return { customers: CUSTOMERS, orders, cohortMs, grainMs, stageMs, cohortStageMs };
}

publishBench(main);
