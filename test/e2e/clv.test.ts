/**
 * The Customer value page in the browser:
 * - the live fit in the page (DuckDB-WASM transactions + the TypeScript models) gives the same
 *   BG/NBD parameters as the build-time fit on the Node side (clv_default.json);
 * - switching to Pareto/NBD refits and changes the CLV total;
 * - the churn-risk list downloads as CSV with pseudonymous ids only;
 * - an as-of date with too little history gives the model's reason as a notice, not an error,
 *   and no CLV figure.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatNumber } from "../../src/i18n/format.ts";
import { launch, openReport } from "./helpers/browser.ts";
import { nodeJson } from "./helpers/site.ts";

const site = inject("site");
const clv = nodeJson(site, "clv_default");
const info = nodeJson(site, "build_info");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = (lang: "zh" | "en", query = "") => openReport(browser, site.url, lang, `${lang}/clv${query}`);

const tile = (page: import("playwright-core").Page, label: string) =>
  page.locator(".sl-kpi", { hasText: label }).locator(".sl-kpi-value").innerText();

describe("Customer value page", () => {
  it("has a build-time fit", () => {
    expect(clv.predicted.fits[0].model).toBe("BG/NBD");
    expect(clv.predicted.fits[0].converged).toBe(true);
  });

  it("en: fits BG/NBD in the page to the Node-side parameters; Pareto/NBD changes the CLV total", async () => {
    const { page, log, close } = await open("en");
    try {
      const r = clv.predicted.fits[0].params.find((p: { name: string }) => p.name === "r");
      const want = formatNumber(r.value, "en", { digits: 4 });
      await expect.poll(() => page.locator(".sl-fit").first().locator("tbody tr").first().innerText(), { timeout: 60_000 }).toContain(want);
      const before = await tile(page, "CLV over the horizon, total");
      await page.getByRole("radio", { name: "Pareto/NBD" }).check();
      await expect.poll(() => tile(page, "CLV over the horizon, total"), { timeout: 60_000 }).not.toBe(before);
      expect(await page.locator(".sl-error, .observablehq--error, .sl-notice").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("zh: the churn-risk list downloads with pseudonymous ids, every P(alive) below the threshold", async () => {
    const { page, close } = await open("zh");
    try {
      const button = page.locator(".sl-download").first();
      await expect.poll(() => button.count(), { timeout: 60_000 }).toBe(1);
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n/);
      const head = lines[0].split(",");
      expect(head).toEqual(expect.arrayContaining(["customer_id", "p_alive", "clv", "value_at_risk"]));
      expect(lines.length).toBeGreaterThan(10);
      const id = head.indexOf("customer_id"), alive = head.indexOf("p_alive"), x = head.indexOf("x");
      for (const line of lines.slice(1)) {
        const f = line.split(",");
        expect(f[id]).toMatch(/^c_[0-9a-f]{16}$/);
        expect(Number(f[alive])).toBeLessThan(0.5);
        expect(Number(f[x])).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await close();
    }
  });

  it("en: with almost no history the models say why, as a notice", async () => {
    const early = new Date(Date.parse(`${info.dataFrom}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const { page, log, close } = await open("en", `?asOf=${early}&holdout=0`);
    try {
      await expect.poll(() => page.locator(".sl-notice").count(), { timeout: 60_000 }).toBeGreaterThan(0);
      // One week of a shop: 19 repeat buyers. The fits refuse rather than show unreliable numbers.
      expect(await page.locator(".sl-notice").first().getAttribute("data-code")).toMatch(/^(not_converged|too_few_repeat_buyers)$/);
      expect(await page.locator(".sl-notice").first().innerText()).toMatch(/did not converge|repeat/);
      expect(await page.locator(".sl-kpi", { hasText: "CLV over the horizon, total" }).locator(".sl-kpi-value").innerText()).toBe("—");
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
