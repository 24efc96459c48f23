/**
 * npm run bench:rfm [-- --customers 200000] [--changes 24] [--runs 3]
 *
 * Re-scoring RFM after a parameter change, in headless Chromium (/usr/bin/chromium), through the
 * page's own DuckDB-WASM adapter and queries (bench/rfmBrowser/entry.ts, bundled here with
 * esbuild). A synthetic shop of --customers buyers is generated in SQL inside the browser; the
 * per-date base is built once, then each change (bins, scheme, basis, weights, cut points, F and
 * M variants, in turn) is timed two ways:
 *   - re-score + segments: rfmSegments (every customer scored, segment table) — the target;
 *   - every scoring view: summary, segments, R×F grid and bins, one after another, as the page does.
 * Baseline in the same run: rfmSegments on a new as-of date, which must aggregate every order
 * again (what each change would cost without the per-date base).
 * Prints a table; writes only bench/out/rfm-browser/ (the bundle and DuckDB's files).
 */
import { arg, runBrowserBench } from "./benchPage.ts";

const customers = Number(arg("customers", "200000"));
const changes = Number(arg("changes", "24"));
const runs = Number(arg("runs", "3"));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
};
const f = (x: number) => x.toFixed(0);
const rows = await runBrowserBench<any>("rfm-browser", "bench/rfmBrowser/entry.ts", { query: `customers=${customers}&changes=${changes}`, runs, timeoutMs: 600_000 }, (b, r) =>
  `| ${r} | ${b.customers.toLocaleString("en")} / ${b.orders.toLocaleString("en")} | ${f(b.baseMs)} | ${f(pct(b.segmentsMs, 0.5))} (max ${f(Math.max(...b.segmentsMs))}) | ${f(pct(b.allViewsMs, 0.5))} (max ${f(Math.max(...b.allViewsMs))}) | ${f(pct(b.recomputeMs, 0.5))} | ${(pct(b.segmentsMs, 0.5) / pct(b.recomputeMs, 0.5)).toFixed(2)} |`
);
console.log(`customers ${customers}, ${changes} changes per run (ms)`);
console.log("| run | customers / orders | per-date base, once | re-score + segments p50 | every scoring view p50 | baseline: recompute from orders p50 | ratio p50 / baseline |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
