/**
 * The Personas and Products pages in the browser against the Node side, on the published Parquet:
 * the build-time personas are shown; choosing k = 3 re-clusters in the page and gives the sizes
 * Node's personaModel gives; moving a behaviour threshold recounts as Node does; one customer's
 * tags can be looked up; a persona's customer list downloads. Products: the build-time headline;
 * rules between brands recomputed in the page agree with Node; the product table downloads.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { personaCustomers } from "../../src/analyses/personas/personaCustomers.ts";
import { behaviourGroups } from "../../src/analyses/personas/behaviourGroups.ts";
import { personaModel } from "../../src/personas/personaModel.ts";
import { basketRules } from "../../src/analyses/products/basketRules.ts";
import { launch, openReport } from "./helpers/browser.ts";
import { nodeJson, publishedDb } from "./helpers/site.ts";

const site = inject("site");
const ps = nodeJson(site, "personas_default");
const pr = nodeJson(site, "products_default");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("Personas page", () => {
  it("has a build-time view with personas, every tag and the behaviour groups", () => {
    expect(ps.model.personas.length).toBe(ps.model.k);
    expect(ps.model.personas.reduce((s: number, p: { customers: number }) => s + p.customers, 0)).toBe(ps.customers);
    for (const rows of Object.values(ps.tags) as { customers: number }[][]) expect(rows.reduce((s, r) => s + r.customers, 0)).toBe(ps.customers);
  });

  it("en: k = 3 and a moved threshold recompute in the page and agree with Node; tags and CSV", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["orders", "order_items", "customers", "feedback", "events"]);
    const rows = await personaCustomers.run(db, ps.settings);
    const three = personaModel(rows, { k: 3 });
    const groups = await behaviourGroups.run(db, { ...ps.settings, thresholds: { discountShare: 0.05 } });
    closeDb();
    const { page, log, close } = await openReport(browser, site.url, "en", "en/personas");
    const sizes = () => page.locator(".sl-persona").evaluateAll((cards) => cards.map((c) => c.querySelector("p")!.textContent));
    try {
      await expect.poll(() => page.locator(".sl-persona").count(), { timeout: 60_000 }).toBe(ps.model.k);
      await page.getByLabel("Number of personas (k)").selectOption("3");
      await expect.poll(() => page.locator(".sl-persona").count(), { timeout: 60_000 }).toBe(3);
      const shown = (await sizes()).map((s) => Number(s!.split(" customers")[0]!.replace(/,/g, "")));
      expect(shown).toEqual(three.personas.map((p) => p.customers));

      const threshold = page.getByLabel("Discount share threshold").first();
      await threshold.fill("0.05");
      await threshold.dispatchEvent("input");
      const priceSensitive = () => page.locator("td", { hasText: "discount share ≥ 5%" }).count();
      await expect.poll(priceSensitive, { timeout: 60_000 }).toBeGreaterThan(0);
      const row = page.locator("tr", { hasText: "discount share ≥ 5%" }).first();
      expect(await row.textContent()).toContain(groups[0]!.customers.toLocaleString("en"));

      const id = rows[0]!.customer_id;
      await page.getByLabel("Customer id").fill(id);
      await page.getByLabel("Customer id").press("Enter");
      await expect.poll(() => page.locator("td", { hasText: "Acquisition channel" }).count(), { timeout: 30_000 }).toBeGreaterThan(0);

      const card = page.locator(".sl-persona").first();
      const [download] = await Promise.all([page.waitForEvent("download"), card.locator(".sl-download").click()]);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n/);
      expect(lines.length - 1).toBe(three.personas[0]!.customers);
      expect(lines[0]!.startsWith("customer_id,orders,spend")).toBe(true);
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("Products page", () => {
  it("zh: the build-time headline; rules between brands recomputed in the page agree with Node; the table downloads", async () => {
    const s = pr.settings;
    const { db, close: closeDb } = await publishedDb(site.dist, ["orders", "order_items"]);
    const brands = await basketRules(db, { from: s.from, to: s.to, currency: s.currency, level: "brand", minSupport: s.minSupport, minConfidence: s.minConfidence });
    closeDb();
    const { page, log, close } = await openReport(browser, site.url, "zh", "zh/products");
    const sold = () => page.locator(".sl-product-kpis").evaluate((p) => Number((p as HTMLElement).dataset.sold));
    const rules = () => page.locator(".sl-basket-kpis").evaluate((p) => Number((p as HTMLElement).dataset.rules));
    try {
      await expect.poll(sold, { timeout: 30_000 }).toBe(pr.table.filter((r: { abc: string | null }) => r.abc).length);
      await expect.poll(rules, { timeout: 30_000 }).toBe(pr.basket.rules.length);
      expect(pr.basket.rules.length).toBeGreaterThan(0);
      await page.getByLabel("品牌").check();
      await expect.poll(rules, { timeout: 60_000 }).toBe(brands.rules.length);
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sl-download").first().click()]);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n/);
      expect(lines.length - 1).toBe(pr.table.length);
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
