/**
 * The Feedback page in the browser against the Node side, on the published Parquet: the aspect
 * table is the build-time one; complaints only recompute in DuckDB-WASM as Node does; quotes are
 * text (no element from a customer's words reaches the page); the filtered items download.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { aspectSentiment } from "../../src/analyses/feedback/aspectSentiment.ts";
import { feedbackItems } from "../../src/analyses/feedback/feedbackItems.ts";
import { launch, openReport } from "./helpers/browser.ts";
import { nodeJson, publishedDb } from "./helpers/site.ts";

const site = inject("site");
const fb = nodeJson(site, "feedback_default");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const shownMentions = (page: Page) =>
  page.locator(".sl-aspects tbody tr").evaluateAll((rows) => rows.map((r) => Number((r.children[1] as HTMLElement).textContent!.replace(/[^0-9]/g, ""))));

describe("Feedback page", () => {
  it("has a build-time view with a scoring method and aspects", () => {
    expect(fb.model[0].method).toMatch(/^(model|lexicon)$/);
    expect(fb.aspects.reduce((s: number, r: { mentions: number }) => s + r.mentions, 0)).toBeGreaterThan(0);
  });

  it("en: build-time aspects, then complaints only as Node counts them; quotes stay text; items download", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["feedback", "feedback_scores", "products", "order_items"]);
    const options = { ...fb.settings, kind: "complaint" };
    delete options.grain; delete options.dim; delete options.minNegative;
    const node = await aspectSentiment.run(db, options);
    const items = await feedbackItems.run(db, options);
    closeDb();
    const { page, log, close } = await openReport(browser, site.url, "en", "en/feedback");
    try {
      await expect.poll(() => shownMentions(page), { timeout: 30_000 }).toEqual(fb.aspects.map((r: { mentions: number }) => r.mentions));
      await page.getByLabel("Kind").selectOption({ label: "Complaints" });
      await expect.poll(() => shownMentions(page), { timeout: 60_000 }).toEqual(node.map((r) => r.mentions));
      await expect.poll(() => page.locator(".sl-quotes blockquote").count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.locator(".sl-quotes script, .sl-quotes img, .sl-quotes a, .sl-quotes b").count()).toBe(0);
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sl-inline-inputs .sl-download").click()]);
      const lines = readFileSync(await download.path(), "utf8").slice(1).trim().split(/\r?\n(?=[^,\n]*,)/);
      expect(lines[0]!.startsWith("feedback_id,kind,created_at")).toBe(true);
      expect(items.length).toBeGreaterThan(0);
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("zh: a product and a data-driven topic filter recompute as Node does", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["feedback", "feedback_scores", "products", "order_items"]);
    const [top] = await db.query<{ id: string; title: string }>(
      "SELECT f.product_id AS id, coalesce(p.title, f.product_id) AS title FROM feedback f JOIN products p USING (product_id) GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1"
    );
    const options = { ...fb.settings, product: top!.id, topic: "0" };
    delete options.grain; delete options.dim; delete options.minNegative;
    const node = await aspectSentiment.run(db, options);
    closeDb();
    expect(node.reduce((s, r) => s + r.mentions, 0)).toBeGreaterThan(0);
    const topicLabel = `1: ${fb.topics[0].top_terms.split("|").slice(0, 4).join(" · ")}`;
    const { page, log, close } = await openReport(browser, site.url, "zh", "zh/feedback");
    try {
      await expect.poll(() => shownMentions(page), { timeout: 30_000 }).toEqual(fb.aspects.map((r: { mentions: number }) => r.mentions));
      await page.getByRole("combobox", { name: "商品", exact: true }).selectOption({ label: top!.title });
      await page.getByLabel("数据发现的话题").selectOption({ label: topicLabel });
      await expect.poll(() => shownMentions(page), { timeout: 60_000 }).toEqual(node.map((r) => r.mentions));
      expect(await page.locator(".sl-error, .observablehq--error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
