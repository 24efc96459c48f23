/**
 * The customer-value orchestration on transactions simulated from known BG/NBD and Gamma-Gamma
 * parameters (seeded), and on shops too small to fit: errors come back per part, in both
 * languages, never as numbers.
 */
import { describe, expect, it } from "vitest";
import { aliveMap, modelCheck, predictions, type CustomerValueOptions } from "../../../../src/analyses/clv/customerValue.ts";
import { createRng, simulateTransactions, ClvError, isoDate } from "../../../../src/clv/index.ts";
import type { ClvTransactionRow } from "../../../../src/analyses/clv/clvTransactions.ts";

const START = 19723; // 2024-01-01
function shop(customers: number): ClvTransactionRow[] {
  const sim = simulateTransactions(
    { r: 0.25, alpha: 4, a: 0.8, b: 2.5 },
    { p: 6, q: 4, v: 15 },
    { customers, firstDayMax: 84, endDay: 546, unitDays: 7 },
    createRng(7)
  );
  const rows: ClvTransactionRow[] = [];
  for (let i = 0; i < sim.customer.length; i++) rows.push({ customer_id: `c${sim.customer[i]}`, day: START + sim.day[i], amount: Math.round(sim.amount[i] * 100) / 100 });
  return rows;
}

const opts: CustomerValueOptions = {
  asOf: isoDate(START + 546),
  holdoutWeeks: 26,
  unit: "week",
  model: "bgnbd",
  horizonMonths: 12,
  monthlyDiscountRate: 0.01,
  margin: 0.3
};

describe("customer value", () => {
  const rows = shop(3000);

  it("checks the model on a holdout: calibration ends 26 weeks before the as-of date, predictions track the holdout", () => {
    const check = modelCheck(rows, opts);
    if (check instanceof ClvError) throw check;
    expect(check.calibrationEnd).toBe(isoDate(START + 546 - 182));
    expect(check.bgnbd).not.toBeInstanceOf(ClvError);
    const byF = check.byFrequency;
    if (byF instanceof ClvError) throw byF;
    // Simulated from the model itself: predicted and actual holdout means agree for x = 0 within 25 %.
    expect(Math.abs(byF[0].predictedMean - byF[0].actualMean)).toBeLessThan(0.25 * byF[0].actualMean + 0.02);
    const cmp = check.comparison;
    if (cmp instanceof ClvError) throw cmp;
    expect(cmp.map((r) => r.name)).toEqual(["BG/NBD", "Pareto/NBD"]);
  });

  it("predicts per customer: P(alive) in (0, 1], exactly 1 without repeats, CLV ≥ 0 and growing with the horizon", () => {
    const p = predictions(rows, opts);
    if (p instanceof ClvError) throw p;
    const list = p.customers;
    if (list instanceof ClvError) throw list;
    expect(list.length).toBeGreaterThan(2500);
    for (const c of list) {
      expect(c.p_alive).toBeGreaterThan(0);
      expect(c.p_alive).toBeLessThanOrEqual(1);
      if (c.x === 0) expect(c.p_alive).toBe(1);
      expect(c.clv).toBeGreaterThanOrEqual(0);
      // A month less of waiting can only make a customer look more alive.
      expect(c.p_alive_30d_ago).toBeGreaterThanOrEqual(c.p_alive - 1e-12);
    }
    const longer = predictions(rows, { ...opts, horizonMonths: 24 });
    if (longer instanceof ClvError || longer.customers instanceof ClvError) throw new Error("fit failed");
    const sum = (xs: { clv: number }[]) => xs.reduce((s, c) => s + c.clv, 0);
    expect(sum(longer.customers)).toBeGreaterThan(sum(list));
  });

  it("maps P(alive) over frequency and recency: 1 at x = 0, rising with recency for a repeat buyer", () => {
    const p = predictions(rows, opts);
    if (p instanceof ClvError || p.bgnbd instanceof ClvError) throw new Error("fit failed");
    const map = aliveMap(p.bgnbd.model, 78, 5, 4);
    expect(map.filter((d) => d.x === 0)).toEqual([{ x: 0, t_x: 0, p_alive: 1 }]);
    const x3 = map.filter((d) => d.x === 3).map((d) => d.p_alive);
    expect(x3).toEqual([...x3].sort((a, b) => a - b));
  });

  it("returns the models' errors, in both languages, when the shop is too small to fit", () => {
    const tiny = rows.filter((r) => ["c1", "c2", "c3"].includes(r.customer_id));
    const p = predictions(tiny, opts);
    if (p instanceof ClvError) throw p;
    expect(p.bgnbd).toBeInstanceOf(ClvError);
    expect((p.bgnbd as ClvError).code).toBe("too_few_repeat_buyers");
    expect((p.bgnbd as ClvError).messageZh).toMatch(/复购/);
    expect(p.customers).toBeInstanceOf(ClvError);
  });

  it("says when the as-of date is before any transaction", () => {
    const early = predictions(rows, { ...opts, asOf: "2023-06-30" });
    expect(early).toBeInstanceOf(ClvError);
    expect((early as ClvError).code).toBe("calibration_outside_data");
  });
});

describe("the model check sees the data as it was at the end of calibration", () => {
  it("uses calibrationRows up to the calibration end and rows after it", () => {
    const rows = shop(3000);
    const calEnd = START + 546 - 182;
    // A customer with at least two calibration purchase days; their last one is refunded during
    // the holdout, so it is gone from the rows known at the as-of date.
    const byCustomer = new Map<string, ClvTransactionRow[]>();
    for (const r of rows) if (r.day <= calEnd) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r]);
    const [id, own] = [...byCustomer].find(([, rs]) => new Set(rs.map((r) => r.day)).size >= 2)!;
    const lastDay = Math.max(...own.map((r) => r.day));
    const later = rows.filter((r) => !(r.customer_id === id && r.day === lastDay));
    const withCal = modelCheck(later, opts, rows);
    const without = modelCheck(later, opts);
    if (withCal instanceof ClvError || without instanceof ClvError) throw new Error("fit failed");
    const x = (s: typeof withCal.summary) => s.x[s.customerIds.indexOf(id)];
    expect(x(withCal.summary)).toBe(x(without.summary) + 1);
  });
});
