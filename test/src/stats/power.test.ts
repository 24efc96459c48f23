import { describe, expect, it } from "vitest";
import { achievedPower, minimumDetectableEffect, sampleSizePerArm } from "../../../src/stats/power.ts";

describe("sampleSizePerArm", () => {
  it("needs 3,841 per arm for 10 % → 12 % at alpha 0.05 and power 0.8", () => {
    // By hand with table quantiles z₀.₉₇₅ = 1.959964, z₀.₈ = 0.841621, p̄ = 0.11:
    // (1.959964 · √(2 · 0.11 · 0.89) + 0.841621 · √(0.09 + 0.1056))² / 0.02² = 3840.85 → 3841
    const n = (1.959963984540054 * Math.sqrt(2 * 0.11 * 0.89) + 0.8416212335729143 * Math.sqrt(0.09 + 0.1056)) ** 2 / 0.02 ** 2;
    expect(n).toBeCloseTo(3840.85, 2);
    expect(sampleSizePerArm(0.1, 0.12)).toBe(3841);
    // the formula is symmetric in the two rates
    expect(sampleSizePerArm(0.12, 0.1)).toBe(3841);
  });
  it("rounds up, not to the nearest whole number", () => {
    // 30 % → 33 %: (1.959964 · √(2 · 0.315 · 0.685) + 0.841621 · √(0.21 + 0.2211))² / 0.03² = 3762.36
    expect(sampleSizePerArm(0.3, 0.33)).toBe(3763);
  });
  it("grows with stricter alpha, higher power and smaller effects", () => {
    expect(sampleSizePerArm(0.1, 0.12, 0.01)).toBeGreaterThan(3841);
    expect(sampleSizePerArm(0.1, 0.12, 0.05, 0.9)).toBeGreaterThan(3841);
    // 10 % → 11 %: (1.959964 · √(2 · 0.105 · 0.895) + 0.841621 · √(0.09 + 0.0979))² / 0.01² = 14750.8
    expect(sampleSizePerArm(0.1, 0.11)).toBe(14751);
  });
  it("refuses rates, alpha or power it cannot plan for", () => {
    expect(() => sampleSizePerArm(0.1, 0.1)).toThrow(/no effect to detect/);
    expect(() => sampleSizePerArm(0, 0.1)).toThrow(/p1 must be strictly between 0 and 1/);
    expect(() => sampleSizePerArm(0.1, 1)).toThrow(/p2/);
    expect(() => sampleSizePerArm(0.1, 0.12, 1.5)).toThrow(/alpha/);
    expect(() => sampleSizePerArm(0.1, 0.12, 0.05, 0.3)).toThrow(/power must be at least 0.5/);
  });
});

describe("achievedPower", () => {
  it("crosses 0.8 between 3,840 and 3,841 visitors per arm for 10 % → 12 %", () => {
    expect(achievedPower(3841, 0.1, 0.12)).toBeGreaterThan(0.8);
    expect(achievedPower(3840, 0.1, 0.12)).toBeLessThan(0.8);
    expect(achievedPower(3841, 0.12, 0.1)).toBe(achievedPower(3841, 0.1, 0.12));
  });
  it("is the formula solved for z₁₋β: Φ((|δ|√n − z₁₋α/₂ √(2p̄q̄)) / √(p₁q₁ + p₂q₂))", () => {
    // n = 1000, 5 % → 6 %: (0.01 · 31.6228 − 1.959964 · √(2 · 0.055 · 0.945)) / √(0.0475 + 0.0564)
    //   = (0.316228 − 0.631918) / 0.322335 = −0.979385 → Φ = 0.16370
    expect(achievedPower(1000, 0.05, 0.06)).toBeCloseTo(0.1637, 4);
  });
  it("refuses a sample size below 1", () => {
    expect(() => achievedPower(0, 0.1, 0.12)).toThrow(/nPerArm must be a whole number ≥ 1/);
  });
});

describe("minimumDetectableEffect", () => {
  it("is the effect that the planned sample size was computed for", () => {
    const mde = minimumDetectableEffect(3841, 0.1);
    // 3841 is a little more than the 3840.85 needed for 2 points, so slightly less than 0.02
    expect(mde).toBeLessThan(0.02);
    expect(mde).toBeCloseTo(0.02, 4);
    expect(achievedPower(3841, 0.1, 0.1 + mde)).toBeCloseTo(0.8, 9);
    // planning for exactly this effect asks for the same 3,841 (not one more)
    expect(sampleSizePerArm(0.1, 0.1 + mde)).toBe(3841);
  });
  it("inverts the power calculation for other designs", () => {
    for (const [n, base, alpha, power] of [[500, 0.3, 0.05, 0.8], [20_000, 0.02, 0.01, 0.9], [120, 0.5, 0.1, 0.5]]) {
      const mde = minimumDetectableEffect(n, base, alpha, power);
      expect(achievedPower(n, base, base + mde, alpha)).toBeCloseTo(power, 9);
    }
  });
  it("shrinks like 1/√n", () => {
    expect(minimumDetectableEffect(400_000, 0.1) / minimumDetectableEffect(100_000, 0.1)).toBeCloseTo(0.5, 2);
  });
  it("says so when not even a rise to 100 % is detectable", () => {
    expect(() => minimumDetectableEffect(3, 0.5)).toThrow(/cannot detect even a rise from 0.5 to 1/);
    expect(() => minimumDetectableEffect(100, 1)).toThrow(/baseline/);
  });
});
