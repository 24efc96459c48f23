import { describe, expect, it } from "vitest";
import { createRng } from "../../../src/clv/rng.ts";
import { simulateTransactions } from "../../../src/clv/simulate.ts";
import { summarizeColumns } from "../../../src/clv/summarize.ts";

describe("createRng", () => {
  it("replays the same sequence for the same seed and differs across seeds", () => {
    const a = createRng(1), b = createRng(1), c = createRng(2);
    const sa = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(sa);
    sa.forEach((u) => expect(u >= 0 && u < 1).toBe(true));
  });
  it("draws gamma and beta variates with the right mean and variance (100,000 draws, 4 % tolerance)", () => {
    const rng = createRng(9);
    for (const [k, rate] of [[0.3, 2], [4, 0.5]]) {
      const n = 100_000;
      let m = 0, m2 = 0;
      for (let i = 0; i < n; i++) {
        const g = rng.gamma(k, rate);
        m += g / n;
        m2 += (g * g) / n;
      }
      expect(m / (k / rate)).toBeCloseTo(1, 1);
      expect(Math.abs((m2 - m * m) / (k / rate ** 2) - 1)).toBeLessThan(0.04);
    }
    let mb = 0;
    for (let i = 0; i < 100_000; i++) mb += rng.beta(0.8, 2.4) / 100_000;
    expect(Math.abs(mb / (0.8 / 3.2) - 1)).toBeLessThan(0.02);
  });
});

describe("simulateTransactions", () => {
  it("emits whole-day transactions that the summariser turns into a valid cohort", () => {
    const tx = simulateTransactions({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { p: 6, q: 4, v: 15 }, { customers: 2000, firstDayMax: 83, endDay: 545, unitDays: 7 }, createRng(3));
    expect(Math.max(...tx.day)).toBeLessThanOrEqual(545);
    const s = summarizeColumns(tx, { calibrationEnd: 272, holdoutEnd: 545, unit: "week" });
    expect(s.x.length).toBe(2000);
    for (let i = 0; i < s.x.length; i++) {
      expect(s.tx[i]).toBeLessThanOrEqual(s.T[i]);
      expect(s.monetary[i] > 0).toBe(s.x[i] > 0);
    }
  });
});
