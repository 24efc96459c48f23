/**
 * Explore in the browser: a query in the URL fills the editor and its rows match Node DuckDB on
 * the published Parquet; a query typed and run shows a table; a broken query shows DuckDB's own
 * message in an error card (not a blank card); the CSV button downloads the result as CSV.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contextFor, launch, settled, watch } from "./helpers/browser.ts";
import { publishedDb } from "./helpers/site.ts";

const site = inject("site");
const SQL = "SELECT status, count(*)::INTEGER AS n FROM orders GROUP BY ALL ORDER BY n DESC, status";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function open(lang: "zh" | "en", search = ""): Promise<{ page: Page; log: ReturnType<typeof watch>; close(): Promise<void> }> {
  const context = await browser.newContext(contextFor(lang, { acceptDownloads: true }));
  const page = await context.newPage();
  const log = watch(page);
  await page.goto(new URL(`${lang}/explore${search}`, site.url).href);
  await settled(page);
  return { page, log, close: () => context.close() };
}

/** The result table's body cells, row by row (the first table in the result section). */
const resultRows = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll(".sl-table table tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "").filter((t) => t !== "")));

describe("Explore", () => {
  it("zh: ?sql=… fills the editor and shows the rows Node DuckDB computes", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["orders"]);
    const want = await db.query<{ status: string; n: number }>(SQL);
    closeDb();
    expect(want.length).toBeGreaterThan(1);
    const { page, log, close } = await open("zh", `?sql=${encodeURIComponent(SQL)}`);
    try {
      expect(await page.locator("textarea").inputValue()).toBe(SQL);
      await expect.poll(() => resultRows(page)).toEqual(want.map((r) => [r.status, r.n.toLocaleString("zh-CN")]));
      await expect(page.locator(".sl-table-bar span").first().innerText()).resolves.toBe(`${want.length} 行`);
      expect(await page.locator(".sl-error").count()).toBe(0);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("en: a query typed and run shows a table; a broken one shows DuckDB's message", async () => {
    const { page, log, close } = await open("en");
    try {
      // The default query already produced a table.
      await expect.poll(() => page.locator(".sl-table table").count()).toBeGreaterThan(0);
      await page.locator("textarea").fill("SELECT 40 + 2 AS answer, 'ok' AS word");
      await page.getByRole("button", { name: "Run" }).click();
      await expect.poll(() => resultRows(page)).toEqual([["42", "ok"]]);
      expect(new URL(page.url()).searchParams.get("sql")).toBe("SELECT 40 + 2 AS answer, 'ok' AS word");

      await page.locator("textarea").fill("SELECT no_such_column FROM orders");
      await page.getByRole("button", { name: "Run" }).click();
      const card = page.locator(".sl-error");
      await expect.poll(() => card.count()).toBe(1);
      const text = await card.innerText();
      expect(text).toContain("Query error");
      expect(text).toMatch(/Binder Error/);
      expect(text).toContain("no_such_column");
      expect(await page.locator(".sl-error pre").innerText()).not.toBe("");
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("en: a syntax error from the URL is shown, not a blank card", async () => {
    const { page, close } = await open("en", `?sql=${encodeURIComponent("SELEC 1")}`);
    try {
      await expect.poll(() => page.locator(".sl-error pre").count()).toBe(1);
      expect(await page.locator(".sl-error pre").innerText()).toMatch(/Parser Error: syntax error at or near "SELEC"/);
      expect(await page.locator(".sl-table table").count()).toBe(0);
    } finally {
      await close();
    }
  });

  it("zh: the CSV button downloads the result as CSV", async () => {
    const { db, close: closeDb } = await publishedDb(site.dist, ["orders"]);
    const want = await db.query<{ status: string; n: number }>(SQL);
    closeDb();
    const { page, close } = await open("zh", `?sql=${encodeURIComponent(SQL)}`);
    try {
      await expect.poll(() => page.locator(".sl-table table").count()).toBe(1);
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".sl-download").first().click()]);
      expect(download.suggestedFilename()).toBe("query.csv");
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheet programs
      const lines = bytes.toString("utf8").slice(1).trim().split(/\r?\n/);
      expect(lines[0]).toBe("status,n");
      expect(lines.slice(1)).toEqual(want.map((r) => `${r.status},${r.n}`));
    } finally {
      await close();
    }
  });
});
