import { describe, expect, it } from "vitest";
import { customerLifetimeValue, DAYS_PER_MONTH } from "../../../src/clv/clv.ts";
import { bgNbdModel } from "../../../src/clv/bgnbd.ts";
import { paretoNbdModel } from "../../../src/clv/paretoNbd.ts";
import { gammaGammaExpectedSpend } from "../../../src/clv/gammaGamma.ts";
import { ClvError } from "../../../src/clv/errors.ts";

const bg = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
const gg = { p: 6.25, q: 3.74, v: 15.44 };
const customers = { x: [2, 0, 7, 2], tx: [30.43, 0, 36, 30.43], T: [38.86, 38.86, 38.86, 38.86], monetary: [22.35, 0, 40, 10], unit: "week" as const };

describe("customerLifetimeValue", () => {
  const model = bgNbdModel(bg);
  it("discounts each month's expected purchases at the end of that month", () => {
    const res = customerLifetimeValue(model, gg, customers, { months: 12, monthlyDiscountRate: 0.01, margin: 0.3 });
    const m = DAYS_PER_MONTH / 7;
    for (let i = 0; i < 4; i++) {
      let expected = 0, prev = 0;
      for (let k = 1; k <= 12; k++) {
        const e = model.conditionalExpectedPurchases(k * m, customers.x[i], customers.tx[i], customers.T[i]);
        expected += (e - prev) / 1.01 ** k;
        prev = e;
      }
      const spend = gammaGammaExpectedSpend(gg, customers.x[i], customers.monetary[i]);
      expect(res.clv[i]).toBeCloseTo(0.3 * spend * expected, 10);
      expect(res.expectedPurchases[i]).toBeCloseTo(model.conditionalExpectedPurchases(12 * m, customers.x[i], customers.tx[i], customers.T[i]), 12);
      expect(res.expectedSpend[i]).toBe(spend);
    }
    // same history, lower spend → proportionally lower value
    expect(res.clv[3] / res.clv[0]).toBeCloseTo(res.expectedSpend[3] / res.expectedSpend[0], 12);
  });
  it("without discounting equals margin × spend × expected purchases over the horizon", () => {
    const res = customerLifetimeValue(model, gg, customers, { months: 6, monthlyDiscountRate: 0, margin: 1 });
    for (let i = 0; i < 4; i++) expect(res.clv[i]).toBeCloseTo(res.expectedSpend[i] * res.expectedPurchases[i], 10);
  });
  it("is stated in months whatever the data's unit: daily data and α × 7 give the same CLV", () => {
    const weekly = customerLifetimeValue(model, gg, customers, { months: 12, monthlyDiscountRate: 0.01, margin: 1 });
    const daily = customerLifetimeValue(
      bgNbdModel({ ...bg, alpha: bg.alpha * 7 }),
      gg,
      { ...customers, tx: customers.tx.map((v) => v * 7), T: customers.T.map((v) => v * 7), unit: "day" },
      { months: 12, monthlyDiscountRate: 0.01, margin: 1 }
    );
    for (let i = 0; i < 4; i++) expect(daily.clv[i]).toBeCloseTo(weekly.clv[i], 9);
  });
  it("works with Pareto/NBD and matches lifetimes' 30-day month on request", () => {
    const pnbd = paretoNbdModel({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 });
    const a = customerLifetimeValue(pnbd, gg, customers, { months: 3, monthlyDiscountRate: 0, margin: 1, daysPerMonth: 30 });
    const e = pnbd.conditionalExpectedPurchases((3 * 30) / 7, 2, 30.43, 38.86);
    expect(a.clv[0]).toBeCloseTo(gammaGammaExpectedSpend(gg, 2, 22.35) * e, 10);
  });
  it("refuses a bad horizon, rate or missing unit", () => {
    const opts = { months: 12, monthlyDiscountRate: 0.01, margin: 1 };
    expect(() => customerLifetimeValue(model, gg, customers, { ...opts, months: 1.5 })).toThrow(ClvError);
    expect(() => customerLifetimeValue(model, gg, customers, { ...opts, monthlyDiscountRate: -0.1 })).toThrow(/discount/);
    expect(() => customerLifetimeValue(model, gg, { ...customers, unit: undefined }, opts)).toThrow(/time unit/);
  });
});
