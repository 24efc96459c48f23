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
 *     the grain, so the page does not recompute them when it changes;
 *   - the target literally: the cohort table at the new grain and the stage counts, one
 *     after the other, as if both were recomputed on a grain change.
 * Prints a table; writes only bench/out/lifecycle-browser/.
 */
import { arg, p50Max, runBrowserBench } from "./benchPage.ts";

const customers = Number(arg("customers", "320000"));
const changes = Number(arg("changes", "10"));
const runs = Number(arg("runs", "3"));

const rows = await runBrowserBench<any>("lifecycle-browser", "bench/lifecycleBrowser/entry.ts", { query: `customers=${customers}&changes=${changes}`, runs, timeoutMs: 900_000 }, (b, r) =>
  `| ${r} | ${b.customers.toLocaleString("en")} / ${b.orders.toLocaleString("en")} | ${p50Max(b.cohortMs)} | ${p50Max(b.grainMs)} | ${p50Max(b.stageMs)} | ${p50Max(b.cohortStageMs)} |`
);
console.log(`${changes} grain changes per run (ms)`);
console.log("| run | customers / orders | cohort table p50 | grain change (cohorts + growth) p50 | stage counts after a threshold change p50 | cohort table + stage counts after a grain change p50 |");
console.log("|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
