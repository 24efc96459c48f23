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
import { arg, p50Max, runBrowserBench } from "./benchPage.ts";

const events = Number(arg("events", "10000000"));
const changes = Number(arg("changes", "10"));
const runs = Number(arg("runs", "3"));

const rows = await runBrowserBench<any>("funnels-browser", "bench/funnelsBrowser/entry.ts", { query: `events=${events}&changes=${changes}`, runs, timeoutMs: 1_800_000 }, (b, r) =>
  `| ${r} | ${b.events.toLocaleString("en")} / ${b.inMonth.toLocaleString("en")} | ${b.baseMonthMs.toFixed(0)} | ${b.baseAllMs.toFixed(0)} | ${p50Max(b.windowMonthMs)} | ${p50Max(b.windowAllMs)} | ${b.totalsFirstMs.toFixed(0)} | ${p50Max(b.totalsMs)} |`
);
console.log(`${changes} window changes per run (ms)`);
console.log("| run | events (all / last 30 days) | base, 30 days | base, 2 years | window change, 30 days (view + breakdown) p50 | window change, 2 years (view) p50 | totals first view | totals window change p50 |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
