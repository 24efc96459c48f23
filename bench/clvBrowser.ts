/**
 * npm run bench:clv-browser [-- --customers 1000000 --runs 21 --big-runs 3]
 *
 * The CLV fits in headless Chromium (/usr/bin/chromium): bench/clvBrowser/entry.ts bundled with
 * esbuild, served from bench/out/clv-browser/. CDNOW_sample.txt is read in place by Node (from
 * ../shared/datasets or SHOPLENS_DATASETS; skipped when absent) and handed to the page as arrays,
 * never written to disk. Prints a table; the Node figures come from `npm run bench:clv`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveDist } from "../test/site/serveDist.ts";
import { arg, buildBenchPage } from "./benchPage.ts";
import { launch } from "../test/e2e/helpers/browser.ts";
import { DATASETS } from "../test/real/reference/csv.ts";
import { dayNumber } from "../src/clv/dayNumber.ts";

const customers = Number(arg("customers", "1000000"));
const runs = Number(arg("runs", "21"));
const bigRuns = Number(arg("big-runs", "3"));

const out = buildBenchPage("clv-browser", "bench/clvBrowser/entry.ts");

let cdnow: { customer: number[]; day: number[]; amount: number[]; calibrationEnd: number } | null = null;
const file = join(DATASETS, "cdnow/CDNOW_sample.txt");
if (existsSync(file)) {
  cdnow = { customer: [], day: [], amount: [], calibrationEnd: dayNumber("1997-09-30") };
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length !== 5) continue;
    cdnow.customer.push(Number(f[1]));
    cdnow.day.push(dayNumber(`${f[2].slice(0, 4)}-${f[2].slice(4, 6)}-${f[2].slice(6, 8)}`));
    cdnow.amount.push(Number(f[4]));
  }
}

const served = await serveDist(out);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${served.url}index.html`);
  await page.waitForFunction(() => typeof (window as any).runClvBench === "function");
  const r: any = await page.evaluate((input) => (window as any).runClvBench(input), { cdnow, customers, runs, bigRuns });
  const f = (x: number) => x.toFixed(1);
  console.log(`Chromium: ${r.userAgent}`);
  if (cdnow) {
    console.log(`CDNOW (${r.cdnowCustomers} customers, r = ${r.cdnowR.toFixed(4)}), median of ${runs} runs after a warm-up (ms):`);
    console.log(`| BG/NBD | Pareto/NBD | Gamma-Gamma |\n|---|---|---|\n| ${f(r.cdnowBgNbd)} | ${f(r.cdnowParetoNbd)} | ${f(r.cdnowGammaGamma)} |`);
  }
  console.log(`${customers.toLocaleString("en")} simulated customers, ${r.transactions.toLocaleString("en")} transactions, median of ${bigRuns} runs (ms):`);
  console.log(`| summarise | BG/NBD fit | summarise + BG/NBD | Pareto/NBD fit | Gamma-Gamma fit |\n|---|---|---|---|---|\n| ${f(r.summarize)} | ${f(r.bigBgNbd)} | ${f(r.summarize + r.bigBgNbd)} | ${f(r.bigParetoNbd)} | ${f(r.bigGammaGamma)} |`);
} finally {
  await browser.close();
  await served.close();
}
