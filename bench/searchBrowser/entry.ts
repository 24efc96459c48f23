/**
 * Runs in headless Chromium (bundled by bench/search.ts): DuckDB-WASM through the page's own
 * adapter and the Search page's own queries, on a synthetic search log generated in SQL (the
 * build-time derived search_queries included). Results go to window.__bench.
 */
import { openBenchDb, publishBench } from "../browserBenchDb.ts";
import { createTableSql, ALL_TABLES } from "../../src/schema.ts";
import { searchTotals } from "../../src/analyses/search/searchTotals.ts";
import { searchQueries } from "../../src/analyses/search/searchQueries.ts";
import { searchTerms } from "../../src/analyses/search/searchTerms.ts";
import { searchTrend } from "../../src/analyses/search/searchTrend.ts";
import { intentMix } from "../../src/analyses/search/intentMix.ts";
import { zeroResults } from "../../src/analyses/search/zeroResults.ts";

const params = new URLSearchParams(location.search);
const SEARCHES = Number(params.get("searches") ?? 1_000_000);
const CHANGES = Number(params.get("changes") ?? 10);

async function main() {
  const db = await openBenchDb();
  for (const t of ["searches", "search_queries", "events"] as const) await db.query(createTableSql(ALL_TABLES[t]));
  await db.query("SELECT setseed(0.42)");
  // 50,000 distinct queries of one to three of 2,000 words, Zipf-like popularity.
  await db.query(`INSERT INTO search_queries
    SELECT 'q' || q, 'q' || q, CASE WHEN q % 10 = 0 THEN 'en' ELSE 'zh' END, string_agg('w' || w, '|'), count(*)::INTEGER, 6,
      ['product', 'attribute', 'brand', 'price', 'promotion', 'question'][1 + (q % 6)]
    FROM (SELECT q, unnest([q % 2000, (q * 7) % 2000, (q * 13) % 2000][1:1 + (q % 3)]) AS w FROM range(50000) t(q)) GROUP BY q`);
  await db.query(`INSERT INTO searches (searched_at, visitor_id, session_id, query, results_count, clicked)
    SELECT TIMESTAMP '2024-01-01' + to_seconds(floor(random() * 730 * 86400)::BIGINT), 'v' || floor(random() * 300000)::INTEGER,
      's' || floor(random() * 600000)::INTEGER, 'q' || floor(pow(random(), 3) * 50000)::INTEGER,
      CASE WHEN random() < 0.06 THEN 0 ELSE 10 END, random() < 0.55
    FROM range(${SEARCHES})`);
  // Purchases in a tenth of the search sessions.
  await db.query(`INSERT INTO events (event_at, visitor_id, session_id, event_type)
    SELECT searched_at + INTERVAL 5 MINUTE, visitor_id, session_id, 'buy' FROM searches USING SAMPLE 10 PERCENT (bernoulli, 7)`);
  const [{ n }] = await db.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM searches");
  const page = async (from: string, to: string) => {
    const f = { from, to, lang: "all", intent: "all" } as const;
    const top = { ...f, minSearches: 5, top: 50, order: "searches" } as const;
    await searchTotals.run(db, f);
    await searchQueries.run(db, top);
    await searchTerms.run(db, top);
    await searchTrend.run(db, { ...f, grain: "day" });
    await intentMix.run(db, f);
    await zeroResults.run(db, top);
  };
  await page("2025-12-02", "2025-12-31");
  const monthMs: number[] = [];
  const yearMs: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    const m = String(1 + (i % 12)).padStart(2, "0");
    let t = performance.now();
    await page(`2025-${m}-01`, `2025-${m}-28`);
    monthMs.push(performance.now() - t);
    t = performance.now();
    await page(`2024-${m}-01`, `2025-${m}-28`);
    yearMs.push(performance.now() - t);
  }
  return { searches: n, monthMs, yearMs };
}

publishBench(main);
