/**
 * The RFM page in the browser against the shared queries run by Node DuckDB on the published
 * Parquet:
 * - the default view shows the build-time segments (rfm_default.json) in both languages;
 * - changing the bins re-scores in DuckDB-WASM; with 4 bins the page says the named rules need
 *   1–5 scores and shows the eight classes, matching Node;
 * - a segment's customer list downloads as CSV with pseudonymous ids only;
 * - unreadable cut points give a message, not a broken page.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { rfmSegments } from "../../src/analyses/rfm/rfmSegments.ts";
import { launch, openReport } from "./helpers/browser.ts";
import { nodeJson, publishedDb } from "./helpers/site.ts";

const site = inject("site");
const rfm = nodeJson(site, "rfm_default");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = (lang: "zh" | "en", query = "") => openReport(browser, site.url, lang, `${lang}/rfm${query}`);

const shown = (page: Page) =>
  page.locator(".sl-segments tbody tr").evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset.segment, Number((r as HTMLElement).dataset.customers)]));

describe("RFM page", () => {
  it("has a build-time default view with customers in it", () => {
    expect(rfm.summary.customers).toBeGreaterThan(100);
    expect(rfm.segments.named.reduce((s: number, r: { customers: number }) => s + r.customers, 0)).toBe(rfm.summary.customers);
  });

  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: shows the default segments computed on the Node side`, async () => {
      const { page, log, close } = await open(lang);
      try {
        await expect.poll(() => shown(page), { timeout: 30_000 }).toEqual(rfm.segments.named.map((r: { segment: string; customers: number }) => [r.segment, r.customers]));
        expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
        expect(log.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it("en: 4 bins re-scores in the page, says why the eight classes are shown, and agrees with Node", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["orders"]);
    const want = await rfmSegments.run(db, { asOf: rfm.options.asOf, currency: rfm.options.currency, bins: 4, scheme: "eight" });
    closeDb();
    const { page, log, close } = await open("en");
    try {
      await expect.poll(() => shown(page), { timeout: 30_000 }).toHaveLength(12);
      await page.getByRole("radio", { name: "4", exact: true }).check();
      await expect.poll(() => shown(page), { timeout: 60_000 }).toEqual(want.map((r) => [r.segment, r.customers]));
      await expect.poll(() => page.getByText("with 4 bins the page uses the eight classes").count()).toBe(1);
      expect(new URL(page.url()).searchParams.get("bins")).toBe("4");
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("zh: downloads a segment's customers as CSV with pseudonymous ids only", async () => {
    const champions = rfm.segments.named.find((r: { segment: string }) => r.segment === "champions").customers;
    const { page, close } = await open("zh");
    try {
      await page.getByLabel("分层", { exact: true }).selectOption({ label: "冠军客户" });
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sl-download").first().click()]);
      expect(download.suggestedFilename()).toBe(`rfm-${rfm.options.asOf}-champions.csv`);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n/);
      expect(lines[0]).toBe("customer_id,recency,frequency,monetary,revenue,orders,last_purchase,r_score,f_score,m_score,total,segment,eight_class");
      expect(lines.length - 1).toBe(champions);
      for (const line of lines.slice(1)) expect(line).toMatch(/^c_[0-9a-f]{16},\d+,\d+,[\d.]+,[\d.]+,\d+,\d{4}-\d{2}-\d{2}[^,]*,[45],[45],[45],\d+,champions,\w+$/);
    } finally {
      await close();
    }
  });

  it("en: cut points that are not numbers give a message, and fixing them scores again", async () => {
    const { page, log, close } = await open("en", "?scoring=cuts&cutsR=30,abc,180,365");
    try {
      // One message at the top, not one per chart.
      await expect.poll(() => page.locator(".sl-error").allInnerTexts(), { timeout: 30_000 }).toEqual([expect.stringContaining('Settings not valid: "abc"')]);
      const r = page.getByLabel("R cut points", { exact: false });
      await r.fill("30, 90, 180, 365");
      await r.dispatchEvent("input");
      await expect.poll(() => page.locator(".sl-error").count(), { timeout: 60_000 }).toBe(0);
      await expect.poll(async () => (await shown(page)).reduce((s, [, n]) => s + (n as number), 0), { timeout: 60_000 }).toBe(rfm.summary.customers);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
