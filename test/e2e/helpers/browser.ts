/**
 * Headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser) and what the suite
 * and the page benchmark record in each page: every request URL, console errors, failed requests,
 * and when the Overview's KPI tiles and chart were (re)rendered.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "../../site/checkPages.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const ARGS = [...new Set([...CHROMIUM_ARGS, "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"])];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

export const contextFor = (lang: "zh" | "en", extra: BrowserContextOptions = {}): BrowserContextOptions => ({
  locale: lang === "zh" ? "zh-CN" : "en-US",
  timezoneId: "America/Los_Angeles", // far from the shop's zone: dates must not shift
  viewport: { width: 1280, height: 900 },
  ...extra
});

export interface PageLog {
  requests: string[];
  consoleErrors: string[];
  failedRequests: string[];
}

/** Records every request, console error, page error and failed or >= 400 response of `page`. */
export function watch(page: Page): PageLog {
  const log: PageLog = { requests: [], consoleErrors: [], failedRequests: [] };
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && log.consoleErrors.push(m.text()));
  page.on("pageerror", (e) => log.consoleErrors.push(String(e)));
  page.on("requestfailed", (r) => {
    // A download the test triggered itself is aborted by design once saved.
    if (!r.url().startsWith("blob:")) log.failedRequests.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => r.status() >= 400 && log.failedRequests.push(`${r.url()} HTTP ${r.status()}`));
  return log;
}

/** Requests that went anywhere but `origin` (data: and blob: URLs stay in the page). */
export const foreignRequests = (log: PageLog, origin: string) =>
  log.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"));

/**
 * Installed before any page script: timestamps (performance.now()) of every KPI grid
 * (`.sl-kpis`) and every Plot chart inside a card (`div.card svg[class^=plot-]`) added to the
 * document. Framework replaces the element on every re-render, so the Overview's default view
 * adds its KPI grid twice: the build-time numbers, then the live engine's.
 *
 * Plain JavaScript text on purpose: a TypeScript function run through tsx (the benchmark) carries
 * esbuild's `__name(...)` helper calls, which do not exist in the page.
 */
export const instrument = `(() => {
  const log = { kpis: [], charts: [] };
  window.__shoplens = log;
  const seen = new WeakSet();
  const note = (el, list) => {
    if (seen.has(el)) return;
    seen.add(el);
    list.push(performance.now());
  };
  const scan = (node) => {
    if (!(node instanceof Element)) return;
    for (const el of [node, ...node.querySelectorAll(".sl-kpis, svg")]) {
      if (el.matches(".sl-kpis")) note(el, log.kpis);
      else if (el.matches('svg[class^="plot-"]') && el.closest("div.card:not(.sl-kpi)")) note(el, log.charts);
    }
  };
  new MutationObserver((records) => {
    for (const r of records) r.addedNodes.forEach(scan);
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface RenderLog {
  kpis: number[];
  charts: number[];
}

export const renderLog = (page: Page): Promise<RenderLog> => page.evaluate(() => (window as any).__shoplens as RenderLog);

/** Waits until Framework shows no loading placeholder. */
export async function settled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout });
}

/** Waits until at least `n` KPI grids have been rendered (2 on the default view: first, then live). */
export async function kpiRenders(page: Page, n: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction((count) => ((window as any).__shoplens?.kpis.length ?? 0) >= count, n, { timeout });
}

/** Text of the KPI tile named `name` (its h3), or null when absent. */
export async function tileValue(page: Page, name: string): Promise<string | null> {
  return page.evaluate((title) => {
    for (const card of document.querySelectorAll(".sl-kpis .sl-kpi")) {
      if (card.querySelector("h3")?.textContent === title) return card.querySelector(".sl-kpi-value")?.textContent ?? null;
    }
    return null;
  }, name);
}

/**
 * Opens `path` (e.g. "zh/rfm?bins=4") under `baseUrl` in a fresh context that accepts downloads,
 * instrumented and watched, and waits until it has rendered. close() ends the context.
 */
export async function openReport(browser: Browser, baseUrl: string, lang: "zh" | "en", path: string) {
  const context = await browser.newContext(contextFor(lang, { acceptDownloads: true }));
  const page = await context.newPage();
  const log = watch(page);
  await page.addInitScript(instrument);
  await page.goto(new URL(path, baseUrl).href);
  await settled(page);
  return { page, log, close: () => context.close() };
}
