/**
 * Loads every built page in headless Chromium (Debian's /usr/bin/chromium) from a local server and
 * reports console errors, failed requests, requests leaving localhost, error cards and
 * Framework's error cells; writes desktop and phone screenshots.
 *
 *   npx tsx test/site/checkPages.ts [dist] [outDir]
 *
 * Exits non-zero on any problem. The e2e suite can reuse `checkPage`.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveDist } from "./serveDist.ts";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

export interface PageReport {
  path: string;
  consoleErrors: string[];
  externalRequests: string[];
  failedRequests: string[];
  errorCells: string[];
  errorCards: string[];
}

/** Opens `url` and waits until Framework has no loading placeholders left (or `timeout`). */
export async function checkPage(page: Page, base: string, path: string, { timeout = 60_000 } = {}): Promise<PageReport> {
  const report: PageReport = { path, consoleErrors: [], externalRequests: [], failedRequests: [], errorCells: [], errorCards: [] };
  const origin = new URL(base).origin;
  page.on("console", (m) => m.type() === "error" && report.consoleErrors.push(m.text()));
  page.on("pageerror", (e) => report.consoleErrors.push(String(e)));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) report.externalRequests.push(url);
  });
  page.on("requestfailed", (r) => report.failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && report.failedRequests.push(`${r.url()} HTTP ${r.status()}`));
  await page.goto(new URL(path, base).href, { waitUntil: "load" });
  await page
    .waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout })
    .catch(() => report.errorCells.push("still loading after timeout"));
  await page.waitForTimeout(300);
  report.errorCells.push(...(await page.locator(".observablehq--error").allInnerTexts()));
  report.errorCards.push(...(await page.locator(".sl-error").allInnerTexts()));
  return report;
}

export const PAGES = ["zh/", "zh/overview", "zh/quality", "zh/explore", "zh/glossary", "en/", "en/overview", "en/quality", "en/explore", "en/glossary"];

async function main() {
  const dist = process.argv[2] ?? "dist";
  const out = process.argv[3] ?? "scratch/shots";
  mkdirSync(out, { recursive: true });
  const served = await serveDist(dist, { gzip: true });
  const browser: Browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  let problems = 0;
  try {
    for (const [label, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 390, height: 844 }]
    ] as const) {
      for (const path of PAGES) {
        const context = await browser.newContext({ viewport, locale: path.startsWith("zh") ? "zh-CN" : "en-US", timezoneId: "America/Los_Angeles" });
        const page = await context.newPage();
        const started = Date.now();
        const report = await checkPage(page, served.url, path);
        const name = `${label}-${path.replace(/\/$/, "/index").replace("/", "-")}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: true });
        const lang = await page.evaluate(() => document.documentElement.lang);
        const bad = report.consoleErrors.length + report.externalRequests.length + report.failedRequests.length + report.errorCells.length + report.errorCards.length;
        problems += bad;
        console.log(`${bad ? "✘" : "✓"} ${label} ${path} lang=${lang} ${Date.now() - started}ms`);
        if (bad) {
          const unique = (list: string[]) => [...new Set(list.map((m) => m.split("\n")[0].slice(0, 300)))];
          for (const key of ["consoleErrors", "externalRequests", "failedRequests", "errorCells", "errorCards"] as const) {
            for (const line of unique(report[key])) console.log(`    ${key}: ${line}`);
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  process.exit(problems ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
