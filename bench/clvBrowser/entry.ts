/**
 * Runs in headless Chromium (bundled by bench/clvBrowser.ts): the CLV library exactly as the
 * page uses it. window.runClvBench(cdnow) times, as medians over `runs` after one warm-up,
 *   - CDNOW (2,357 customers, weekly summary at 1997-09-30, passed in from Node as columns):
 *     BG/NBD, Pareto/NBD and Gamma-Gamma fits;
 *   - `customers` simulated BG/NBD customers (seeded; simulation not timed): summarise the
 *     transactions, then fit BG/NBD, Pareto/NBD and Gamma-Gamma.
 */
import { createRng, fitBgNbd, fitGammaGamma, fitParetoNbd, simulateTransactions, summarizeColumns, type CustomerSummary } from "../../src/clv/index.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(f: () => unknown, runs: number): number {
  f();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

declare global {
  interface Window {
    runClvBench(input: { cdnow: { customer: number[]; day: number[]; amount: number[]; calibrationEnd: number } | null; customers: number; runs: number; bigRuns: number }): unknown;
  }
}

window.runClvBench = ({ cdnow, customers, runs, bigRuns }) => {
  const out: Record<string, unknown> = { userAgent: navigator.userAgent };
  if (cdnow) {
    const s = summarizeColumns({ customer: cdnow.customer, day: cdnow.day, amount: cdnow.amount }, { calibrationEnd: cdnow.calibrationEnd, unit: "week" });
    out.cdnowCustomers = s.customerIds.length;
    out.cdnowBgNbd = time(() => fitBgNbd(s), runs);
    out.cdnowParetoNbd = time(() => fitParetoNbd(s), runs);
    out.cdnowGammaGamma = time(() => fitGammaGamma(s), runs);
    out.cdnowR = fitBgNbd(s).params.r;
  }
  const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const spend = { p: 6.25, q: 3.74, v: 15.44 };
  const tx = simulateTransactions(truth, spend, { customers, firstDayMax: 83, endDay: 545, unitDays: 7 }, createRng(1));
  out.transactions = tx.day.length;
  let s: CustomerSummary | null = null;
  out.summarize = time(() => (s = summarizeColumns(tx, { calibrationEnd: 272, holdoutEnd: 545, unit: "week" })), bigRuns);
  const summary = s as unknown as CustomerSummary;
  out.bigBgNbd = time(() => fitBgNbd(summary), bigRuns);
  out.bigParetoNbd = time(() => fitParetoNbd(summary), bigRuns);
  out.bigGammaGamma = time(() => fitGammaGamma(summary), bigRuns);
  return out;
};
