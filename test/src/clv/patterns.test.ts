import { describe, expect, it } from "vitest";
import { compressPatterns, expandToCustomers } from "../../../src/clv/patterns.ts";
import { TupleIndex } from "../../../src/clv/tupleIndex.ts";
import { ClvError } from "../../../src/clv/errors.ts";

describe("compressPatterns", () => {
  it("merges identical (x, t_x, T) and keeps a map back to customers", () => {
    const p = compressPatterns({ x: [0, 2, 0, 2, 1], tx: [0, 3, 0, 3, 1], T: [5, 6, 5, 6, 6] });
    expect(Array.from(p.x)).toEqual([0, 2, 1]);
    expect(Array.from(p.count)).toEqual([2, 2, 1]);
    expect(p.nCustomers).toBe(5);
    expect(Array.from(p.customerPattern)).toEqual([0, 1, 0, 1, 2]);
    expect(Array.from(expandToCustomers([10, 20, 30], p.customerPattern))).toEqual([10, 20, 10, 20, 30]);
  });
  it("adds up counts given with the rows", () => {
    const p = compressPatterns({ x: [1, 1], tx: [2, 2], T: [3, 3], count: [4, 5] });
    expect(Array.from(p.count)).toEqual([9]);
    expect(p.nCustomers).toBe(9);
  });
  it("rejects rows the likelihoods cannot use", () => {
    expect(() => compressPatterns({ x: [1.5], tx: [1], T: [2] })).toThrow(ClvError);
    expect(() => compressPatterns({ x: [0], tx: [1], T: [2] })).toThrow(/t_x must be 0 when x = 0/);
    expect(() => compressPatterns({ x: [1], tx: [3], T: [2] })).toThrow(/T must be finite and ≥ t_x/);
    expect(() => compressPatterns({ x: [1], tx: [1], T: [2], count: [0] })).toThrow(/count/);
    expect(() => compressPatterns({ x: [1, 2], tx: [1], T: [2] })).toThrow(/same length/);
  });
});

describe("TupleIndex", () => {
  it("gives dense ids across growth and treats −0 as 0", () => {
    const t = new TupleIndex(2, 2);
    for (let i = 0; i < 1000; i++) expect(t.id(i % 250, i % 3)).toBe(t.id(i % 250, i % 3));
    expect(t.size).toBe(750);
    expect(t.id(-0, 0)).toBe(t.id(0, 0));
  });
});
