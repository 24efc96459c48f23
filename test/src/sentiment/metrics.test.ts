import { describe, expect, it } from "vitest";
import { classificationMetrics } from "../../../src/sentiment/classificationMetrics.ts";
import { confusionMatrix } from "../../../src/sentiment/confusionMatrix.ts";
import { stratifiedSplit } from "../../../src/sentiment/stratifiedSplit.ts";

type L = "positive" | "negative" | "neutral";
// 8 positives, 2 negatives: 7 positives right, 1 called negative; 1 negative right, 1 called positive.
const ACTUAL: L[] = [...Array<L>(8).fill("positive"), "negative", "negative"];
const PREDICTED: L[] = [...Array<L>(7).fill("positive"), "negative", "negative", "positive"];

describe("confusionMatrix", () => {
  it("counts actual × predicted, rows in the order given", () => {
    expect(confusionMatrix(ACTUAL, PREDICTED, ["negative", "positive"])).toEqual({
      actual: ["negative", "positive"],
      predicted: ["negative", "positive"],
      counts: [[1, 1], [1, 7]]
    });
  });
  it("gives a predicted label that is no class a column of its own", () => {
    const m = confusionMatrix<L>(["positive", "negative"], ["neutral", "negative"]);
    expect(m).toEqual({ actual: ["positive", "negative"], predicted: ["positive", "negative", "neutral"], counts: [[0, 0, 1], [0, 1, 0]] });
  });
  it("refuses unequal lengths and an actual label outside the classes", () => {
    expect(() => confusionMatrix(["a"], [])).toThrow(/1 actual but 0 predicted/);
    expect(() => confusionMatrix(["a"], ["a"], ["b"])).toThrow(/"a" is not one of the classes/);
  });
});

describe("classificationMetrics", () => {
  it("computes accuracy, balanced accuracy, macro-F1 and the majority rate (by hand)", () => {
    const m = classificationMetrics(ACTUAL, PREDICTED);
    expect(m.n).toBe(10);
    expect(m.accuracy).toBeCloseTo(0.8, 15);
    expect(m.balancedAccuracy).toBeCloseTo((7 / 8 + 1 / 2) / 2, 15);
    // F1(pos) = 2·7/(8 + 8) = 0.875, F1(neg) = 2·1/(2 + 2) = 0.5
    expect(m.macroF1).toBeCloseTo((0.875 + 0.5) / 2, 15);
    expect(m.majorityRate).toBeCloseTo(0.8, 15);
  });
  it("scores a constant guess at 0.5 balanced accuracy however skewed the data", () => {
    const m = classificationMetrics(ACTUAL, Array<L>(10).fill("positive"));
    expect(m.accuracy).toBe(0.8);
    expect(m.balancedAccuracy).toBe(0.5);
    // F1(pos) = 2·8/(8 + 10), F1(neg) = 0
    expect(m.macroF1).toBeCloseTo(8 / 9 / 2, 15);
  });
  it("counts a neutral prediction as a miss for its class, not as a class", () => {
    const m = classificationMetrics<L>(["positive", "positive", "negative", "negative"], ["positive", "neutral", "negative", "negative"], ["positive", "negative"]);
    expect(m.accuracy).toBe(0.75);
    expect(m.balancedAccuracy).toBe(0.75);
    // F1(pos) = 2·1/(2 + 1), F1(neg) = 2·2/(2 + 2)
    expect(m.macroF1).toBeCloseTo((2 / 3 + 1) / 2, 15);
  });
  it("refuses an empty input", () => {
    expect(() => classificationMetrics([], [])).toThrow(/no items/);
  });
});

describe("stratifiedSplit", () => {
  const labels = Array.from({ length: 1001 }, (_, i) => (i % 10 < 7 ? "positive" : i % 10 < 9 ? "negative" : "neutral"));
  it("splits a size-L shop's 400,000 rated reviews (a class that large once overflowed the call stack)", () => {
    const many = Array.from({ length: 400_000 }, (_, i) => (i % 5 === 0 ? "negative" : "positive"));
    const { train, test } = stratifiedSplit(many);
    expect([train.length, test.length]).toEqual([200_000, 200_000]);
    expect(train.filter((i) => i % 5 === 0)).toHaveLength(40_000);
  });
  it("cuts every class in half and covers each index once", () => {
    const { train, test } = stratifiedSplit(labels);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
    for (const c of ["positive", "negative", "neutral"]) {
      const total = labels.filter((l) => l === c).length;
      const inTrain = train.filter((i) => labels[i] === c).length;
      expect(inTrain).toBe(Math.round(total / 2));
    }
    expect(train).toEqual([...train].sort((a, b) => a - b));
  });
  it("gives the same split for the same seed, another for another seed, and honours the fraction", () => {
    expect(stratifiedSplit(labels, { seed: 5 })).toEqual(stratifiedSplit(labels, { seed: 5 }));
    expect(stratifiedSplit(labels, { seed: 5 }).train).not.toEqual(stratifiedSplit(labels, { seed: 6 }).train);
    expect(stratifiedSplit(labels, { fraction: 0.8 }).train.length).toBe(Math.round(0.8 * 701) + Math.round(0.8 * 200) + Math.round(0.8 * 100));
    expect(() => stratifiedSplit(labels, { fraction: 1 })).toThrow(/fraction/);
  });
});
