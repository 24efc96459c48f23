/**
 * npm run bench:lifecycle [-- --customers 320000] [--changes 10] [--runs 3]
 *
 * The Lifecycle page's recomputation after the reader changes the cohort grain (month ↔ week),
 * in headless Chromium (/usr/bin/chromium) through the page's own DuckDB-WASM adapter and
 * queries (bench/lifecycleBrowser/entry.ts, bundled with esbuild), on a synthetic shop of the L
 * demo's size (320,000 customers) generated in SQL inside the browser. Timed per change:
 *   - the cohort table alone (cohortRetention at the new grain);
 *   - what a grain change recomputes on the page: the cohort table and growth accounting;
 *   - the stage counts (lifecycleStageSummary) after a threshold change — they do not depend on
 *     the grain, so the page does not recompute them when it changes.
 * Prints a table; writes only bench/out/lifecycle-browser/.
 */
import { serveDist } from "../test/site/serveDist.ts";
import { arg, buildBenchPage } from "./benchPage.ts";
import { launch } from "../test/e2e/helpers/browser.ts";

const customers = Number(arg("customers", "320000"));
const changes = Number(arg("changes", "10"));
const runs = Number(arg("runs", "3"));

const out = buildBenchPage("lifecycle-browser", "bench/lifecycleBrowser/entry.ts", { duckdb: true });

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const served = await serveDist(out);
const browser = await launch();
const rows: string[] = [];
try {
  for (let r = 0; r < runs; r++) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${served.url}index.html?customers=${customers}&changes=${changes}`);
    await page.waitForFunction(() => (window as any).__bench || (window as any).__benchError, null, { timeout: 900_000, polling: 500 });
    const error = await page.evaluate(() => (window as any).__benchError);
    if (error) throw new Error(error);
    const b: any = await page.evaluate(() => (window as any).__bench);
    if (r === 0) console.log(`Chromium: ${b.userAgent}`);
    const f = (xs: number[]) => `${p50(xs).toFixed(0)} (max ${Math.max(...xs).toFixed(0)})`;
    rows.push(`| ${r + 1} | ${b.customers.toLocaleString("en")} / ${b.orders.toLocaleString("en")} | ${f(b.cohortMs)} | ${f(b.grainMs)} | ${f(b.stageMs)} |`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await served.close();
}
console.log(`${changes} grain changes per run (ms)`);
console.log("| run | customers / orders | cohort table p50 | grain change (cohorts + growth) p50 | stage counts after a threshold change p50 |");
console.log("|---|---|---|---|---|");
for (const r of rows) console.log(r);
