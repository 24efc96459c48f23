/**
 * Real data: the Wayfair WANDS English queries through the whole pipeline into search_queries
 * (normalised, tokenised, classified at build time): no query lost — one row per distinct query
 * text, every one with tokens — and the share classified as category/product, reported beside
 * WANDS's own query classes (printed; recorded in BENCHMARKS.md).
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvObjects } from "../reference/csv.ts";
import { WANDS_FILE } from "../reference/wands.ts";
import { DATASETS, realTitle, runReal } from "../helpers/realRun.ts";
import type { FixtureRun } from "../../helpers/runOnFiles.ts";
import { intentMix } from "../../../src/analyses/search/intentMix.ts";

describe.skipIf(!existsSync(DATASETS))(realTitle("search-queries-en (WANDS) → search_queries"), () => {
  let run: FixtureRun;
  let raw!: { query: string; query_class: string }[];

  beforeAll(async () => {
    raw = readCsvObjects(WANDS_FILE, "\t").rows as { query: string; query_class: string }[];
    run = await runReal({ "wands_query.csv": "search-queries-en/wands_query.csv" });
  });
  afterAll(() => run?.close());

  it("derives one row per distinct query text, none lost, every one tokenised and classified", async () => {
    const [{ searches, distinct }] = await run.db.query<{ searches: number; distinct: number }>(
      "SELECT count(*)::INTEGER AS searches, count(DISTINCT query)::INTEGER AS distinct FROM searches"
    );
    expect(searches).toBe(raw.length);
    const rows = await run.db.query<{ query: string; lang: string; tokens: string; token_count: number; intent: string }>("SELECT query, lang, tokens, token_count, intent FROM search_queries");
    expect(rows).toHaveLength(distinct);
    // Every search finds its derived row.
    const [{ missing }] = await run.db.query<{ missing: number }>("SELECT count(*)::INTEGER AS missing FROM searches s LEFT JOIN search_queries q USING (query) WHERE q.query IS NULL");
    expect(missing).toBe(0);
    expect(rows.filter((r) => r.token_count === 0 || r.tokens === "")).toEqual([]);
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(["en"]));
    expect(new Set(rows.map((r) => r.intent)).size).toBeGreaterThan(2);
  });

  it("reports the share of queries classified as category/product", async () => {
    const rows = await run.db.query<{ intent: string; n: number }>("SELECT intent, count(*)::INTEGER AS n FROM search_queries GROUP BY 1 ORDER BY 2 DESC");
    const total = rows.reduce((s, r) => s + r.n, 0);
    const product = rows.find((r) => r.intent === "product")?.n ?? 0;
    const byClass = new Map<string, number>();
    for (const r of raw) byClass.set(r.query_class, (byClass.get(r.query_class) ?? 0) + 1);
    console.log(`WANDS: ${product} of ${total} distinct queries (${((100 * product) / total).toFixed(1)} %) classified as category/product; intents ${JSON.stringify(Object.fromEntries(rows.map((r) => [r.intent, r.n])))}; WANDS query classes: ${byClass.size}`);
    // WANDS is a product-search benchmark: most queries name a product, some with an attribute or style.
    expect(product / total).toBeGreaterThan(0.4);
    // The WASM/Node-shared intentMix reads the same table: its searches add up to all of them.
    // (WANDS has no time column, so the date-range views see none of its rows.)
    const mix = await intentMix.run(run.db, { from: "2000-01-01", to: "2030-12-31", lang: "all", intent: "all" });
    expect(mix.reduce((s, r) => s + r.searches, 0)).toBe(0);
  });
});
