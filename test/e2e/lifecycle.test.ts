/**
 * The Lifecycle page in the browser against the Node side:
 * - the default view shows the build-time stages (lifecycle_default.json);
 * - weekly cohorts are recomputed in DuckDB-WASM and have the cohorts Node finds;
 * - contradictory thresholds give a message; fixing them scores again;
 * - a stage's customers download as CSV with pseudonymous ids.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cohortRetention } from "../../src/analyses/lifecycle/cohortRetention.ts";
import { launch, openReport } from "./helpers/browser.ts";
import { nodeJson, publishedDb } from "./helpers/site.ts";

const site = inject("site");
const lc = nodeJson(site, "lifecycle_default");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = (lang: "zh" | "en", query = "") => openReport(browser, site.url, lang, `${lang}/lifecycle${query}`);

const shownStages = (page: Page) =>
  page.locator(".sl-stages tbody tr").evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset.stage, Number((r as HTMLElement).dataset.customers)]));

describe("Lifecycle page", () => {
  it("has a build-time view with derived thresholds", () => {
    expect(lc.base.thresholds.churnDays).toBeGreaterThan(lc.base.thresholds.atRiskDays);
    expect(lc.stages.reduce((s: number, r: { customers: number }) => s + r.customers, 0)).toBeGreaterThan(100);
  });

  it("zh: shows the Node-side stages; weekly cohorts match Node", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["orders"]);
    const weeks = await cohortRetention.run(db, { currency: lc.currency, through: lc.asOf, grain: "week" });
    closeDb();
    const cohorts = new Set(weeks.map((r) => r.cohort.toISOString().slice(0, 10))).size;
    const { page, log, close } = await open("zh");
    try {
      await expect.poll(() => shownStages(page), { timeout: 30_000 }).toEqual(lc.stages.map((r: { stage: string; customers: number }) => [r.stage, r.customers]));
      await page.getByRole("radio", { name: "周（周一开始）" }).check();
      // One y tick per cohort plus the weighted-mean row.
      await expect
        .poll(() => page.locator(".sl-cohorts svg [aria-label='y-axis tick label'] text").count(), { timeout: 60_000 })
        .toBe(cohorts + 1);
      expect(log.consoleErrors).toEqual([]);
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
    } finally {
      await close();
    }
  });

  it("en: contradictory thresholds give one message; fixing them brings the stages back", async () => {
    const { page, close } = await open("en", `?atRisk=400&churn=100`);
    try {
      await expect.poll(() => page.locator(".sl-error").allInnerTexts(), { timeout: 30_000 }).toEqual([expect.stringContaining("must be longer than at risk")]);
      const churn = page.getByLabel("Churned after (days)");
      await churn.fill("800");
      await churn.dispatchEvent("input");
      await expect.poll(() => page.locator(".sl-error").count(), { timeout: 60_000 }).toBe(0);
      await expect.poll(async () => (await shownStages(page)).length, { timeout: 60_000 }).toBe(6);
    } finally {
      await close();
    }
  });

  it("en: a stage's customers download with pseudonymous ids", async () => {
    const { page, close } = await open("en");
    try {
      await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Mature" });
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sl-download").last().click()]);
      expect(download.suggestedFilename()).toBe(`lifecycle-${lc.asOf}-mature.csv`);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n/);
      expect(lines[0]).toBe("customer_id,stage,orders,revenue,first_purchase,last_purchase,recency");
      expect(lines.length - 1).toBe(lc.stages.find((r: { stage: string }) => r.stage === "mature").customers);
      for (const line of lines.slice(1)) expect(line).toMatch(/^c_[0-9a-f]{16},mature,/);
    } finally {
      await close();
    }
  });
});
