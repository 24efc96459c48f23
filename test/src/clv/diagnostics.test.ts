import { describe, expect, it } from "vitest";
import { calibrationVsHoldout, compareModels, cumulativeTracking } from "../../../src/clv/diagnostics.ts";
import { bgNbdModel } from "../../../src/clv/bgnbd.ts";
import { paretoNbdModel } from "../../../src/clv/paretoNbd.ts";
import { summarizeColumns } from "../../../src/clv/summarize.ts";
import { ClvError } from "../../../src/clv/errors.ts";

const bg = bgNbdModel({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 });
// Three customers over days 0…27 (calibration to day 13, holdout to day 27, the data known to
// run to day 27 although the last purchase is on day 20), weekly unit.
//   c1: days 0, 3, 3, 10 | 15, 20      → x = 2, holdout 2
//   c2: day 2            | 16          → x = 0, holdout 1
//   c3: days 5, 12       | —           → x = 1, holdout 0
const cols = {
  customer: [1, 1, 1, 1, 1, 1, 2, 2, 3, 3],
  day: [0, 3, 3, 10, 15, 20, 2, 16, 5, 12],
  amount: [5, 1, 1, 2, 3, 3, 7, 7, 4, 4]
};
const s = summarizeColumns(cols, { calibrationEnd: 13, holdoutEnd: 27, unit: "week", dataEnd: 27 });

describe("calibrationVsHoldout", () => {
  it("groups customers by calibration frequency with actual and predicted holdout means", () => {
    const rows = calibrationVsHoldout(bg, s, 2);
    expect(rows.map((r) => r.label)).toEqual(["0", "1", "2+"]);
    expect(rows.map((r) => r.customers)).toEqual([1, 1, 1]);
    expect(rows.map((r) => r.actualMean)).toEqual([1, 0, 2]);
    expect(rows[2].predictedMean).toBeCloseTo(bg.conditionalExpectedPurchases(2, 2, 10 / 7, 13 / 7), 12);
    expect(rows[0].predictedMean).toBeCloseTo(bg.conditionalExpectedPurchases(2, 0, 0, 11 / 7), 12);
  });
  it("needs a holdout", () => {
    const noHoldout = summarizeColumns(cols, { calibrationEnd: 13, unit: "week" });
    expect(() => calibrationVsHoldout(bg, noHoldout)).toThrow(ClvError);
  });
});

describe("cumulativeTracking", () => {
  const points = cumulativeTracking(bg, s);
  it("counts repeat occasions week by week (same-day purchases once, first purchases never)", () => {
    expect(points.map((p) => p.endDay)).toEqual([6, 13, 20, 27]);
    // repeat days: c1 on 3, 10, 15, 20; c2 on 16; c3 on 12
    expect(points.map((p) => p.actualCumulative)).toEqual([1, 3, 6, 6]);
    expect(points.map((p) => p.actualIncremental)).toEqual([1, 2, 3, 0]);
    expect(points.map((p) => p.inCalibration)).toEqual([true, true, false, false]);
  });
  it("expects Σ E[X(t)] with t from each customer's own first day to the end of the period", () => {
    const at = (D: number) => [0, 2, 5].reduce((acc, f) => acc + (D >= f ? bg.expectedPurchases((D + 1 - f) / 7) : 0), 0);
    points.forEach((p) => expect(p.expectedCumulative).toBeCloseTo(at(p.endDay), 12));
  });
  it("marks a last period cut short by the end of the data", () => {
    const p3 = cumulativeTracking(bg, s, 10);
    expect(p3.map((p) => [p.endDay, p.partial])).toEqual([[9, false], [19, false], [27, true]]);
  });
});

describe("compareModels", () => {
  it("reports log-likelihood, AIC, BIC and holdout errors per model", () => {
    const pn = paretoNbdModel({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 });
    const rows = compareModels(
      [
        { name: "BG/NBD", fit: { logLikelihood: -100, k: 4, nObservations: 3, model: bg } },
        { name: "Pareto/NBD", fit: { logLikelihood: -101, k: 4, nObservations: 3, model: pn } }
      ],
      s
    );
    expect(rows[0].aic).toBe(208);
    expect(rows[0].bic).toBeCloseTo(4 * Math.log(3) + 200, 12);
    const pred = [0, 1, 2].map((i) => bg.conditionalExpectedPurchases(2, s.x[i], s.tx[i], s.T[i]));
    const actual = [2, 1, 0];
    expect(rows[0].holdoutMae).toBeCloseTo(pred.reduce((a, p, i) => a + Math.abs(p - actual[i]), 0) / 3, 12);
    expect(rows[0].holdoutActualTotal).toBe(3);
    expect(rows[1].holdoutPredictedTotal).toBeGreaterThan(0);
  });
  it("refuses to compare likelihoods of different data", () => {
    expect(() =>
      compareModels([
        { name: "a", fit: { logLikelihood: -1, k: 4, nObservations: 3, model: bg } },
        { name: "b", fit: { logLikelihood: -1, k: 4, nObservations: 4, model: bg } }
      ])
    ).toThrow(/not comparable/);
  });
});
