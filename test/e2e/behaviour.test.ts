/**
 * The behaviour pages in the browser against the Node side, on the published Parquet:
 * - Funnels: the default view is the build-time one; a new window, mode or unit recomputes in
 *   DuckDB-WASM (or the attempts walk) and agrees with Node; an empty step says which; the
 *   dropped-out list downloads with pseudonymous ids only.
 * - Traffic: the reconciliation line and a switch to devices agree with Node.
 * - A/B tests: the sample-ratio check, the comparisons, the early-read warning and the
 *   sample-size calculator (10 % → 12 % needs 3,841 per arm).
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { funnelView } from "../../src/analyses/funnels/funnelView.ts";
import { funnelDropped } from "../../src/analyses/funnels/funnelDropped.ts";
import { trafficTotals } from "../../src/analyses/traffic/trafficTotals.ts";
import { launch, openReport } from "./helpers/browser.ts";
import { nodeJson, publishedDb } from "./helpers/site.ts";

const site = inject("site");
const fn = nodeJson(site, "funnels_default");
const tr = nodeJson(site, "traffic_default");
const ab = nodeJson(site, "abtests_default");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const shownUnits = (page: Page) => page.locator(".sl-funnel tbody tr").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.units)));

async function nodeFunnel(options: Record<string, unknown>) {
  const { db, close } = await publishedDb(site.dist, ["events", "customers"]);
  try {
    return await funnelView(db, { ...fn.funnel, ...options });
  } finally {
    close();
  }
}

describe("Funnels & paths page", () => {
  it("has a build-time funnel with some visitors at every step", () => {
    expect(fn.view.counts.map((r: { units: number }) => r.units).every((n: number) => n > 0)).toBe(true);
    expect(fn.transitions.length).toBeGreaterThan(3);
  });

  it("zh: shows the build-time funnel, then recomputes strict order as Node does", async () => {
    const node = await nodeFunnel({ mode: "strict" });
    const { page, log, close } = await openReport(browser, site.url, "zh", "zh/funnels");
    try {
      await expect.poll(() => shownUnits(page), { timeout: 30_000 }).toEqual(fn.view.counts.map((r: { units: number }) => r.units));
      await page.getByRole("radio", { name: "严格相邻（下一步必须紧接着发生）" }).check();
      await expect.poll(() => shownUnits(page), { timeout: 60_000 }).toEqual(node.counts.map((r) => r.units));
      expect(node.counts.map((r) => r.units)).not.toEqual(fn.view.counts.map((r: { units: number }) => r.units));
      expect(log.consoleErrors).toEqual([]);
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
    } finally {
      await close();
    }
  });

  it("en: strict sessions and attempts with re-entry from the address agree with Node", async () => {
    for (const [query, options] of [
      ["?mode=strict&unit=session&gap=20", { mode: "strict", unit: "session", gapMinutes: 20 }],
      ["?mode=any&unit=total&window=3600", { mode: "any", unit: "total", windowSeconds: 3600 }]
    ] as const) {
      const node = await nodeFunnel(options);
      const { page, log, close } = await openReport(browser, site.url, "en", `en/funnels${query}`);
      try {
        await expect.poll(() => shownUnits(page), { timeout: 60_000 }).toEqual(node.counts.map((r) => r.units));
        expect(log.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it("en: a step with no event says so; the dropped-out visitors download with pseudonymous ids", async () => {
    const { page, close } = await openReport(browser, site.url, "en", "en/funnels");
    try {
      await expect.poll(() => shownUnits(page), { timeout: 30_000 }).toHaveLength(3);
      const step2 = page.locator("form").filter({ has: page.locator("label", { hasText: /^Step 2$/ }) }).last();
      for (const name of ["Favourite", "Add to cart"]) await step2.getByRole("checkbox", { name }).uncheck();
      await expect.poll(() => page.locator(".sl-error").allInnerTexts(), { timeout: 30_000 }).toEqual([expect.stringContaining("step 2 has no event type")]);
    } finally {
      await close();
    }
    const { db, close: closeDb } = await publishedDb(site.dist, ["events", "customers"]);
    const dropped = await funnelDropped.run(db, { ...fn.funnel, step: 3 });
    closeDb();
    const opened = await openReport(browser, site.url, "en", "en/funnels");
    try {
      await expect.poll(() => shownUnits(opened.page), { timeout: 30_000 }).toHaveLength(3);
      await opened.page.getByLabel("Dropped at").selectOption({ index: 1 });
      const [download] = await Promise.all([opened.page.waitForEvent("download"), opened.page.locator(".sl-inline-inputs .sl-download").click()]);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n/);
      expect(lines[0]).toBe("visitor_id,session,entry_at,source_first,device_first");
      expect(lines.length - 1).toBe(dropped.length);
      for (const line of lines.slice(1)) expect(line).toMatch(/^c_[0-9a-f]{16},0,/);
    } finally {
      await opened.close();
    }
  });
});

describe("Traffic page", () => {
  it("en: the reconciliation line is the build-time one; by device it still reconciles with Node", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["events", "orders"]);
    const [device] = await trafficTotals.run(db, { ...tr.settings, gapMinutes: 10, dim: "device" });
    closeDb();
    const { page, log, close } = await openReport(browser, site.url, "en", "en/traffic");
    const shown = () => page.locator(".sl-traffic-totals").evaluate((p) => [Number((p as HTMLElement).dataset.visitors), Number((p as HTMLElement).dataset.attributed)]);
    try {
      await expect.poll(shown, { timeout: 30_000 }).toEqual([tr.totals.visitors, tr.totals.attributed_orders]);
      await page.getByRole("radio", { name: "device" }).check();
      const gap = page.getByLabel("Session gap (minutes)");
      await gap.fill("10");
      await gap.dispatchEvent("input");
      await expect.poll(shown, { timeout: 60_000 }).toEqual([device!.visitors, device!.attributed_orders]);
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("A/B tests page", () => {
  it("zh: the split check, one comparison per metric, and the sample-size calculator", async () => {
    const { page, log, close } = await openReport(browser, site.url, "zh", "zh/ab_tests");
    try {
      await expect.poll(() => page.locator(".sl-plain-table tbody tr[data-significant]").count(), { timeout: 30_000 }).toBe(2 * (ab.variants.length - 1));
      expect(await page.getByText("样本比例检查通过").count()).toBe(1);
      const baseline = page.getByLabel("基线转化率（%）");
      await baseline.fill("10");
      await baseline.dispatchEvent("input");
      const target = page.getByLabel("目标转化率（%）");
      await target.fill("12");
      await target.dispatchEvent("input");
      await expect.poll(() => page.getByTestId("ab-needed").innerText()).toContain("3,841");
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("en: reading before the planned sample size warns", async () => {
    const { page, close } = await openReport(browser, site.url, "en", "en/ab_tests?planned=1000000");
    try {
      await expect.poll(() => page.locator(".sl-notice[role=alert]").innerText(), { timeout: 30_000 }).toContain("has not reached its planned sample size");
    } finally {
      await close();
    }
  });
});
