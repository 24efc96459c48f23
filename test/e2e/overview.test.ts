/**
 * The Overview in the browser against the numbers computed on the Node side:
 * - the default view first paints the build-time numbers (overview_default.json, written by
 *   loaders/pipeline/writeAggregates.ts) while the engine's wasm and the tables are held back,
 *   then the live DuckDB-WASM answer replaces them with the same figures;
 * - a URL with parameters reproduces its view: the inputs show the URL's values and the tiles and
 *   trend table match the same shared queries run by Node DuckDB on the published Parquet.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatMoney, formatNumber } from "../../src/i18n/format.ts";
import { METRICS } from "../../src/metrics/dictionary.ts";
import { overviewKpis, type OverviewKpisRow } from "../../src/analyses/overviewKpis.ts";
import { overviewSeries } from "../../src/analyses/overviewSeries.ts";
import { alignSeries } from "../../src/charts/alignSeries.ts";
import { contextFor, instrument, kpiRenders, launch, renderLog, settled, tileValue, watch } from "./helpers/browser.ts";
import { nodeJson, publishedDb } from "./helpers/site.ts";

const site = inject("site");
const info = nodeJson(site, "build_info");
const overview = nodeJson(site, "overview_default");
const currency: string = info.mainCurrency;

type Lang = "zh" | "en";
const HEADLINES = ["gmv", "paid_orders", "paying_buyers"] as const;
const name = (id: string, lang: Lang) => (METRICS as any)[id].name[lang] as string;

/** A KPI value as the page formats it (src/i18n/format.ts: money in its currency, counts compact from 10,000). */
function expected(id: (typeof HEADLINES)[number], row: OverviewKpisRow, lang: Lang): string {
  return id === "gmv" ? formatMoney(row.gmv, currency, lang) : formatNumber(row[id], lang, { compact: "auto", digits: 0 });
}

async function headlines(page: Page, lang: Lang) {
  return Object.fromEntries(await Promise.all(HEADLINES.map(async (id) => [id, await tileValue(page, name(id, lang))])));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("Overview default view", () => {
  it("has a precomputed default view for the main currency", () => {
    expect(info.mode).toBe("internal");
    expect(overview.range).toEqual(info.defaultRange);
    expect(overview.kpis.find((r: OverviewKpisRow) => r.currency === currency)?.paid_orders).toBeGreaterThan(0);
  });

  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: shows the Node-computed GMV, paid orders and paying buyers, first and after the live engine`, async () => {
      const row: OverviewKpisRow = overview.kpis.find((r: OverviewKpisRow) => r.currency === currency);
      const want = Object.fromEntries(HEADLINES.map((id) => [id, expected(id, row, lang)]));
      if (lang === "zh" && row.gmv >= 1e4 && row.gmv < 1e8) expect(want.gmv).toMatch(/^¥[\d.]+万$/);
      if (lang === "en" && currency === "CNY") expect(want.gmv).toMatch(/^¥[\d.,]+[KM]?$/);

      const context = await browser.newContext(contextFor(lang));
      const page = await context.newPage();
      const log = watch(page);
      await page.addInitScript(instrument);
      // Hold back the engine (DuckDB's wasm, fetched by its worker) and every table, so the first
      // view can only come from the build-time JSON, as on a slow line where the 7.7 MB engine
      // arrives seconds after the 1 kB JSON.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await context.route(/duckdb-(eh|mvp)\.wasm$|\/_file\/data\/[a-z_]+\.[0-9a-f]+\.parquet$/, async (route) => {
        await held;
        await route.continue().catch(() => {}); // the page may be gone when a test failed
      });
      try {
        await page.goto(new URL(`${lang}/overview`, site.url).href);
        await kpiRenders(page, 1, 15_000).catch(async () => {
          const shot = join(import.meta.dirname, "screenshots", `overview-first-view-${lang}.png`);
          await page.screenshot({ path: shot, fullPage: true });
          throw new Error(`screenshot ${shot}: the first view (overview_default.json) did not appear within 15 s while the DuckDB engine and the tables were held back: it waits for the engine`);
        });
        expect(await headlines(page, lang), "first view (build-time numbers)").toEqual(want);
        expect((await renderLog(page)).kpis).toHaveLength(1);
        release();
        await kpiRenders(page, 2);
        await settled(page);
        expect(await headlines(page, lang), "after the live engine replaced the first view").toEqual(want);
        // The live grid really is a new render, and no error card took its place.
        expect(await page.locator(".sl-error").count()).toBe(0);
        expect(log.consoleErrors).toEqual([]);
      } finally {
        release();
        await context.close();
      }
    });
  }
});

describe("Overview from a URL with parameters", () => {
  const dataTo = new Date(`${info.dataTo}T00:00:00Z`);
  const day = (offset: number) => new Date(+dataTo - offset * 86_400_000).toISOString().slice(0, 10);
  const from = day(120);
  const to = day(31);

  for (const lang of ["en", "zh"] as const) {
    it(`${lang}: ?grain=week&from=${from}&to=${to}&compare=none reproduces the view`, async () => {
      const { db, close } = await publishedDb(site.dist, ["sales_days", "people_days", "visit_days", "purchase_currencies", "traffic_daily"]);
      const [row] = (await overviewKpis.run(db, { from, to })).filter((r) => r.currency === currency);
      const series = alignSeries((await overviewSeries.run(db, { from, to, grain: "week" })) as unknown as Record<string, unknown>[], null, { y: "gmv", currency });
      close();
      expect(row.paid_orders).toBeGreaterThan(0);

      const context = await browser.newContext(contextFor(lang));
      const page = await context.newPage();
      const log = watch(page);
      const tables: string[] = [];
      page.on("request", (r) => {
        const m = /\/_file\/data\/([a-z_]+)\.[0-9a-f]+\.parquet$/.exec(new URL(r.url()).pathname);
        if (m) tables.push(m[1]!);
      });
      await page.addInitScript(instrument);
      try {
        await page.goto(new URL(`${lang}/overview?grain=week&from=${from}&to=${to}&compare=none`, site.url).href);
        await kpiRenders(page, 1);
        await settled(page);
        const inputs = await page.evaluate(() => ({
          dates: [...document.querySelectorAll<HTMLInputElement>("input[type=date]")].map((i) => i.value),
          grain: document.querySelector<HTMLInputElement>("input[type=radio]:checked")?.parentElement?.textContent?.trim(),
          url: location.search
        }));
        expect(inputs.dates).toEqual([from, to]);
        expect(inputs.grain).toBe(lang === "zh" ? "周" : "Week");
        expect(new URLSearchParams(inputs.url).get("grain")).toBe("week");
        // Not the default view: only the live answer is shown, and it matches Node DuckDB.
        expect((await renderLog(page)).kpis).toHaveLength(1);
        expect(await headlines(page, lang)).toEqual(Object.fromEntries(HEADLINES.map((id) => [id, expected(id, row, lang)])));
        expect(await page.locator(".sl-kpi-change").count(), "compare=none shows no change lines").toBe(0);
        const rowsText = lang === "zh" ? `${series.length.toLocaleString("zh-CN")} 行` : `${series.length.toLocaleString("en")} rows`;
        await expect.poll(() => page.locator(".sl-table-bar span").first().innerText()).toBe(rowsText);
        expect((await renderLog(page)).charts.length).toBeGreaterThanOrEqual(1);
        // The live engine reads the compact facts, never the raw log or the orders table.
        expect(tables).toContain("sales_days");
        expect(tables).toContain("people_days");
        expect(tables).toContain("visit_days");
        expect(tables.filter((t) => t === "orders" || t === "events"), "raw tables downloaded").toEqual([]);
        expect(log.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
