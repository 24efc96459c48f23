import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../src/cluster/mulberry32.ts";
import { sampleWithoutReplacement } from "../../../src/cluster/sampleWithoutReplacement.ts";

describe("mulberry32", () => {
  it("repeats its stream for a seed and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
    expect(Array.from({ length: 3 }, mulberry32(-1))).toEqual(Array.from({ length: 3 }, mulberry32(4294967295)));
  });
  it("is uniform on [0, 1): 10 equal bins of 100,000 draws pass a χ² test", () => {
    const random = mulberry32(1);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      if (!(u >= 0 && u < 1)) outside++;
      else bins[Math.floor(u * 10)]++;
    }
    expect(outside).toBe(0);
    const chi2 = bins.reduce((s, o) => s + (o - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(27.88); // 99.9 % point of χ² with 9 df
  });
  it("refuses a seed that is not a whole number", () => {
    expect(() => mulberry32(1.5)).toThrow(/seed must be a whole number/);
    expect(() => mulberry32(NaN)).toThrow(/seed/);
  });
});

describe("sampleWithoutReplacement", () => {
  it("draws distinct in-range indices, reproducibly", () => {
    const s = sampleWithoutReplacement(1000, 300, mulberry32(5));
    expect(s).toHaveLength(300);
    expect(new Set(s).size).toBe(300);
    expect(Array.from(s).every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(sampleWithoutReplacement(1000, 300, mulberry32(5))).toEqual(s);
    expect(Array.from(sampleWithoutReplacement(4, 4, mulberry32(9))).sort()).toEqual([0, 1, 2, 3]);
  });
  it("gives every index the same chance (each of 10 drawn in ~3/10 of 20,000 samples of 3)", () => {
    const random = mulberry32(3);
    const hits = new Array<number>(10).fill(0);
    for (let t = 0; t < 20_000; t++) for (const i of sampleWithoutReplacement(10, 3, random)) hits[i]++;
    // expected 6000 each, sd √(20000 · 0.3 · 0.7) ≈ 65
    for (const h of hits) expect(Math.abs(h - 6000)).toBeLessThan(400);
  });
  it("refuses a sample larger than the population", () => {
    expect(() => sampleWithoutReplacement(3, 4, mulberry32(1))).toThrow(/sample size must be a whole number between 0 and 3/);
  });
});
