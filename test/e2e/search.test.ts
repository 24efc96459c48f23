/**
 * The Search keywords page in the browser against the Node side, on the published Parquet:
 * the headline is the build-time one; a new date range and an intent filter recompute in
 * DuckDB-WASM and agree with Node; the top-queries table downloads as CSV.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { searchTotals } from "../../src/analyses/search/searchTotals.ts";
import { searchQueries } from "../../src/analyses/search/searchQueries.ts";
import { launch, openReport } from "./helpers/browser.ts";
import { nodeJson, publishedDb } from "./helpers/site.ts";

const site = inject("site");
const se = nodeJson(site, "search_default");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("Search keywords page", () => {
  it("has a build-time view with searches and intents", () => {
    expect(se.totals.searches).toBeGreaterThan(0);
    expect(se.intents.map((r: { intent: string }) => r.intent)).toEqual(["question", "promotion", "price", "brand", "attribute", "product"]);
  });

  it("zh: the headline is the build-time one; a wider range with only brand searches agrees with Node", async () => {
    const from = se.log.from;
    const options = { from, to: se.settings.to, lang: "all", intent: "brand" } as const;
    const { db, close: closeDb } = await publishedDb(site.dist, ["searches", "search_queries", "events"]);
    const [node] = await searchTotals.run(db, options);
    const top = await searchQueries.run(db, { ...options, minSearches: 5, top: 50, order: "searches" });
    closeDb();
    const { page, log, close } = await openReport(browser, site.url, "zh", "zh/search");
    const shown = () => page.locator(".sl-search-kpis").evaluate((p) => [Number((p as HTMLElement).dataset.searches), Number((p as HTMLElement).dataset.searchers)]);
    try {
      await expect.poll(shown, { timeout: 30_000 }).toEqual([se.totals.searches, se.totals.searchers]);
      await page.getByLabel("搜索意图").selectOption({ label: "品牌" });
      const fromInput = page.getByLabel("开始日期");
      await fromInput.fill(from);
      await fromInput.dispatchEvent("input");
      await expect.poll(shown, { timeout: 60_000 }).toEqual([node!.searches, node!.searchers]);
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sl-download").first().click()]);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n/);
      expect(lines.length - 1).toBe(top.length);
      expect(lines[0]!.startsWith("query,lang,intent,searches,share,searchers")).toBe(true);
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
