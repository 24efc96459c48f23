/**
 * Runs in headless Chromium (bundled by bench/rfm.ts): DuckDB-WASM's browser build through the
 * page's own adapter (src/engine/wasmDb.ts) and the page's own RFM queries, on a synthetic shop
 * generated in SQL. Results go to window.__bench.
 */
import { openBenchDb, publishBench } from "../browserBenchDb.ts";
import { createTableSql, ALL_TABLES } from "../../src/schema.ts";
import { ensureRfmBase } from "../../src/analyses/rfm/rfmBase.ts";
import { rfmSegments } from "../../src/analyses/rfm/rfmSegments.ts";
import { rfmSummary } from "../../src/analyses/rfm/rfmSummary.ts";
import { rfmGrid } from "../../src/analyses/rfm/rfmGrid.ts";
import { rfmBins } from "../../src/analyses/rfm/rfmBins.ts";
import type { RfmOptions } from "../../src/analyses/rfm/rfmScoring.ts";

const params = new URLSearchParams(location.search);
const CUSTOMERS = Number(params.get("customers") ?? 200000);
const CHANGES = Number(params.get("changes") ?? 20);

async function main() {
  const db = await openBenchDb();
  await db.query(createTableSql(ALL_TABLES.orders));
  // A shop of CUSTOMERS buyers: 70 % bought once, the rest up to 12 times; two years of dates;
  // amounts skewed like real baskets. Seeded, so every run scores the same customers.
  await db.query("SELECT setseed(0.42)");
  const t0 = performance.now();
  await db.query(`INSERT INTO orders (order_id, customer_id, ordered_at, paid_at, status, amount_paid, refund_amount, currency)
    SELECT 'o' || c || '-' || k, 'c' || c, ts, ts, 'completed', round(20 + 400 * random() * random(), 2), 0, 'CNY'
    FROM (SELECT c, CASE WHEN random() < 0.7 THEN 1 ELSE 2 + floor(random() * 11)::INTEGER END AS n FROM range(${CUSTOMERS}) t(c)) cs,
      LATERAL (SELECT k, TIMESTAMP '2024-01-01' + to_seconds(floor(random() * 730 * 86400)::BIGINT) AS ts FROM range(n) r(k))`);
  const [{ orders }] = await db.query<{ orders: number }>("SELECT count(*)::INTEGER AS orders FROM orders");
  const generateMs = performance.now() - t0;
  const asOf = "2025-12-31";
  const t1 = performance.now();
  await ensureRfmBase(db, asOf, "CNY");
  const baseMs = performance.now() - t1;

  // The settings a reader changes, in turn; each is one "change".
  const variants: Partial<RfmOptions & { scheme: "named" | "eight" }>[] = [
    { bins: 4, scheme: "eight" },
    { bins: 3, scheme: "eight" },
    { bins: 5, scheme: "named" },
    { bins: 5, scheme: "eight", basis: "median" },
    { bins: 5, scheme: "named", weights: [2, 1, 1] },
    { scoring: "cuts", cuts: { r: [30, 90, 180, 365], f: [1, 2, 3, 5], m: [50, 100, 200, 500] }, scheme: "named" },
    { bins: 5, scheme: "named", frequency: "days" },
    { bins: 5, scheme: "named", monetary: "aov" }
  ];
  const base: RfmOptions = { asOf, currency: "CNY" };
  const segmentsMs: number[] = [];
  const allViewsMs: number[] = [];
  // Warm-up: prepares every statement once, as a page does on its first view.
  for (const v of variants.slice(0, 2)) await rfmSegments.run(db, { ...base, ...v, scheme: v.scheme ?? "named" });
  for (let i = 0; i < CHANGES; i++) {
    const v = variants[i % variants.length];
    const o = { ...base, ...v } as RfmOptions;
    const scheme = v.scheme ?? "named";
    let t = performance.now();
    const segs = await rfmSegments.run(db, { ...o, scheme });
    segmentsMs.push(performance.now() - t);
    if (segs.reduce((s, r) => s + r.customers, 0) !== CUSTOMERS) throw new Error("segments do not add up to the customers");
    t = performance.now();
    await rfmSummary.run(db, o);
    await rfmSegments.run(db, { ...o, scheme });
    await rfmGrid.run(db, o);
    await rfmBins.run(db, o);
    allViewsMs.push(performance.now() - t);
  }
  // Baseline, same run: what a change would cost without the per-date base, i.e. aggregating
  // every order again before scoring (a new as-of date forces exactly that).
  const recomputeMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const d = `2025-12-${String(20 + i).padStart(2, "0")}`;
    const t = performance.now();
    await rfmSegments.run(db, { asOf: d, currency: "CNY", scheme: "named" });
    recomputeMs.push(performance.now() - t);
  }
  return { customers: CUSTOMERS, orders, generateMs, baseMs, segmentsMs, allViewsMs, recomputeMs };
}

publishBench(main);
