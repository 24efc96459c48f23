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
import { arg, p50Max, runBrowserBench } from "./benchPage.ts";

const searches = Number(arg("searches", "1000000"));
const changes = Number(arg("changes", "10"));
const runs = Number(arg("runs", "3"));

const rows = await runBrowserBench<any>("search-browser", "bench/searchBrowser/entry.ts", { query: `searches=${searches}&changes=${changes}`, runs, timeoutMs: 900_000 }, (b, r) =>
  `| ${r} | ${b.searches.toLocaleString("en")} | ${p50Max(b.monthMs)} | ${p50Max(b.yearMs)} |`
);
console.log(`${changes} date-range changes per run (ms)`);
console.log("| run | searches | four-week range: page re-aggregation p50 | thirteen-month range p50 |");
console.log("|---|---|---|---|");
for (const r of rows) console.log(r);
