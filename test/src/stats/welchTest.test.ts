import { describe, expect, it } from "vitest";
import { summarizeSample, welchTest } from "../../../src/stats/welchTest.ts";

// Student's sleep data (Cushny & Peebles), the example of R's ?t.test: extra hours of sleep under
// two drugs, ten patients each.
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("summarizeSample", () => {
  it("gives the mean and n − 1 variance (sleep data: 0.75, 5761/1800; 2.33, 4.009, by hand)", () => {
    const a = summarizeSample(drug1);
    expect(a.n).toBe(10);
    expect(a.mean).toBeCloseTo(0.75, 14);
    expect(a.variance).toBeCloseTo(5761 / 1800, 14);
    const b = summarizeSample(Float64Array.from(drug2));
    expect(b.mean).toBeCloseTo(2.33, 14);
    expect(b.variance).toBeCloseTo(4.009, 14);
  });
  it("stays exact under a large common offset, where Σx² − n·x̄² would cancel", () => {
    // deviations −6, −3, 3, 6 → variance (36 + 9 + 9 + 36)/3 = 30
    const s = summarizeSample([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(s.mean).toBe(1e9 + 10);
    expect(s.variance).toBe(30);
  });
  it("refuses fewer than two values and non-finite ones", () => {
    expect(() => summarizeSample([3])).toThrow(/at least 2 values/);
    expect(() => summarizeSample([1, NaN, 2])).toThrow(/value 1 is not a finite number/);
  });
});

describe("welchTest", () => {
  it("reproduces R's t.test(extra ~ group, data = sleep)", () => {
    // R prints: t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent confidence interval: -3.3654832 0.2054832 (for group 1 − group 2).
    // By hand: SE² = 5761/18000 + 4.009/10 = 0.7209556, SE = 0.849091, t = 1.58/SE = 1.86081,
    // df = SE⁴ / ((5761/18000)²/9 + 0.4009²/9) = 17.7765.
    const r = welchTest(summarizeSample(drug1), summarizeSample(drug2));
    expect(r.difference).toBeCloseTo(1.58, 14);
    expect(r.standardError).toBeCloseTo(Math.sqrt(5761 / 18000 + 0.4009), 14);
    expect(r.t).toBeCloseTo(1.8608, 4);
    expect(r.df).toBeCloseTo(17.776, 3);
    expect(r.pValue).toBeCloseTo(0.07939, 5);
    expect(r.confidenceInterval[0]).toBeCloseTo(-0.2054832, 7);
    expect(r.confidenceInterval[1]).toBeCloseTo(3.3654832, 7);
  });
  it("reduces to Student's pooled test when sizes and variances are equal", () => {
    const r = welchTest({ n: 8, mean: 10, variance: 4 }, { n: 8, mean: 12, variance: 4 });
    expect(r.df).toBeCloseTo(14, 12);
    expect(r.t).toBeCloseTo(2 / Math.sqrt(4 * (2 / 8)), 14);
  });
  it("takes its df from the other arm when one arm is constant, and p = 1 for identical arms", () => {
    expect(welchTest({ n: 5, mean: 1, variance: 0 }, { n: 12, mean: 2, variance: 3 }).df).toBeCloseTo(11, 12);
    const same = welchTest({ n: 30, mean: 4, variance: 2 }, { n: 30, mean: 4, variance: 2 });
    expect([same.t, same.pValue]).toEqual([0, 1]);
  });
  it("refuses inputs without a t statistic", () => {
    expect(() => welchTest({ n: 5, mean: 1, variance: 0 }, { n: 5, mean: 2, variance: 0 })).toThrow(/both arms have zero variance/);
    expect(() => welchTest({ n: 1, mean: 1, variance: 1 }, { n: 5, mean: 2, variance: 1 })).toThrow(/n of arm A must be a whole number ≥ 2/);
    expect(() => welchTest({ n: 5, mean: 1, variance: -1 }, { n: 5, mean: 2, variance: 1 })).toThrow(/variance of arm A/);
    expect(() => welchTest({ n: 5, mean: 1, variance: 1 }, { n: 5, mean: NaN, variance: 1 })).toThrow(/mean of arm B/);
    expect(() => welchTest({ n: 5, mean: 1, variance: 1 }, { n: 5, mean: 2, variance: 1 }, 1.2)).toThrow(/alpha/);
  });
});
