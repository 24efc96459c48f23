/**
 * npm run bench:search [-- --searches 1000000] [--changes 10] [--runs 3]
 *
 * The Search keywords page's re-aggregation after the reader changes the date range, in headless
 * Chromium (/usr/bin/chromium) through the page's own DuckDB-WASM adapter and queries
 * (bench/searchBrowser/entry.ts, bundled with esbuild), on a synthetic log of a million searches
 * over two years with its derived search_queries (50,000 distinct queries) and purchase events.
 * Timed per change: the headline, top queries, top terms, daily trend, intent mix and
 * zero-result queries — for a four-week range and for a thirteen-month range.
 * The build-time side (normalising and segmenting a million queries) is `npm run bench:text`.
 * Prints a table; writes only bench/out/search-browser/.
 */
import { serveDist } from "../test/site/serveDist.ts";
import { arg, buildBenchPage } from "./benchPage.ts";
import { launch } from "../test/e2e/helpers/browser.ts";

const searches = Number(arg("searches", "1000000"));
const changes = Number(arg("changes", "10"));
const runs = Number(arg("runs", "3"));

const out = buildBenchPage("search-browser", "bench/searchBrowser/entry.ts", { duckdb: true });

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const served = await serveDist(out);
const browser = await launch();
const rows: string[] = [];
try {
  for (let r = 0; r < runs; r++) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${served.url}index.html?searches=${searches}&changes=${changes}`);
    await page.waitForFunction(() => (window as any).__bench || (window as any).__benchError, null, { timeout: 900_000, polling: 500 });
    const error = await page.evaluate(() => (window as any).__benchError);
    if (error) throw new Error(error);
    const b: any = await page.evaluate(() => (window as any).__bench);
    if (r === 0) console.log(`Chromium: ${b.userAgent}`);
    const f = (xs: number[]) => `${p50(xs).toFixed(0)} (max ${Math.max(...xs).toFixed(0)})`;
    rows.push(`| ${r + 1} | ${b.searches.toLocaleString("en")} | ${f(b.monthMs)} | ${f(b.yearMs)} |`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await served.close();
}
console.log(`${changes} date-range changes per run (ms)`);
console.log("| run | searches | four-week range: page re-aggregation p50 | thirteen-month range p50 |");
console.log("|---|---|---|---|");
for (const r of rows) console.log(r);
