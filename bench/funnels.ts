/**
 * npm run bench:funnels [-- --events 10000000] [--changes 10] [--runs 3]
 *
 * The Funnels page's recomputation in headless Chromium (/usr/bin/chromium), through the page's
 * own DuckDB-WASM adapter and funnel queries (bench/funnelsBrowser/entry.ts, bundled with
 * esbuild), on a synthetic behaviour log of the L demo's size (ten million events over two
 * years) generated in SQL inside the browser. Timed:
 *   - building the funnel base (what a change of steps, mode, unit or dates costs), for the
 *     page's default 30-day range and for the whole two years;
 *   - a conversion-window change: the funnel view (counts, time bands, trend) and the
 *     breakdown on the 30-day range; the funnel view on the whole two years;
 *   - attempts with re-entry (totals): the first view (fetches the sorted events) and window
 *     changes (re-walks them in TypeScript), 30-day range.
 * Prints a table; writes only bench/out/funnels-browser/.
 */
import { serveDist } from "../test/site/serveDist.ts";
import { arg, buildBenchPage } from "./benchPage.ts";
import { launch } from "../test/e2e/helpers/browser.ts";

const events = Number(arg("events", "10000000"));
const changes = Number(arg("changes", "10"));
const runs = Number(arg("runs", "3"));

const out = buildBenchPage("funnels-browser", "bench/funnelsBrowser/entry.ts", { duckdb: true });

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const served = await serveDist(out);
const browser = await launch();
const rows: string[] = [];
try {
  for (let r = 0; r < runs; r++) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${served.url}index.html?events=${events}&changes=${changes}`);
    await page.waitForFunction(() => (window as any).__bench || (window as any).__benchError, null, { timeout: 1_800_000, polling: 500 });
    const error = await page.evaluate(() => (window as any).__benchError);
    if (error) throw new Error(error);
    const b: any = await page.evaluate(() => (window as any).__bench);
    if (r === 0) console.log(`Chromium: ${b.userAgent}`);
    const f = (xs: number[]) => `${p50(xs).toFixed(0)} (max ${Math.max(...xs).toFixed(0)})`;
    rows.push(`| ${r + 1} | ${b.events.toLocaleString("en")} / ${b.inMonth.toLocaleString("en")} | ${b.baseMonthMs.toFixed(0)} | ${b.baseAllMs.toFixed(0)} | ${f(b.windowMonthMs)} | ${f(b.windowAllMs)} | ${b.totalsFirstMs.toFixed(0)} | ${f(b.totalsMs)} |`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await served.close();
}
console.log(`${changes} window changes per run (ms)`);
console.log("| run | events (all / last 30 days) | base, 30 days | base, 2 years | window change, 30 days (view + breakdown) p50 | window change, 2 years (view) p50 | totals first view | totals window change p50 |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
