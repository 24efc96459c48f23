/**
 * Every page in both languages at phone width, and the root index, in headless Chromium: no
 * console error, no failed request, no request to any host but the local server, no Framework
 * error cell, no error card, `<html lang>` set, nothing wider than the viewport, and a screenshot
 * of each in test/e2e/screenshots/ (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contextFor, foreignRequests, instrument, kpiRenders, launch, settled, watch } from "./helpers/browser.ts";

const site = inject("site");
const origin = new URL(site.url).origin;
const SHOTS = join(import.meta.dirname, "screenshots");
const LANGS = ["zh", "en"] as const;
const PAGES = ["", "overview", "rfm", "clv", "lifecycle", "personas", "funnels", "traffic", "ab_tests", "search", "feedback", "products", "quality", "explore", "glossary"] as const;
const HTML_LANG = { zh: "zh-CN", en: "en" };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => browser?.close());

/** Opens a page and waits until it is fully rendered (on the Overview: the live engine's answer too). */
async function open(page: Page, path: string): Promise<void> {
  await page.addInitScript(instrument);
  await page.goto(new URL(path, site.url).href, { waitUntil: "load" });
  await settled(page);
  if (path.endsWith("/overview")) await kpiRenders(page, 2);
  await page.waitForTimeout(300);
}

const problems = async (page: Page) => ({
  errorCells: await page.locator(".observablehq--error").allInnerTexts(),
  errorCards: await page.locator(".sl-error").allInnerTexts()
});

// Two pages at a time (maxConcurrency in vitest.e2e.config.ts): most of a page's time is its
// DuckDB-WASM worker computing, one core each, so two cores sweep the pages in about two thirds
// of the time.
describe.concurrent("every page loads cleanly, at phone width (390×844)", () => {
  // One load per page and language does every check: a second sweep at desktop width cost CI a
  // minute and a half and found nothing the phone sweep does not (the page-specific suites run at
  // desktop width).
  for (const lang of LANGS) {
    for (const id of PAGES) {
      const path = `${lang}/${id}`;
      it(path, async ({ expect }) => {
        const context = await browser.newContext(contextFor(lang, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }));
        const page = await context.newPage();
        const log = watch(page);
        try {
          await open(page, path);
          expect(log.consoleErrors, "console errors").toEqual([]);
          expect(log.failedRequests, "failed requests").toEqual([]);
          expect(foreignRequests(log, origin), "requests leaving the local server").toEqual([]);
          expect(log.requests.length).toBeGreaterThan(5);
          expect(await problems(page)).toEqual({ errorCells: [], errorCards: [] });
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(HTML_LANG[lang]);
          expect(await page.locator("main h1").first().innerText()).not.toBe("");
          await page.screenshot({ path: join(SHOTS, `phone-${lang}-${id || "index"}.png`), fullPage: true });
          const { scrollWidth, wide } = await page.evaluate(() => {
            const limit = 390 + 2;
            // The outermost elements sticking out to the right, to name the culprit when it fails.
            const wide = [...document.querySelectorAll("body *")]
              .filter((el) => el.getBoundingClientRect().right > limit && !(el.parentElement && el.parentElement.getBoundingClientRect().right > limit))
              .slice(0, 5)
              .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""} right=${Math.round(el.getBoundingClientRect().right)}`);
            return { scrollWidth: document.documentElement.scrollWidth, wide };
          });
          expect(scrollWidth, `horizontal overflow: ${wide.join("; ")}`).toBeLessThanOrEqual(392);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe("the root index", () => {
  for (const lang of LANGS) {
    it(`root index sends a ${lang} reader to /${lang}/`, async () => {
      const context = await browser.newContext(contextFor(lang));
      const page = await context.newPage();
      const log = watch(page);
      try {
        await page.goto(site.url, { waitUntil: "load" });
        await page.waitForURL(new RegExp(`/${lang}/$`), { timeout: 30_000 });
        await settled(page);
        await page.waitForTimeout(300);
        expect(log.requests[0]).toBe(site.url);
        expect(log.consoleErrors).toEqual([]);
        expect(log.failedRequests).toEqual([]);
        expect(foreignRequests(log, origin)).toEqual([]);
        expect(await problems(page)).toEqual({ errorCells: [], errorCards: [] });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(HTML_LANG[lang]);
      } finally {
        await context.close();
      }
    });
  }
});
