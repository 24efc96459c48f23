import { describe, expect, it } from "vitest";
import { summarizeColumns, summarizeTransactions, type Transaction } from "../../../src/clv/summarize.ts";
import { dayNumber, isoDate } from "../../../src/clv/dayNumber.ts";
import { ClvError } from "../../../src/clv/errors.ts";

const D = dayNumber;
const tx = (customerId: string, date: string, amount: number): Transaction => ({ customerId, day: D(date), amount });

// Customer A: first 2024-01-01, two purchases on 01-08 (merged), one on 01-29, one in the holdout.
// Customer B: single purchase on the calibration end day (T = 0, x = 0).
// Customer C: first purchase after calibration → not in the cohort.
const rows: Transaction[] = [
  tx("A", "2024-01-08", 10),
  tx("A", "2024-01-01", 5),
  tx("A", "2024-01-08", 20),
  tx("A", "2024-01-29", 40),
  tx("A", "2024-02-10", 7),
  tx("B", "2024-01-29", 99),
  tx("C", "2024-02-05", 1),
  tx("A", "2024-02-10", 3),
  tx("A", "2024-02-20", 100)
];
const opts = { calibrationEnd: D("2024-01-29"), holdoutEnd: D("2024-02-15"), unit: "week" as const };

describe("dayNumber", () => {
  it("is days since 1970-01-01 for ISO and compact dates, and rejects impossible dates", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("19970930")).toBe(dayNumber("1997-09-30"));
    expect(isoDate(dayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(() => dayNumber("2023-02-29")).toThrow(ClvError);
  });
});

describe("summarizeTransactions", () => {
  const s = summarizeTransactions(rows, opts);
  it("merges same-day purchases and measures t_x and T in weeks from the first purchase", () => {
    expect(s.customerIds).toEqual(["A", "B"]);
    // A: days 01-01, 01-08, 01-29 → x = 2, t_x = 28 days = 4 weeks, T = 28 days = 4 weeks
    expect(s.x[0]).toBe(2);
    expect(s.tx[0]).toBe(4);
    expect(s.T[0]).toBe(4);
    // monetary = mean of the repeat days (10 + 20 on 01-08, 40 on 01-29), first day excluded
    expect(s.monetary[0]).toBe(35);
    expect(s.x[1]).toBe(0);
    expect(s.tx[1]).toBe(0);
    expect(s.T[1]).toBe(0);
    expect(s.monetary[1]).toBe(0);
    expect(s.customersFirstSeenAfterCalibration).toBe(1);
  });
  it("counts holdout purchase days (merged) and their mean value, ignoring days after the holdout", () => {
    expect(Array.from(s.holdoutX!)).toEqual([1, 0]);
    expect(Array.from(s.holdoutMonetary!)).toEqual([10, 0]);
    expect(s.holdoutDuration).toBeCloseTo(17 / 7, 12);
  });
  it("records the cohort's repeat occasions per day for tracking", () => {
    const { startDay, endDay, repeatOccasions } = s.tracking;
    expect(startDay).toBe(D("2024-01-01"));
    expect(endDay).toBe(D("2024-02-15"));
    const days = [...repeatOccasions.entries()].filter(([, v]) => v > 0).map(([i, v]) => [isoDate(startDay + i), v]);
    expect(days).toEqual([["2024-01-08", 1], ["2024-01-29", 1], ["2024-02-10", 1]]);
  });
  it("gives the same numbers with day units ×7 and with numeric customer ids", () => {
    const d = summarizeTransactions(rows, { ...opts, unit: "day" });
    expect(d.tx[0]).toBe(28);
    expect(d.T[0]).toBe(28);
    expect(d.holdoutDuration).toBe(17);
    const codes = new Map([["A", 7], ["B", 3], ["C", 12]]);
    const n = summarizeColumns(
      { customer: rows.map((r) => codes.get(r.customerId)!), day: rows.map((r) => r.day), amount: rows.map((r) => r.amount) },
      opts
    );
    expect(n.customerIds).toEqual([7, 3]);
    expect(Array.from(n.x)).toEqual(Array.from(s.x));
    expect(Array.from(n.monetary)).toEqual(Array.from(s.monetary));
  });
});

describe("summarizeColumns input checks", () => {
  const cols = { customer: ["a", "a", "b"], day: [100, 110, 105], amount: [1, 2, 3] };
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ClvError);
      expect((e as ClvError).messageZh.length).toBeGreaterThan(0);
      return (e as ClvError).code;
    }
    return "no error";
  };
  it("rejects a calibration end before the first or after the last transaction", () => {
    expect(code(() => summarizeColumns(cols, { calibrationEnd: 99, unit: "day" }))).toBe("calibration_outside_data");
    expect(code(() => summarizeColumns(cols, { calibrationEnd: 111, unit: "day" }))).toBe("calibration_outside_data");
    expect(code(() => summarizeColumns(cols, { calibrationEnd: 111, unit: "day", dataEnd: 120 }))).toBe("no error");
  });
  it("rejects a holdout that does not follow the calibration or runs past the data", () => {
    expect(code(() => summarizeColumns(cols, { calibrationEnd: 105, holdoutEnd: 105, unit: "day" }))).toBe("calibration_outside_data");
    expect(code(() => summarizeColumns(cols, { calibrationEnd: 105, holdoutEnd: 111, unit: "day" }))).toBe("calibration_outside_data");
  });
  it("rejects fractional days, non-finite amounts and ragged columns", () => {
    expect(code(() => summarizeColumns({ ...cols, day: [100, 110.5, 105] }, { calibrationEnd: 105, unit: "day" }))).toBe("invalid_input");
    expect(code(() => summarizeColumns({ ...cols, amount: [1, NaN, 3] }, { calibrationEnd: 105, unit: "day" }))).toBe("invalid_input");
    expect(code(() => summarizeColumns({ ...cols, amount: [1, 2] }, { calibrationEnd: 105, unit: "day" }))).toBe("invalid_input");
    expect(code(() => summarizeColumns({ customer: [], day: [] }, { calibrationEnd: 105, unit: "day" }))).toBe("no_customers");
  });
});
