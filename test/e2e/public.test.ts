/**
 * Public mode: the 500-customer demo built once more with SHOPLENS_MODE=public into its own temp
 * folders. build_info says public, every customer-level Parquet in dist/ has no rows, and the
 * pages still load cleanly: the Overview shows the build-time numbers with its inputs disabled
 * and Explore queries the aggregate tables.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../../src/schema.ts";
import { formatMoney } from "../../src/i18n/format.ts";
import { serveDist, type Served } from "../site/serveDist.ts";
import { contextFor, foreignRequests, instrument, kpiRenders, launch, settled, tileValue, watch } from "./helpers/browser.ts";
import { buildSmallDemo, hasPublished, nodeJson, publishedDb } from "./helpers/site.ts";

const CUSTOMER_TABLES = Object.entries(TABLES)
  .filter(([, spec]) => spec.grain === "customer")
  .map(([name]) => name);

const root = mkdtempSync(join(tmpdir(), "shoplens-e2e-public-"));
let dist: string;
let outDir: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  ({ dist, outDir } = await buildSmallDemo(root, "public"));
  served = await serveDist(dist, { gzip: true });
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * Opens `path` of the public site in a fresh context, waits until it has settled, runs the page's
 * own checks, then the ones every public page must pass: no error, no customer-level table
 * requested, no console error.
 */
async function checkPublicPage(lang: "zh" | "en", path: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext(contextFor(lang));
  const page = await context.newPage();
  const log = watch(page);
  await page.addInitScript(instrument);
  try {
    await page.goto(new URL(path, served.url).href);
    await settled(page);
    await check(page);
    expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
    expect(log.requests.filter((u) => CUSTOMER_TABLES.some((t) => u.includes(`/${t}.`)))).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe("public build", () => {
  it("says public in build_info.json, here and as published", () => {
    expect(nodeJson({ dist, outDir }, "build_info").mode).toBe("public");
    expect(nodeJson({ dist, outDir: null }, "build_info").mode).toBe("public");
  });

  it("publishes no rows in any customer-level table", async () => {
    expect(CUSTOMER_TABLES).toEqual(expect.arrayContaining(["customers", "orders", "events"]));
    // A customer-level file may be left out altogether; any that is published must be empty.
    const present = CUSTOMER_TABLES.filter((t) => hasPublished(dist, t, "parquet"));
    const { db, close } = await publishedDb(dist, present);
    try {
      for (const t of present) {
        const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${t}"`);
        expect(n, t).toBe(0);
      }
      const info = nodeJson({ dist, outDir }, "build_info");
      for (const t of CUSTOMER_TABLES) expect(info.publishedTables, t).not.toContain(t);
    } finally {
      close();
    }
  });

  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: Overview shows the build-time GMV with disabled inputs; Explore works; no errors`, async () => {
      const overview = nodeJson({ dist, outDir }, "overview_default");
      const info = nodeJson({ dist, outDir }, "build_info");
      const row = overview.kpis.find((r: { currency: string }) => r.currency === info.mainCurrency);
      const context = await browser.newContext(contextFor(lang));
      const page = await context.newPage();
      const log = watch(page);
      await page.addInitScript(instrument);
      try {
        await page.goto(new URL(`${lang}/overview`, served.url).href);
        await kpiRenders(page, 1);
        await settled(page);
        await page.waitForTimeout(300);
        expect(await tileValue(page, lang === "zh" ? "支付金额（GMV）" : "GMV (paid amount)")).toBe(formatMoney(row.gmv, info.mainCurrency, lang));
        expect(await page.locator("input[type=date]:disabled").count()).toBe(2);
        expect(await page.locator(".sl-badge-public").count()).toBe(1);
        expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
        // No customer-level file is even requested.
        expect(log.requests.filter((u) => CUSTOMER_TABLES.some((t) => u.includes(`/${t}.`)))).toEqual([]);

        await page.goto(new URL(`${lang}/explore`, served.url).href);
        await settled(page);
        await expect.poll(() => page.locator(".sl-table table").count()).toBe(1);
        expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
        expect(log.consoleErrors).toEqual([]);
        expect(log.failedRequests).toEqual([]);
        expect(foreignRequests(log, new URL(served.url).origin)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("en: RFM shows the build-time segments with disabled inputs, no customer list and no customer rows requested", async () => {
    const rfm = nodeJson({ dist, outDir }, "rfm_default");
    expect(rfm.summary.customers).toBeGreaterThan(0);
    // A shared link's parameters must not relabel the build-time view.
    await checkPublicPage("en", "en/rfm?bins=3&scheme=eight&currency=USD", async (page) => {
      const shown = () =>
        page.locator(".sl-segments tbody tr").evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset.segment, Number((r as HTMLElement).dataset.customers)]));
      await expect.poll(shown, { timeout: 30_000 }).toEqual(rfm.segments.named.map((r: { segment: string; customers: number }) => [r.segment, r.customers]));
      expect(await page.locator("input[type=date]:not(:disabled)").count()).toBe(0);
      expect(await page.locator(".sl-download").count()).toBe(0);
    });
  });

  it("zh: Customer value shows the build-time fits with disabled inputs and no churn-risk list", async () => {
    const clv = nodeJson({ dist, outDir }, "clv_default");
    await checkPublicPage("zh", "zh/clv", async (page) => {
      // The 500-customer demo may be too small to fit: then the page shows the model's reason.
      const fitted = clv.predicted.fits.filter((f: { model?: string }) => f.model).length;
      await expect.poll(() => page.locator(".sl-fit, .sl-notice").count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.locator(".sl-fit").count()).toBeGreaterThanOrEqual(fitted);
      expect(await page.locator("#observablehq-main input:not(:disabled)").count()).toBe(0);
      expect(await page.locator(".sl-download").count()).toBe(0);
    });
  });

  it("en: Lifecycle shows the build-time cohorts and stages with disabled inputs and no customer list", async () => {
    const lc = nodeJson({ dist, outDir }, "lifecycle_default");
    await checkPublicPage("en", "en/lifecycle", async (page) => {
      const shown = () => page.locator(".sl-stages tbody tr").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.customers)));
      await expect.poll(shown, { timeout: 30_000 }).toEqual(lc.stages.map((r: { customers: number }) => r.customers));
      expect(await page.locator("#observablehq-main input[type=date]:not(:disabled), #observablehq-main input[type=number]:not(:disabled)").count()).toBe(0);
      expect(await page.locator(".sl-download").count()).toBe(1); // the cohort table's CSV (aggregates), no customer list
    });
  });

  it("zh and en: the behaviour, search, feedback, persona and product pages show their build-time views with disabled inputs and no visitor lists", async () => {
    const fn = nodeJson({ dist, outDir }, "funnels_default");
    const ab = nodeJson({ dist, outDir }, "abtests_default");
    const ps = nodeJson({ dist, outDir }, "personas_default");
    for (const [lang, id] of [["zh", "funnels"], ["en", "traffic"], ["en", "ab_tests"], ["zh", "search"], ["en", "feedback"], ["en", "personas"], ["zh", "products"]] as const) {
      await checkPublicPage(lang, `${lang}/${id}`, async (page) => {
        if (id === "funnels") {
          const shown = () => page.locator(".sl-funnel tbody tr").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.units)));
          await expect.poll(shown, { timeout: 30_000 }).toEqual(fn.view.counts.map((r: { units: number }) => r.units));
        }
        if (id === "ab_tests") {
          await expect.poll(() => page.locator("tbody tr[data-significant]").count(), { timeout: 30_000 }).toBe(2 * (ab.variants.length - 1));
        }
        if (id === "traffic") await expect.poll(() => page.locator(".sl-traffic-totals").count(), { timeout: 30_000 }).toBe(1);
        if (id === "search") await expect.poll(() => page.locator(".sl-search-kpis").count(), { timeout: 30_000 }).toBe(1);
        if (id === "products") await expect.poll(() => page.locator(".sl-product-kpis").count(), { timeout: 30_000 }).toBe(1);
        if (id === "personas") {
          await expect.poll(() => page.locator(".sl-persona").count(), { timeout: 30_000 }).toBe(ps.model.k);
          // Aggregates only: no typical customer's tags, no persona customer lists, no customer to inspect.
          expect(ps.model.personas.every((p: { typicalTags: unknown }) => p.typicalTags === null)).toBe(true);
          expect(await page.locator(".sl-persona details, .sl-persona .sl-download").count()).toBe(0);
          expect(await page.locator("#observablehq-main input[type=text]").count()).toBe(0);
        }
        if (id === "feedback") {
          await expect.poll(() => page.locator(".sl-aspects tbody tr").count(), { timeout: 30_000 }).toBeGreaterThan(0);
          // No customer's words in a public build.
          expect(await page.locator(".sl-quotes").count()).toBe(0);
        }
        // The A/B page's sample-size calculator is arithmetic on typed numbers, not data: it stays usable.
        const editable = id === "ab_tests" ? 3 : 0;
        expect(await page.locator("#observablehq-main input[type=date]:not(:disabled), #observablehq-main input[type=number]:not(:disabled)").count()).toBe(editable);
        expect(await page.locator(".sl-inline-inputs .sl-download").count()).toBe(0);
      });
    }
  });
});
