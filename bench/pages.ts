/**
 * npm run bench:pages -- --dist DIR [--lang zh|en] [page …]
 *
 * Every report page of a built site (or the pages named), as a reader without a throttled line
 * sees it: the site served with gzip (test/site/serveDist.ts), headless Debian Chromium, a fresh
 * page each, and the time from navigation until no cell is still loading (Framework's
 * <observablehq-loading> gone; at most 240 s), with the error cards the page shows and its
 * uncaught errors. Meant for large builds (size L), where a page that works at S can fail:
 * `npx tsx bench/page.ts --scale L` builds one into bench/out/page-L/dist.
 */
import { resolve } from "node:path";
import { serveDist } from "../test/site/serveDist.ts";
import { contextFor, launch } from "../test/e2e/helpers/browser.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const ALL = ["index", "overview", "rfm", "clv", "lifecycle", "personas", "funnels", "traffic", "ab_tests", "search", "feedback", "products", "quality", "explore", "glossary"];
const dist = resolve(arg("dist", "bench/out/page-L/dist"));
const lang = arg("lang", "zh") as "zh" | "en";
const named = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const pages = named.length ? named : ALL;

const served = await serveDist(dist);
const browser = await launch();
let failed = 0;
try {
  for (const name of pages) {
    const context = await browser.newContext(contextFor(lang));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const t0 = performance.now();
    await page.goto(`${served.url}/${lang}/${name}`);
    let loading = 1;
    // A moment for the first cells to start, then until none is loading.
    await page.waitForTimeout(500);
    while (performance.now() - t0 < 240_000) {
      loading = await page.locator("observablehq-loading").count();
      if (loading === 0) break;
      await page.waitForTimeout(250);
    }
    const seconds = (performance.now() - t0) / 1000;
    const cards = await page.locator(".sl-error").allTextContents();
    if (loading > 0 || cards.length > 0 || errors.length > 0) failed++;
    console.log(
      `${`/${lang}/${name}`.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s` +
        `${loading ? `, ${loading} cells still loading` : ""}${cards.length ? `, error cards: ${cards.map((c) => c.replace(/\s+/g, " ").slice(0, 160)).join(" | ")}` : ""}` +
        `${errors.length ? `, errors: ${errors.join(" | ").slice(0, 300)}` : ""}`
    );
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
if (failed) {
  console.log(`${failed} page(s) did not finish cleanly`);
  process.exitCode = 1;
}
